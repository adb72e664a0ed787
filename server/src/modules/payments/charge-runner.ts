// Running charges, as the system: claim one atomically, call the provider outside any transaction,
// then record the outcome (and the assignment's move to COVERED or DECLINED) in one transaction.
//
// Exactly one successful charge per assignment, with any number of workers and retries:
//  1. at most one open charge (SCHEDULED or PROCESSING) per assignment: scheduling and retrying check it
//     under the assignment's row lock;
//  2. the claim (SCHEDULED → PROCESSING) happens under that lock, so one runner wins and the others skip;
//  3. every provider call carries the charge's idempotency key, so re-running a PROCESSING charge whose
//     runner died (after STALE_PROCESSING_MS) returns the first result instead of charging again;
//  4. the partial unique index "one SUCCEEDED charge per assignment" refuses anything that slips through.
// Lock order everywhere in payments: the assignment row first, then its charges.
import { ASSIGNMENT_STATUS_LABELS } from '@coverline/domain';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Scope } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { lockAssignmentForChange, moveAssignment } from '../assignment-lifecycle/assignment-lifecycle.js';
import { recordAudit } from '../audit/audit.js';
import { chargeEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { sendChargeDeclined, sendChargeReceipt } from './payment-notices.js';
import type { ChargeResult, PaymentProvider } from './payment-provider.js';
import { paymentProviderFor } from './payment-providers.js';
import type { ChargeKey, ChargeRow } from './payments.store.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';

/** A PROCESSING charge untouched this long lost its runner (a crash, a deploy): it is run again with the same key. */
export const STALE_PROCESSING_MS = 5 * 60_000;
const BATCH = 100;

export type ChargeOutcome =
  | { kind: 'skipped' }
  | { kind: 'succeeded'; providerChargeId: string }
  | { kind: 'declined'; message: string }
  /** The provider could not be reached; the charge stays PROCESSING and is retried with the same key. */
  | { kind: 'pending' }
  /** Charged although the assignment had already been paid: recorded for a refund. */
  | { kind: 'already-paid' };

/** The cron task: runs every SCHEDULED charge that is due and every PROCESSING one that lost its runner. */
export function runDueCharges(deps: ServerDependencies, provider: PaymentProvider = paymentProviderFor(deps)): Promise<number> {
  return asSystem(deps, 'charge_due_payments', async (access) => {
    const scope = authorize(access, 'charge:run');
    let ran = 0;
    for (let round = 0; round < 50; round++) {
      const now = deps.now();
      const due = await scope.transaction((tx) => tx.stores.payments.due(now, new Date(now.getTime() - STALE_PROCESSING_MS), BATCH));
      for (const key of due) {
        try {
          const outcome = await runClaimableCharge(scope, deps, key, provider);
          if (outcome.kind !== 'skipped') ran++;
        } catch (error) {
          // One charge that cannot be recorded (it stays PROCESSING and is retried) must not hold up the others.
          deps.logger.error({ chargeId: key.chargeId, error: error instanceof Error ? error.message : String(error) }, 'recording a charge failed');
        }
      }
      if (due.length < BATCH) break;
    }
    return ran;
  });
}

/** Runs one charge if it is due (the `charge_assignment` job); any other state is left alone. */
export function runCharge(deps: ServerDependencies, key: ChargeKey, provider: PaymentProvider = paymentProviderFor(deps)): Promise<ChargeOutcome> {
  return asSystem(deps, 'charge_assignment', (access) => runClaimableCharge(authorize(access, 'charge:run'), deps, key, provider));
}

async function runClaimableCharge(scope: Scope, deps: ServerDependencies, key: ChargeKey, provider: PaymentProvider): Promise<ChargeOutcome> {
  const claimed = await claimCharge(scope, deps, key);
  if (!claimed) return { kind: 'skipped' };
  return executeClaimedCharge(scope, deps, provider, claimed);
}

/** SCHEDULED and due (or PROCESSING and stale) → PROCESSING, under the assignment's lock; null when not ours to run. */
function claimCharge(scope: Scope, deps: ServerDependencies, key: ChargeKey): Promise<ChargeRow | null> {
  return scope.transaction(async (tx) => {
    const { payments, assignments } = tx.stores;
    const peek = await payments.charge(key);
    if (!peek) return null;
    const assignment = await assignments.lock({ agencyId: key.agencyId, id: peek.assignmentId });
    const charge = await payments.charge(key, { lock: true });
    if (!assignment || !charge) return null;
    const now = deps.now();
    const due = charge.status === 'SCHEDULED' && charge.scheduledFor.getTime() <= now.getTime();
    const stale = charge.status === 'PROCESSING' && (charge.attemptedAt?.getTime() ?? 0) < now.getTime() - STALE_PROCESSING_MS;
    if (!due && !stale) return null;
    if (due && assignment.status !== 'AWAITING_PAYMENT') {
      // Never charge for an assignment that no longer waits for payment (e.g. cancelled by the agency).
      const failureMessage = `Not charged: the assignment is ${ASSIGNMENT_STATUS_LABELS[assignment.status].toLowerCase()}.`;
      await payments.updateCharge(key, { status: 'CANCELLED', failureMessage });
      await recordAudit(tx, { action: 'charge.cancel', agencyId: key.agencyId, targetType: 'charge', targetId: key.chargeId, data: { reason: failureMessage } });
      return null;
    }
    return payments.updateCharge(key, { status: 'PROCESSING', attemptedAt: now });
  });
}

/**
 * Calls the provider for a charge this process has claimed (status PROCESSING), then records the
 * outcome. `scope` is the system's: what the processor answers is recorded by the platform.
 */
export async function executeClaimedCharge(scope: Scope, deps: ServerDependencies, provider: PaymentProvider, charge: ChargeRow): Promise<ChargeOutcome> {
  const { method, assignment } = await scope.transaction(async (tx) => ({
    method: charge.paymentMethodId ? await tx.stores.payments.method({ agencyId: charge.agencyId, id: charge.paymentMethodId }) : null,
    assignment: await tx.stores.assignments.byId(charge.assignmentId),
  }));
  let result: ChargeResult;
  if (!method) {
    result = { status: 'declined', declineCode: 'no_payment_method', message: 'There is no card on file.' };
  } else if (method.provider !== provider.name) {
    result = { status: 'declined', declineCode: 'provider_changed', message: 'The card on file was saved with another payment processor. Add your card again.' };
  } else {
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
  return recordChargeResult(scope, deps, charge, result);
}

function recordChargeResult(scope: Scope, deps: ServerDependencies, charge: ChargeRow, result: ChargeResult): Promise<ChargeOutcome> {
  const key = { agencyId: charge.agencyId, chargeId: charge.id };
  return scope.transaction(async (tx) => {
    const { payments } = tx.stores;
    const assignment = await lockAssignmentForChange(tx, { agencyId: charge.agencyId, id: charge.assignmentId });
    const current = await payments.charge(key, { lock: true });
    // Another runner of the same attempt (same key, so the same result) recorded it first.
    if (!assignment || current?.status !== 'PROCESSING') return { kind: 'skipped' };
    const audit = (action: string, data: Record<string, unknown>) =>
      recordAudit(tx, { action, agencyId: charge.agencyId, targetType: 'charge', targetId: charge.id, data: { assignmentId: charge.assignmentId, ...data } });

    if (result.status === 'declined') {
      const failed = await payments.updateCharge(key, { status: 'FAILED', failureMessage: result.message, declineCode: result.declineCode, providerChargeId: result.providerChargeId ?? current.providerChargeId });
      if (!failed) throw new Error(`charge ${charge.id} to mark failed does not exist`);
      await recordWebhookEvent(tx, { agencyId: charge.agencyId, type: 'payment.failed', data: chargeEventData(failed, assignment) });
      if (assignment.status === 'AWAITING_PAYMENT') {
        await moveAssignment(tx, deps, { agencyId: charge.agencyId, assignmentId: charge.assignmentId, to: 'DECLINED', reason: STATUS_REASONS.chargeDeclined(charge.amountCents, result.message) });
      }
      await sendChargeDeclined(tx, deps, charge, { declineCode: result.declineCode, message: result.message });
      await audit('charge.decline', { amountCents: charge.amountCents, declineCode: result.declineCode });
      return { kind: 'declined', message: result.message };
    }

    const succeeded = await payments.markSucceeded(key, result.providerChargeId);
    if (!succeeded) {
      const failureMessage = 'Not needed: the assignment had already been paid by another charge. Refund this one.';
      await payments.updateCharge(key, { status: 'CANCELLED', providerChargeId: result.providerChargeId, failureMessage });
      deps.logger.error({ chargeId: charge.id, assignmentId: charge.assignmentId }, 'a second successful charge for an assignment already paid: refund it');
      await audit('charge.duplicate', { amountCents: charge.amountCents, providerChargeId: result.providerChargeId });
      return { kind: 'already-paid' };
    }
    // Before the coverage it binds: an integration hears of the payment, then of the policy.
    await recordWebhookEvent(tx, { agencyId: charge.agencyId, type: 'payment.succeeded', data: chargeEventData(succeeded, assignment) });
    if (assignment.status === 'AWAITING_PAYMENT' || assignment.status === 'DECLINED') {
      await moveAssignment(tx, deps, { agencyId: charge.agencyId, assignmentId: charge.assignmentId, to: 'COVERED', reason: STATUS_REASONS.chargeSucceeded(charge.amountCents) });
    } else {
      deps.logger.error({ chargeId: charge.id, assignmentId: charge.assignmentId, status: assignment.status }, 'charged for an assignment that no longer waits for payment: refund it');
    }
    await sendChargeReceipt(tx, charge);
    await audit('charge.succeed', { amountCents: charge.amountCents, providerChargeId: result.providerChargeId });
    return { kind: 'succeeded', providerChargeId: result.providerChargeId };
  });
}
