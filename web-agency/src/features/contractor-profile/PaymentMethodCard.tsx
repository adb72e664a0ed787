// The card on file of a contractor who pays for their coverage: brand, last 4 and expiry as the
// payment provider reported them; never the number.
import { Card, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import type { PaymentMethodCard_PaymentMethodFragment } from '../../gql/graphql';

export const PaymentMethodCard_paymentMethod = graphql(`
  fragment PaymentMethodCard_paymentMethod on PaymentMethod {
    id
    brand
    last4
    expMonth
    expYear
  }
`);

function brandInWords(brand: string): string {
  const known: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };
  return known[brand.toLowerCase()] ?? brand;
}

export function PaymentMethodCard({ paymentMethod }: { paymentMethod: PaymentMethodCard_PaymentMethodFragment | null }) {
  return (
    <Card withBorder radius="md" padding="lg" h="100%" component="section" aria-labelledby="payment-method">
      <Stack gap="sm">
        <Title order={2} size="h4" id="payment-method">
          Payment method
        </Title>
        {paymentMethod ? (
          <>
            <Text fw={600}>
              {brandInWords(paymentMethod.brand)} ending in {paymentMethod.last4}
            </Text>
            <Text size="sm" c="dimmed">
              {paymentMethod.expMonth && paymentMethod.expYear
                ? `Expires ${String(paymentMethod.expMonth).padStart(2, '0')}/${paymentMethod.expYear}`
                : 'Expiry not given by the card provider'}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No card on file yet: they add one when they opt in.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
