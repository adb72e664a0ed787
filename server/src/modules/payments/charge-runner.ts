// Running charges: claim one atomically, call the provider outside any transaction, then record the
// outcome (and the assignment's move to COVERED or DECLINED) in one transaction.
//
// Exactly one successful charge per assignment, with any number of workers and retries:
//  1. at most one open charge (SCHEDULED or PROCESSING) per assignment: scheduling and retrying check it
//     under the assignment's row lock;
//  2. the claim (SCHEDULED → PROCESSING) happens under that lock, so one runner wins and the others skip;
//  3. every provider call carries the charge's idempotency key, so re-running a PROCESSING charge whose
//     runner died (after STALE_PROCESSING_MS) returns the first result instead of charging again;
//  4. the partial unique index "one SUCCEEDED charge per assignment" refuses anything that slips through.
// Lock order everywhere in this module: the assignment row first, then its charges.
import { and, asc, eq, lt, lte, or } from 'drizzle-orm';
import { ASSIGNMENT_STATUS_LABELS, formatCents } from '@coverline/domain';
import type { Transaction } from '../../db/client.js';
import { assignments, charges, paymentMethods } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { recordAudit } from '../audit/audit.js';
import { lockAssignment, moveAssignment, SYSTEM } from '../assignments/assignment-status.js';
import { paymentProviderFor, type ChargeResult, type PaymentProvider } from './payment-provider.js';
import { sendChargeDeclined, sendChargeReceipt } from './payment-notices.js';

/** A PROCESSING charge untouched this long lost its runner (a crash, a deploy): it is run again with the same key. */
export const STALE_PROCESSING_MS = 5 * 60_000;
const BATCH = 100;

export type ChargeRow = typeof charges.$inferSelect;
export type ChargeKey = { agencyId: string; chargeId: string };
export type ChargeOutcome =
  | { kind: 'skipped' }
  | { kind: 'succeeded'; providerChargeId: string }
  | { kind: 'declined'; message: string }
  /** The provider could not be reached; the charge stays PROCESSING and is retried with the same key. */
  | { kind: 'pending' }
  /** Charged although the assignment had already been paid: recorded for a refund. */
  | { kind: 'already-paid' };

const byKey = (key: ChargeKey) => and(eq(charges.agencyId, key.agencyId), eq(charges.id, key.chargeId));

/** The cron task: runs every SCHEDULED charge that is due and every PROCESSING one that lost its runner. */
export async function runDueCharges(deps: ServerDependencies, provider: PaymentProvider = paymentProviderFor(deps)): Promise<number> {
  let ran = 0;
  for (let round = 0; round < 50; round++) {
    const now = deps.now();
    const due = await deps.db
      .select({ agencyId: charges.agencyId, chargeId: charges.id })
      .from(charges)
      .where(
        or(
          and(eq(charges.status, 'SCHEDULED'), lte(charges.scheduledFor, now)),
          and(eq(charges.status, 'PROCESSING'), lt(charges.attemptedAt, new Date(now.getTime() - STALE_PROCESSING_MS))),
        ),
      )
      .orderBy(asc(charges.scheduledFor))
      .limit(BATCH);
    for (const key of due) {
      try {
        const outcome = await runCharge(deps, key, provider);
        if (outcome.kind !== 'skipped') ran++;
      } catch (error) {
        // One charge that cannot be recorded (it stays PROCESSING and is retried) must not hold up the others.
        deps.logger.error({ chargeId: key.chargeId, error: error instanceof Error ? error.message : String(error) }, 'recording a charge failed');
      }
    }
    if (due.length < BATCH) break;
  }
  return ran;
}

/** Runs one charge if it is due (the `charge_assignment` job); any other state is left alone. */
export async function runCharge(deps: ServerDependencies, key: ChargeKey, provider: PaymentProvider = paymentProviderFor(deps)): Promise<ChargeOutcome> {
  const claimed = await claimCharge(deps, key);
  if (!claimed) return { kind: 'skipped' };
  return executeClaimedCharge(deps, provider, claimed);
}

/** SCHEDULED and due (or PROCESSING and stale) → PROCESSING, under the assignment's lock; null when not ours to run. */
async function claimCharge(deps: ServerDependencies, key: ChargeKey): Promise<ChargeRow | null> {
  return deps.db.transaction(async (tx) => {
    const [peek] = await tx.select({ assignmentId: charges.assignmentId }).from(charges).where(byKey(key));
    if (!peek) return null;
    const assignment = await lockAssignment(tx, { agencyId: key.agencyId, assignmentId: peek.assignmentId });
    const [charge] = await tx.select().from(charges).where(byKey(key)).for('update');
    if (!assignment || !charge) return null;
    const now = deps.now();
    const due = charge.status === 'SCHEDULED' && charge.scheduledFor.getTime() <= now.getTime();
    const stale = charge.status === 'PROCESSING' && (charge.attemptedAt?.getTime() ?? 0) < now.getTime() - STALE_PROCESSING_MS;
    if (!due && !stale) return null;
    if (due && assignment.status !== 'AWAITING_PAYMENT') {
      // Never charge for an assignment that no longer waits for payment (e.g. cancelled by the agency).
      const failureMessage = `Not charged: the assignment is ${ASSIGNMENT_STATUS_LABELS[assignment.status].toLowerCase()}.`;
      await tx.update(charges).set({ status: 'CANCELLED', failureMessage }).where(byKey(key));
      await recordAudit(tx, SYSTEM, { action: 'charge.cancel', agencyId: key.agencyId, targetType: 'charge', targetId: key.chargeId, data: { reason: failureMessage } });
      return null;
    }
    const [claimed] = await tx.update(charges).set({ status: 'PROCESSING', attemptedAt: now }).where(byKey(key)).returning();
    return claimed ?? null;
  });
}

