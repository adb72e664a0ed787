// The one place that chooses the payment provider from the configuration: Stripe when
// STRIPE_SECRET_KEY is set, else the built-in sandbox.
import Stripe from 'stripe';
import type { ServerDependencies } from '../../dependencies.js';
import type { PaymentProvider } from './payment-provider.js';
import { createSandboxProvider } from './sandbox-provider.js';
import { createStripeProvider } from './stripe-provider.js';

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
