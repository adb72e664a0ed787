// The card on file for contractor-paid assignments, and "Update card" (the same card form as the opt-in).
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { cardLabel } from '@coverline/domain';
import { Section } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PaymentCard_PaymentMethodFragment } from '../../gql/graphql';
import { currentLanguage } from '../../i18n/i18n';
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

function expiryInWords(method: PaymentCard_PaymentMethodFragment, t: TFunction): string | null {
  if (!method.expMonth || !method.expYear) return null;
  return t('payments.expires', { month: String(method.expMonth).padStart(2, '0'), year: method.expYear });
}

export function PaymentCard({
  paymentMethod,
  onUpdated,
}: {
  paymentMethod: PaymentCard_PaymentMethodFragment | null;
  onUpdated: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Section title={t('payments.paymentCard')} headingId="payment-card">
      <Stack gap="md">
        {saved ? (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('payments.dismiss')} onClose={() => setSaved(null)}>
            {saved}
          </Alert>
        ) : null}
        {paymentMethod ? (
          <Text>
            <strong>{cardLabel(paymentMethod, language)}</strong>
            {expiryInWords(paymentMethod, t) ? `, ${expiryInWords(paymentMethod, t)}` : ''}. {t('payments.paysPremiums')}
          </Text>
        ) : (
          <Text>{t('payments.noCard')}</Text>
        )}
        {editing ? (
          <CardUpdateForm
            submitLabel={t('payments.saveCard')}
            cancelLabel={paymentMethod ? t('payments.keepCurrentCard') : t('payments.cancel')}
            onSaved={(method) => {
              setEditing(false);
              setSaved(t('payments.saved', { card: cardLabel(method, language) }));
              onUpdated();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {paymentMethod ? t('payments.updateCard') : t('payments.addCard')}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}