/** Calls the provider for a charge this process has claimed (status PROCESSING), then records the outcome. */
export async function executeClaimedCharge(deps: ServerDependencies, provider: PaymentProvider, charge: ChargeRow): Promise<ChargeOutcome> {
  const method = charge.paymentMethodId
    ? await deps.db.query.paymentMethods.findFirst({ where: and(eq(paymentMethods.agencyId, charge.agencyId), eq(paymentMethods.id, charge.paymentMethodId)) })
    : undefined;
  let result: ChargeResult;
  if (!method) {
    result = { status: 'declined', declineCode: 'no_payment_method', message: 'There is no card on file.' };
  } else if (method.provider !== provider.name) {
    result = { status: 'declined', declineCode: 'provider_changed', message: 'The card on file was saved with another payment processor. Add your card again.' };
  } else {
    const assignment = await deps.db.query.assignments.findFirst({
      where: and(eq(assignments.agencyId, charge.agencyId), eq(assignments.id, charge.assignmentId)),
      columns: { jobName: true, clientEntity: true },
    });
    try {
      result = await provider.charge({
        amountCents: charge.amountCents,
        currency: 'usd',
        providerToken: method.providerToken,
        idempotencyKey: charge.idempotencyKey,
        description: `Coverline coverage: ${assignment?.jobName ?? 'assignment'}${assignment ? ` (${assignment.clientEntity})` : ''}`,
        metadata: { agencyId: charge.agencyId, assignmentId: charge.assignmentId, chargeId: charge.id },
      });
    } catch (error) {
      // Outcome unknown: leave it PROCESSING; after STALE_PROCESSING_MS it is re-run with the same key.
      deps.logger.warn({ chargeId: charge.id, provider: provider.name, error: error instanceof Error ? error.message : String(error) }, 'payment provider call failed');
      return { kind: 'pending' };
    }
  }
  return recordChargeResult(deps, charge, result);
}

async function recordChargeResult(deps: ServerDependencies, charge: ChargeRow, result: ChargeResult): Promise<ChargeOutcome> {
  const key = { agencyId: charge.agencyId, chargeId: charge.id };
  return deps.db.transaction(async (tx) => {
    const assignment = await lockAssignment(tx, { agencyId: charge.agencyId, assignmentId: charge.assignmentId });
    const [current] = await tx.select().from(charges).where(byKey(key)).for('update');
    // Another runner of the same attempt (same key, so the same result) recorded it first.
    if (!assignment || current?.status !== 'PROCESSING') return { kind: 'skipped' };
    const amount = formatCents(charge.amountCents);
    const audit = (action: string, data: Record<string, unknown>) =>
      recordAudit(tx, SYSTEM, { action, agencyId: charge.agencyId, targetType: 'charge', targetId: charge.id, data: { assignmentId: charge.assignmentId, ...data } });

    if (result.status === 'declined') {
      await tx
        .update(charges)
        .set({ status: 'FAILED', failureMessage: result.message, providerChargeId: result.providerChargeId ?? current.providerChargeId })
        .where(byKey(key));
      if (assignment.status === 'AWAITING_PAYMENT') {
        await moveAssignment(tx, deps, SYSTEM, { agencyId: charge.agencyId, assignmentId: charge.assignmentId, to: 'DECLINED', reason: `The charge of ${amount} was declined: ${result.message}` });
      }
      await sendChargeDeclined(tx, deps, charge, result.message);
      await audit('charge.decline', { amountCents: charge.amountCents, declineCode: result.declineCode });
      return { kind: 'declined', message: result.message };
    }

    if (!(await markSucceeded(tx, key, result.providerChargeId))) {
      const failureMessage = 'Not needed: the assignment had already been paid by another charge. Refund this one.';
      await tx.update(charges).set({ status: 'CANCELLED', providerChargeId: result.providerChargeId, failureMessage }).where(byKey(key));
      deps.logger.error({ chargeId: charge.id, assignmentId: charge.assignmentId }, 'a second successful charge for an assignment already paid: refund it');
      await audit('charge.duplicate', { amountCents: charge.amountCents, providerChargeId: result.providerChargeId });
      return { kind: 'already-paid' };
    }
    if (assignment.status === 'AWAITING_PAYMENT' || assignment.status === 'DECLINED') {
      await moveAssignment(tx, deps, SYSTEM, { agencyId: charge.agencyId, assignmentId: charge.assignmentId, to: 'COVERED', reason: `The charge of ${amount} succeeded.` });
    } else {
      deps.logger.error({ chargeId: charge.id, assignmentId: charge.assignmentId, status: assignment.status }, 'charged for an assignment that no longer waits for payment: refund it');
    }
    await sendChargeReceipt(tx, charge);
    await audit('charge.succeed', { amountCents: charge.amountCents, providerChargeId: result.providerChargeId });
    return { kind: 'succeeded', providerChargeId: result.providerChargeId };
  });
}

/** PROCESSING → SUCCEEDED; false when the partial unique index says the assignment already has a successful charge. */
async function markSucceeded(tx: Transaction, key: ChargeKey, providerChargeId: string): Promise<boolean> {
  try {
    // A savepoint, so a refusal leaves the outer transaction usable.
    await tx.transaction((savepoint) => savepoint.update(charges).set({ status: 'SUCCEEDED', providerChargeId, failureMessage: null }).where(byKey(key)));
    return true;
  } catch (error) {
    if (isUniqueViolation(error, 'charges_one_success_per_assignment')) return false;
    throw error;
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (code === '23505' && name === constraint) return true;
  }
  return false;
}
