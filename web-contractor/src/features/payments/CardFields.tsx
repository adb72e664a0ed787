// Card number, expiry, security code and name. The inputs have no `name` that a browser would
// post anywhere: the values are turned into a provider token before anything is sent.
import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TEST_CARD_HINT, type CardValues } from './card-form';

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
  return (
    <Stack gap="md">
      <TextInput
        label="Card number"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="1234 1234 1234 1234"
        error={errors?.number?.message}
        {...registerCard('card.number')}
      />
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label="Expiry date (MM/YY)"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          error={errors?.expiry?.message}
          {...registerCard('card.expiry')}
        />
        <TextInput
          label="Security code (CVC)"
          inputMode="numeric"
          autoComplete="cc-csc"
          error={errors?.cvc?.message}
          {...registerCard('card.cvc')}
        />
      </SimpleGrid>
      <TextInput label="Name on card" autoComplete="cc-name" error={errors?.name?.message} {...registerCard('card.name')} />
      <Text size="xs" c="dimmed">
        Your card number goes to our payment provider and never to Coverline; we keep only the brand and last 4
        digits. {TEST_CARD_HINT}
      </Text>
    </Stack>
  );
}
