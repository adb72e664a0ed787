// The built-in sandbox provider (the default): it accepts Stripe's test tokens and behaves as Stripe's
// test mode does for them, without a network. Like Stripe it remembers idempotency keys: the first
// result for a key is written on the charges row that carries the key, and a repeated key gets it back.
import { randomBytes } from 'node:crypto';
import { sandboxAttachedCard, sandboxCardForToken } from '@coverline/domain';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ServerDependencies } from '../../dependencies.js';
import { PaymentMethodRefused, type AttachedCard, type ChargeRequest, type ChargeResult, type PaymentProvider } from './payment-provider.js';

export const SANDBOX_PROVIDER = 'sandbox';

const UNKNOWN_CARD = 'This card was not accepted. In the sandbox, use one of the test cards, e.g. 4242 4242 4242 4242.';
const INCOMPLETE_RESULT = 'The sandbox declined a charge it could not identify.';

export function createSandboxProvider(deps: ServerDependencies): PaymentProvider {
  // Keys with no charges row (a provider called outside contractor pay) are remembered for the life of the process.
  const unrecorded = new Map<string, ChargeResult>();

  return {
    name: SANDBOX_PROVIDER,

    async attachPaymentMethod(token: string): Promise<AttachedCard> {
      const card = sandboxCardForToken(token);
      if (!card) throw new PaymentMethodRefused(UNKNOWN_CARD);
      return sandboxAttachedCard(card);
    },

    async charge(request: ChargeRequest): Promise<ChargeResult> {
      const card = sandboxCardForToken(request.providerToken);
      const fresh: ChargeResult = !card
        ? { status: 'declined', declineCode: 'invalid_payment_method', message: UNKNOWN_CARD }
        : card.decline
          ? { status: 'declined', declineCode: card.decline.code, message: card.decline.message }
          : { status: 'succeeded', providerChargeId: `ch_sandbox_${randomBytes(12).toString('hex')}` };
      const id = fresh.status === 'succeeded' ? fresh.providerChargeId : `ch_sandbox_${randomBytes(12).toString('hex')}`;
      const failure = fresh.status === 'declined' ? fresh.message : null;
      // First writer wins: concurrent calls with one key serialize on the row and all read the first result.
      // The sandbox plays the processor, whose memory is the platform's own: it keeps it as the system.
      const remembered = await asSystem(deps, 'sandbox-provider', (access) =>
        authorize(access, 'charge:run').transaction((tx) =>
          tx.stores.payments.rememberProviderOutcome({ idempotencyKey: request.idempotencyKey, agencyId: request.metadata.agencyId ?? null }, { providerChargeId: id, failureMessage: failure }),
        ),
      );
      if (!remembered) {
        const earlier = unrecorded.get(request.idempotencyKey);
        if (earlier) return earlier;
        unrecorded.set(request.idempotencyKey, fresh);
        return fresh;
      }
      const providerChargeId = remembered.providerChargeId ?? id;
      if (remembered.failureMessage === null) return { status: 'succeeded', providerChargeId };
      const declineCode = fresh.status === 'declined' && fresh.message === remembered.failureMessage ? fresh.declineCode : 'card_declined';
      return { status: 'declined', declineCode, message: remembered.failureMessage || INCOMPLETE_RESULT, providerChargeId };
    },
  };
}
