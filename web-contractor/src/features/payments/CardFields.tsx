// Card number, expiry, security code and name. The inputs have no `name` that a browser would
// post anywhere: the values are turned into a provider token before anything is sent.
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CardValues } from './card-form';

type WithCard = { card: CardValues };

export function CardFields<TValues extends WithCard>({
  register,
  errors,
}: {
  register: UseFormRegister<TValues>;
  errors: FieldErrors<WithCard>['card'];
}) {
  // The form's values always hold a `card`; this view of `register` only names its fields.
  const registerCard = register as unknown as UseFormRegister<WithCard>;
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <TextInput
        label={t('card.number')}
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 1234 1234 1234"
        error={errors?.number?.message}
        {...registerCard('card.number')}
      />
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label={t('card.expiry')}
          autoComplete="cc-exp"
          placeholder="MM/YY"
          error={errors?.expiry?.message}
          {...registerCard('card.expiry')}
        />
        <TextInput
          label={t('card.cvc')}
          inputMode="numeric"
          autoComplete="cc-csc"
          error={errors?.cvc?.message}
          {...registerCard('card.cvc')}
        />
      </SimpleGrid>
      <TextInput label={t('card.name')} autoComplete="cc-name" error={errors?.name?.message} {...registerCard('card.name')} />
      <Text size="xs" c="dimmed">
        {t('card.providerNote')} {t('card.testHint')}
      </Text>
    </Stack>
  );
}
