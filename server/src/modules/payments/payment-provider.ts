// The payment provider port: what contractor pay needs from a card processor (payment-providers.ts
// chooses the adapter). Card numbers never reach the server: the portal hands them to the provider
// and sends us its token.

export type AttachedCard = { providerToken: string; brand: string; last4: string; expMonth: number | null; expYear: number | null };

export type ChargeRequest = {
  amountCents: number;
  currency: 'usd';
  providerToken: string;
  /** The same key always yields the first attempt's result and never a second charge. */
  idempotencyKey: string;
  description: string;
  metadata: Record<string, string>;
};

export type ChargeResult =
  | { status: 'succeeded'; providerChargeId: string }
  | { status: 'declined'; declineCode: string; message: string; providerChargeId?: string };

export interface PaymentProvider {
  readonly name: string;
  /** Checks a token from the portal and returns the card it stands for; throws PaymentMethodRefused for a token it cannot use. */
  attachPaymentMethod(token: string): Promise<AttachedCard>;
  /**
   * Charges off-session. A decline is a result, not an error; a thrown error means the outcome is
   * unknown (e.g. the network failed) and the caller retries later with the same idempotency key.
   */
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/** A token the provider refused; its message is shown to the contractor. */
export class PaymentMethodRefused extends Error {
  override readonly name = 'PaymentMethodRefused';
}
