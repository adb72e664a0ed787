// Contractor payments. (Being written: provider port, sandbox and Stripe adapters, charges.)
import type { Executor, Transaction } from '../../db/client.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { StatusChangeBy } from '../assignments/assignment-status.js';

/** Called when an assignment enters AWAITING_PAYMENT. */
export async function scheduleCharge(
  _tx: Transaction,
  _deps: ServerDependencies,
  _by: StatusChangeBy,
  input: { agencyId: string; assignmentId: string },
): Promise<void> {
  throw new Error(`charges are not scheduled yet (assignment ${input.assignmentId})`);
}

/** Saves the card a contractor gave (as a provider token) as their payment method on file. */
export async function attachPaymentMethod(
  _tx: Transaction,
  _deps: ServerDependencies,
  input: { agencyId: string; contractorId: string; paymentMethodToken: string },
): Promise<{ id: string; brand: string; last4: string }> {
  throw new Error(`payment methods are not attached yet (${input.contractorId})`);
}

export async function currentPaymentMethod(
  _executor: Executor,
  _input: { agencyId: string; contractorId: string },
): Promise<{ id: string; brand: string; last4: string } | null> {
  return null;
}

/** Called when an assignment is cancelled: charges not yet made are cancelled too. */
export async function cancelScheduledCharges(_tx: Transaction, _deps: ServerDependencies, _input: { agencyId: string; assignmentId: string }): Promise<void> {}
