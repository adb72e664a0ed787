// The card on file for contractor-paid assignments, and "Update card": the same card form as the
// opt-in, turned into a provider token before `updatePaymentMethod` (never the number).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { cardLabel } from '@coverline/domain';
import { ErrorAlert, Section, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PaymentCard_PaymentMethodFragment } from '../../gql/graphql';
import { validationResolver } from '@coverline/ui';
import { CardFields } from './CardFields';
import { EMPTY_CARD, tokenizeCard, type CardValues } from './card-form';

export const PaymentCard_paymentMethod = graphql(`
  fragment PaymentCard_paymentMethod on PaymentMethod {
    id
    brand
    last4
    expMonth
    expYear
  }
`);

const UpdatePaymentMethodMutation = graphql(`
  mutation UpdatePaymentMethod($paymentMethodToken: String!) {
    updatePaymentMethod(paymentMethodToken: $paymentMethodToken) {
      ...PaymentCard_paymentMethod
    }
  }
`);

interface CardFormValues {
  card: CardValues;
}

const resolver = validationResolver<CardFormValues, { token: string }>((values) => {
  const { token, issues } = tokenizeCard(values.card, 'card');
  return token ? { ok: true, output: { token } } : { ok: false, issues };
});

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
  const [formError, setFormError] = useState<string | null>(null);
  const [update] = useMutation(UpdatePaymentMethodMutation);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CardFormValues, unknown, { token: string }>({ defaultValues: { card: EMPTY_CARD }, resolver });

  const onSubmit = handleSubmit(async ({ token }) => {
    setFormError(null);
    try {
      const { data } = await update({ variables: { paymentMethodToken: token } });
      reset();
      setEditing(false);
      if (data) setSaved(`Saved: ${cardLabel(data.updatePaymentMethod)} is your card on file now.`);
      onUpdated();
    } catch (error) {
      setFormError(
        applyGraphQLError(error, ['paymentMethodToken'] as const, (_field, message) => setError('card.number', { message })),
      );
    }
  });

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
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              {formError ? <ErrorAlert title="The card was not saved" message={formError} /> : null}
              <CardFields register={register} errors={errors.card} />
              <Group gap="sm">
                <Button type="submit" loading={isSubmitting}>
                  Save card
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    reset();
                    setFormError(null);
                    setEditing(false);
                  }}
                  disabled={isSubmitting}
                >
                  {paymentMethod ? 'Keep current card' : 'Cancel'}
                </Button>
              </Group>
            </Stack>
          </form>
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
