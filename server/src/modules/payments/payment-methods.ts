// The card on file: saved from a provider token (at opt-in, or when the contractor updates it), never a
// card number. Charges announced but not yet made switch to the new card.
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput } from '../../graphql/errors.js';
import { PaymentMethodRefused } from './payment-provider.js';
import { paymentProviderFor } from './payment-providers.js';
import type { PaymentMethodRow } from './payments.store.js';

export type SavedPaymentMethod = { id: string; brand: string; last4: string; expMonth: number | null; expYear: number | null };

export function toSavedPaymentMethod(row: PaymentMethodRow): SavedPaymentMethod {
  return { id: row.id, brand: row.brand, last4: row.last4, expMonth: row.expMonth, expYear: row.expYear };
}

/** Saves the card a contractor gave (as a provider token); an unusable token is BAD_USER_INPUT on `paymentMethodToken`. */
export async function attachPaymentMethod(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  input: { agencyId: string; contractorId: string; paymentMethodToken: string },
): Promise<SavedPaymentMethod> {
  const token = input.paymentMethodToken.trim();
  if (token === '') throw badUserInput('paymentMethodToken', 'Add a card to pay for your coverage.');
  if (token.length > 255) throw badUserInput('paymentMethodToken', 'This card was not accepted. Enter it again.');
  const provider = paymentProviderFor(deps);
  let card;
  try {
    card = await provider.attachPaymentMethod(token);
  } catch (error) {
    if (error instanceof PaymentMethodRefused) throw badUserInput('paymentMethodToken', error.message);
    throw error;
  }
  const row = await tx.stores.payments.replaceMethod({ agencyId: input.agencyId, contractorId: input.contractorId }, { provider: provider.name, ...card }, deps.now());
  return toSavedPaymentMethod(row);
}
