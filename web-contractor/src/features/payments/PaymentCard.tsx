// The card on file for contractor-paid assignments, and "Update card" (the same card form as the opt-in).
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { cardLabel } from '@coverline/domain';
import { Section } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PaymentCard_PaymentMethodFragment } from '../../gql/graphql';
import { CardUpdateForm } from './CardUpdateForm';

export const PaymentCard_paymentMethod = graphql(`
  fragment PaymentCard_paymentMethod on PaymentMethod {
    id
    brand
    last4
    expMonth
    expYear
  }
`);

function expiryInWords(method: PaymentCard_PaymentMethodFragment): string | null {
  if (!method.expMonth || !method.expYear) return null;
  return `expires ${String(method.expMonth).padStart(2, '0')}/${method.expYear}`;
}

export function PaymentCard({
  paymentMethod,
  onUpdated,
}: {
  paymentMethod: PaymentCard_PaymentMethodFragment | null;
  onUpdated: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Section title="Payment card" headingId="payment-card">
      <Stack gap="md">
        {saved ? (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        ) : null}
        {paymentMethod ? (
          <Text>
            <strong>{cardLabel(paymentMethod)}</strong>
            {expiryInWords(paymentMethod) ? `, ${expiryInWords(paymentMethod)}` : ''}. It pays the premiums of your
            contractor-paid assignments.
          </Text>
        ) : (
          <Text>No card on file. Add one to pay for assignments your agency asks you to pay.</Text>
        )}
        {editing ? (
          <CardUpdateForm
            submitLabel="Save card"
            cancelLabel={paymentMethod ? 'Keep current card' : 'Cancel'}
            onSaved={(method) => {
              setEditing(false);
              setSaved(`Saved: ${cardLabel(method)} is your card on file now.`);
              onUpdated();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {paymentMethod ? 'Update card' : 'Add card'}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}
