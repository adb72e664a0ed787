// The form that replaces the card on file: the card fields, turned into a provider token (never the
// number) before `updatePaymentMethod`. Saving it also charges any declined assignment on the new card.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorAlert, applyGraphQLError, validationResolver } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PaymentCard_PaymentMethodFragment } from '../../gql/graphql';
import { contractorFieldMessage } from '../../i18n/contractor-errors';
import { CardFields } from './CardFields';
import { EMPTY_CARD, tokenizeCard, type CardValues, type TokenizedCard } from './card-form';

const UpdatePaymentMethodMutation = graphql(`
  mutation UpdatePaymentMethod($paymentMethodToken: String!, $cardExpiry: CardExpiryInput) {
    updatePaymentMethod(paymentMethodToken: $paymentMethodToken, cardExpiry: $cardExpiry) {
      ...PaymentCard_paymentMethod
    }
  }
`);

interface CardFormValues {
  card: CardValues;
}

function cardResolver(t: TFunction) {
  return validationResolver<CardFormValues, TokenizedCard>((values) => {
    const { card, issues } = tokenizeCard(values.card, 'card', t);
    return card ? { ok: true, output: card } : { ok: false, issues };
  });
}

const SERVER_FIELDS = ['paymentMethodToken', 'cardExpiry'] as const;

export function CardUpdateForm({
  submitLabel,
  cancelLabel,
  onSaved,
  onCancel,
}: {
  submitLabel: string;
  cancelLabel: string;
  onSaved: (saved: PaymentCard_PaymentMethodFragment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [update] = useMutation(UpdatePaymentMethodMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CardFormValues, unknown, TokenizedCard>({ defaultValues: { card: EMPTY_CARD }, resolver: cardResolver(t) });

  const onSubmit = handleSubmit(async ({ token, expiry }) => {
    setFormError(null);
    try {
      const { data } = await update({ variables: { paymentMethodToken: token, cardExpiry: expiry } });
      if (data) onSaved(data.updatePaymentMethod);
    } catch (error) {
      setFormError(
        applyGraphQLError(error, SERVER_FIELDS, (field, message) =>
          setError(field === 'cardExpiry' ? 'card.expiry' : 'card.number', { message: contractorFieldMessage(field, message) }),
        ),
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title={t('card.notSaved')} message={formError} /> : null}
        <CardFields register={register} errors={errors.card} />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {cancelLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
