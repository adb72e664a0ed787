// The payment provider port: what contractor pay needs from a card processor, and the one place that
// chooses the adapter from the configuration (Stripe when STRIPE_SECRET_KEY is set, else the sandbox).
// Card numbers never reach the server: the portal hands them to the provider and sends us its token.
import Stripe from 'stripe';
import type { ServerDependencies } from '../../dependencies.js';
import { createSandboxProvider } from './sandbox-provider.js';
import { createStripeProvider } from './stripe-provider.js';

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

const providers = new WeakMap<ServerDependencies, PaymentProvider>();

/** The provider this server charges with. */
export function paymentProviderFor(deps: ServerDependencies): PaymentProvider {
  let provider = providers.get(deps);
  if (!provider) {
    const key = deps.config.stripeSecretKey;
    provider = key ? createStripeProvider(new Stripe(key, { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: 'Coverline' } })) : createSandboxProvider(deps);
    providers.set(deps, provider);
  }
  return provider;
}
