// The Stripe adapter against a fake Stripe client (no network here): what it sends, with which
// idempotency keys, and how Stripe's answers and errors become results. And the choice of provider.
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { ServerDependencies } from '../src/dependencies.js';
import { PaymentMethodRefused } from '../src/modules/payments/payment-provider.js';
import { paymentProviderFor } from '../src/modules/payments/payment-providers.js';
import { createStripeProvider, type StripeApi } from '../src/modules/payments/stripe-provider.js';

type Call = { method: string; args: unknown[] };

function card(overrides: Partial<Stripe.PaymentMethod> = {}): Stripe.PaymentMethod {
  return {
    id: 'pm_1Abc',
    object: 'payment_method',
    type: 'card',
    customer: null,
    card: { brand: 'visa', last4: '4242', exp_month: 4, exp_year: 2031 },
    ...overrides,
  } as Stripe.PaymentMethod;
}

/** A fake of the Stripe client: records calls, answers from `answers` (a value, or an error to throw). */
function fakeStripe(answers: { retrieve?: Stripe.PaymentMethod | Error; attach?: Stripe.PaymentMethod | Error; intent?: Partial<Stripe.PaymentIntent> | Error }) {
  const calls: Call[] = [];
  const answer = <T>(method: string, value: T | Error | undefined, args: unknown[]) => {
    calls.push({ method, args });
    if (value instanceof Error) return Promise.reject(value);
    return Promise.resolve(value as never);
  };
  const api = {
    paymentMethods: {
      retrieve: (...args: unknown[]) => answer('paymentMethods.retrieve', answers.retrieve ?? card({ customer: 'cus_1' }), args),
      attach: (...args: unknown[]) => answer('paymentMethods.attach', answers.attach ?? card({ customer: 'cus_new' }), args),
    },
    customers: { create: (...args: unknown[]) => answer('customers.create', { id: 'cus_new', object: 'customer' }, args) },
    paymentIntents: { create: (...args: unknown[]) => answer('paymentIntents.create', answers.intent ?? { id: 'pi_1', status: 'succeeded' }, args) },
  } as unknown as StripeApi;
  return { api, calls };
}

const REQUEST = {
  amountCents: 4_250,
  currency: 'usd' as const,
  providerToken: 'pm_1Abc',
  idempotencyKey: 'assignment:a1:attempt:1',
  description: 'Coverline coverage: Booth host (Meta)',
  metadata: { agencyId: 'ag1', assignmentId: 'a1', chargeId: 'c1' },
};

describe('the Stripe provider', () => {
  it('attaches a new card to a customer, with idempotency keys on both writes, and reports brand and last 4', async () => {
    const { api, calls } = fakeStripe({ retrieve: card() });
    const attached = await createStripeProvider(api).attachPaymentMethod('pm_1Abc');
    expect(attached).toEqual({ providerToken: 'pm_1Abc', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031 });
    expect(calls.map((c) => c.method)).toEqual(['paymentMethods.retrieve', 'customers.create', 'paymentMethods.attach']);
    expect(calls[1]?.args[1]).toEqual({ idempotencyKey: 'coverline:customer-for:pm_1Abc' });
    expect(calls[2]?.args).toEqual(['pm_1Abc', { customer: 'cus_new' }, { idempotencyKey: 'coverline:attach:pm_1Abc' }]);
  });

  it('does not attach a card that already belongs to a customer', async () => {
    const { api, calls } = fakeStripe({ retrieve: card({ customer: 'cus_1' }) });
    await createStripeProvider(api).attachPaymentMethod('pm_1Abc');
    expect(calls.map((c) => c.method)).toEqual(['paymentMethods.retrieve']);
  });

  it('refuses an unknown token, a card Stripe declines to attach, and a payment method that is not a card', async () => {
    const missing = new Stripe.errors.StripeInvalidRequestError({ message: 'No such PaymentMethod', code: 'resource_missing', type: 'invalid_request_error' });
    await expect(createStripeProvider(fakeStripe({ retrieve: missing }).api).attachPaymentMethod('pm_nope')).rejects.toBeInstanceOf(PaymentMethodRefused);
    const declined = new Stripe.errors.StripeCardError({ message: 'Your card was declined.', code: 'card_declined', decline_code: 'generic_decline', type: 'card_error' });
    await expect(createStripeProvider(fakeStripe({ retrieve: card(), attach: declined }).api).attachPaymentMethod('pm_1Abc')).rejects.toThrow('Your card was declined.');
    const bank = card({ type: 'us_bank_account', card: undefined } as Partial<Stripe.PaymentMethod>);
    await expect(createStripeProvider(fakeStripe({ retrieve: bank }).api).attachPaymentMethod('pm_bank')).rejects.toThrow('Only cards are accepted.');
  });

  it('charges with a confirmed off-session PaymentIntent for the customer, under the charge idempotency key', async () => {
    const { api, calls } = fakeStripe({});
    const result = await createStripeProvider(api).charge(REQUEST);
    expect(result).toEqual({ status: 'succeeded', providerChargeId: 'pi_1' });
    const create = calls.find((c) => c.method === 'paymentIntents.create');
    expect(create?.args).toEqual([
      {
        amount: 4_250,
        currency: 'usd',
        payment_method: 'pm_1Abc',
        customer: 'cus_1',
        confirm: true,
        off_session: true,
        description: 'Coverline coverage: Booth host (Meta)',
        metadata: { agencyId: 'ag1', assignmentId: 'a1', chargeId: 'c1' },
      },
      { idempotencyKey: 'assignment:a1:attempt:1' },
    ]);
  });

  it('turns a card error into a decline with its code and message', async () => {
    const error = new Stripe.errors.StripeCardError({
      message: 'Your card has insufficient funds.',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      type: 'card_error',
      payment_intent: { id: 'pi_declined' } as Stripe.PaymentIntent,
    });
    const result = await createStripeProvider(fakeStripe({ intent: error }).api).charge(REQUEST);
    expect(result).toEqual({ status: 'declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.', providerChargeId: 'pi_declined' });
  });

  it('treats a payment that needs the cardholder (3-D Secure) as declined', async () => {
    const intent = { id: 'pi_auth', status: 'requires_action' as const, last_payment_error: null };
    const result = await createStripeProvider(fakeStripe({ intent }).api).charge(REQUEST);
    expect(result).toMatchObject({ status: 'declined', declineCode: 'requires_action', providerChargeId: 'pi_auth' });
  });

  it('lets other errors through, so the charge is retried later with the same key', async () => {
    const down = new Stripe.errors.StripeConnectionError({ message: 'An error occurred with our connection to Stripe.' });
    await expect(createStripeProvider(fakeStripe({ intent: down }).api).charge(REQUEST)).rejects.toBe(down);
  });
});

describe('paymentProviderFor', () => {
  const deps = (env: Record<string, string>) => ({ config: loadConfig({ NODE_ENV: 'test', ...env }), now: () => new Date() }) as unknown as ServerDependencies;

  it('uses the sandbox by default and Stripe when STRIPE_SECRET_KEY is set, one instance per server', () => {
    const sandboxDeps = deps({});
    expect(paymentProviderFor(sandboxDeps).name).toBe('sandbox');
    expect(paymentProviderFor(sandboxDeps)).toBe(paymentProviderFor(sandboxDeps));
    expect(paymentProviderFor(deps({ STRIPE_SECRET_KEY: 'sk_test_0123456789' })).name).toBe('stripe');
  });
});
