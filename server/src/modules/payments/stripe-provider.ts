// The Stripe adapter, used when STRIPE_SECRET_KEY is set. The portal turns the card into a PaymentMethod
// with Stripe.js; here it is attached to a Customer (needed to charge it later, off-session), and charged
// with a confirmed off-session PaymentIntent. Every write carries an idempotency key (Stripe ignores keys
// on reads, so retrieve has none): a retried charge with the same key returns the first PaymentIntent.
import Stripe from 'stripe';
import { PaymentMethodRefused, type AttachedCard, type ChargeRequest, type ChargeResult, type PaymentProvider } from './payment-provider.js';

/** The part of the Stripe client the adapter uses (a test passes a fake). */
export type StripeApi = {
  paymentMethods: Pick<Stripe['paymentMethods'], 'retrieve' | 'attach'>;
  customers: Pick<Stripe['customers'], 'create'>;
  paymentIntents: Pick<Stripe['paymentIntents'], 'create'>;
};

export const STRIPE_PROVIDER = 'stripe';

function customerId(customer: string | Stripe.Customer | Stripe.DeletedCustomer | null): string | null {
  if (!customer) return null;
  return typeof customer === 'string' ? customer : customer.id;
}

function isCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return error instanceof Stripe.errors.StripeCardError || (error as { type?: unknown } | null)?.type === 'StripeCardError';
}

function isInvalidRequest(error: unknown): error is Stripe.errors.StripeInvalidRequestError {
  return error instanceof Stripe.errors.StripeInvalidRequestError || (error as { type?: unknown } | null)?.type === 'StripeInvalidRequestError';
}

export function createStripeProvider(stripe: StripeApi): PaymentProvider {
  return {
    name: STRIPE_PROVIDER,

    async attachPaymentMethod(token: string): Promise<AttachedCard> {
      let method: Stripe.PaymentMethod;
      try {
        method = await stripe.paymentMethods.retrieve(token);
        if (method.type !== 'card' || !method.card) throw new PaymentMethodRefused('Only cards are accepted.');
        if (!customerId(method.customer)) {
          const customer = await stripe.customers.create({ metadata: { source: 'coverline' } }, { idempotencyKey: `coverline:customer-for:${method.id}` });
          method = await stripe.paymentMethods.attach(method.id, { customer: customer.id }, { idempotencyKey: `coverline:attach:${method.id}` });
        }
      } catch (error) {
        if (error instanceof PaymentMethodRefused) throw error;
        if (isCardError(error)) throw new PaymentMethodRefused(error.message);
        if (isInvalidRequest(error)) throw new PaymentMethodRefused('This card could not be found. Enter it again.');
        throw error;
      }
      const card = method.card;
      if (!card) throw new PaymentMethodRefused('Only cards are accepted.');
      return { providerToken: method.id, brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year };
    },

    async charge(request: ChargeRequest): Promise<ChargeResult> {
      try {
        const method = await stripe.paymentMethods.retrieve(request.providerToken);
        const intent = await stripe.paymentIntents.create(
          {
            amount: request.amountCents,
            currency: request.currency,
            payment_method: method.id,
            customer: customerId(method.customer) ?? undefined,
            confirm: true,
            off_session: true,
            description: request.description,
            metadata: request.metadata,
          },
          { idempotencyKey: request.idempotencyKey },
        );
        if (intent.status === 'succeeded') return { status: 'succeeded', providerChargeId: intent.id };
        return {
          status: 'declined',
          declineCode: intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? intent.status,
          message: intent.last_payment_error?.message ?? 'Your bank needs you to confirm this payment.',
          providerChargeId: intent.id,
        };
      } catch (error) {
        if (isCardError(error)) {
          const intentId = error.payment_intent?.id;
          return {
            status: 'declined',
            declineCode: error.decline_code ?? error.code ?? 'card_declined',
            message: error.message,
            ...(intentId ? { providerChargeId: intentId } : {}),
          };
        }
        if (isInvalidRequest(error) && error.code === 'resource_missing') {
          return { status: 'declined', declineCode: 'resource_missing', message: 'The card on file is no longer available. Add a card again.' };
        }
        throw error;
      }
    },
  };
}
