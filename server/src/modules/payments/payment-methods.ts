// The card on file: saved from a provider token (at opt-in, or when the contractor updates it), never a
// card number. Charges announced but not yet made switch to the new card. The expiry is the
// processor's when it reports one (Stripe does); else the one the contractor typed (the sandbox's
// test tokens carry none).
import { cardExpiryProblem, todayInTimeZone } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput } from '../../graphql/errors.js';
import { PaymentMethodRefused } from './payment-provider.js';
import { paymentProviderFor } from './payment-providers.js';
import type { PaymentMethodRow } from './payments.store.js';

export type CardExpiry = { month: number; year: number };

export type SavedPaymentMethod = { id: string; brand: string; last4: string; expMonth: number | null; expYear: number | null };

export function toSavedPaymentMethod(row: PaymentMethodRow): SavedPaymentMethod {
  return { id: row.id, brand: row.brand, last4: row.last4, expMonth: row.expMonth, expYear: row.expYear };
}

/**
 * Saves the card a contractor gave (as a provider token, with the expiry they typed); an unusable
 * token is BAD_USER_INPUT on `paymentMethodToken`, an impossible or past expiry on `cardExpiry`.
 */
export async function attachPaymentMethod(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  input: { agencyId: string; contractorId: string; paymentMethodToken: string; cardExpiry?: CardExpiry | null | undefined },
): Promise<SavedPaymentMethod> {
  const token = input.paymentMethodToken.trim();
  if (token === '') throw badUserInput('paymentMethodToken', 'Add a card to pay for your coverage.');
  if (token.length > 255) throw badUserInput('paymentMethodToken', 'This card was not accepted. Enter it again.');
  const typed = input.cardExpiry ?? null;
  const expiryProblem = typed ? cardExpiryProblem(typed, todayInTimeZone('UTC', deps.now())) : null;
  if (expiryProblem) throw badUserInput('cardExpiry', expiryProblem);
  const provider = paymentProviderFor(deps);
  let card;
  try {
    card = await provider.attachPaymentMethod(token);
  } catch (error) {
    if (error instanceof PaymentMethodRefused) throw badUserInput('paymentMethodToken', error.message);
    throw error;
  }
  const expiry = card.expMonth && card.expYear ? { expMonth: card.expMonth, expYear: card.expYear } : { expMonth: typed?.month ?? null, expYear: typed?.year ?? null };
  const row = await tx.stores.payments.replaceMethod({ agencyId: input.agencyId, contractorId: input.contractorId }, { provider: provider.name, ...card, ...expiry }, deps.now());
  return toSavedPaymentMethod(row);
}
