// Contractor pay (DESIGN flow 5), the contractor's own use cases: the card on file, their charges,
// opting out before a charge runs, changing the card, and retrying after a decline. Scheduling and
// cancelling charges is charge-scheduling.ts, running them charge-runner.ts, the emails payment-notices.ts.
import { chargeIdempotencyKey, formatCents, optOutRefusal, retryRefusal, type AssignmentStatus, type ChargeStatus } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Scope, ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { isUuid } from '../../access/store.js';
import { SYSTEM_ACTOR } from '../../access/viewer.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { lockAssignmentForChange, moveAssignment } from '../assignment-lifecycle/assignment-lifecycle.js';
import type { AssignmentRow } from '../assignments/assignments.store.js';
import { recordAudit } from '../audit/audit.js';
import { executeClaimedCharge, type ChargeOutcome } from './charge-runner.js';
import { sendOptedOut } from './payment-notices.js';
import { attachPaymentMethod, toSavedPaymentMethod, type CardExpiry, type SavedPaymentMethod } from './payment-methods.js';
import type { ChargeRow, PaymentMethodRow } from './payments.store.js';
import { paymentProviderFor } from './payment-providers.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';

export type ContractorCharge = {
  id: string;
  assignmentId: string;
  jobName: string;
  amountCents: number;
  status: ChargeStatus;
  scheduledFor: Date;
  attemptedAt: Date | null;
  failureMessage: string | null;
  declineCode: string | null;
  paymentMethod: SavedPaymentMethod | null;
  viewerCanOptOut: boolean;
  viewerCanRetry: boolean;
};

export type ContractorPaymentResult = { assignmentId: string; status: AssignmentStatus; message: string; charge: ContractorCharge | null };

/** Locks one of the contractor's own assignments; anyone else's answers exactly like a missing one (the scope reaches only theirs). */
async function lockOwnAssignment(tx: ScopedTransaction, assignmentId: string): Promise<AssignmentRow> {
  const row = isUuid(assignmentId) ? await lockAssignmentForChange(tx, { agencyId: tx.scope.agencyId, id: assignmentId }) : null;
  if (!row) throw notFound('Assignment');
  return row;
}

/** The contractor's charges as they see them, each with its assignment's status now. */
async function contractorCharges(scope: Scope, chargeId?: string): Promise<(ContractorCharge & { assignmentStatus: AssignmentStatus })[]> {
  const rows = await scope.stores.payments.ofContractor({ agencyId: scope.agencyId, contractorId: scope.contractorId }, chargeId);
  return rows.map(({ charge, jobName, assignmentStatus, method, statusesOfAssignment }) => {
    const ofAssignment = statusesOfAssignment.length > 0 ? statusesOfAssignment : [charge.status];
    return {
      assignmentStatus,
      id: charge.id,
      assignmentId: charge.assignmentId,
      jobName,
      amountCents: charge.amountCents,
      status: charge.status,
      scheduledFor: charge.scheduledFor,
      attemptedAt: charge.attemptedAt,
      // Internal notes on cancelled charges are not the contractor's business; a decline's reason is.
      failureMessage: charge.status === 'FAILED' ? charge.failureMessage : null,
      declineCode: charge.status === 'FAILED' ? charge.declineCode : null,
      paymentMethod: method ? toSavedPaymentMethod(method) : null,
      // Until a charge runs: the one announced, or the one declined (the coverage may be refused instead of paid).
      viewerCanOptOut: (charge.status === 'SCHEDULED' || charge.status === 'FAILED') && optOutRefusal(assignmentStatus, ofAssignment) === null,
      viewerCanRetry: charge.status === 'FAILED' && retryRefusal(assignmentStatus, ofAssignment) === null,
    };
  });
}

async function findContractorCharge(scope: Scope, chargeId: string) {
  const [charge] = await contractorCharges(scope, chargeId);
  return charge ?? null;
}

/** Opts out of an assignment's coverage before its charge is made: the charge is cancelled and the agency told. */
export async function optOutOfCharge(access: Access, assignmentId: string): Promise<ContractorPaymentResult> {
  const scope = authorize(access, 'payment:manage');
  const { deps } = access;
  const chargeId = await scope.transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, assignmentId);
    const key = { agencyId: assignment.agencyId, assignmentId: assignment.id };
    const rows = await tx.stores.payments.chargesOf(key);
    const refusal = optOutRefusal(assignment.status, rows.map((charge) => charge.status));
    if (refusal) throw badUserInput('assignmentId', refusal);
    // Entering OPTED_OUT cancels the scheduled charge (enterStatus).
    const scheduled = rows.filter((charge) => charge.status === 'SCHEDULED');
    await moveAssignment(tx, deps, { ...key, to: 'OPTED_OUT', reason: STATUS_REASONS.optedOut });
    await sendOptedOut(tx, { ...key, paymentMethodId: null, amountCents: scheduled[0]?.amountCents ?? assignment.premiumCents });
    return scheduled[0]?.id ?? null;
  });
  return {
    assignmentId,
    status: 'OPTED_OUT',
    message: 'You opted out: your card will not be charged, and you are not covered for this assignment.',
    charge: chargeId ? await findContractorCharge(scope, chargeId) : null,
  };
}

/**
 * Starts the next attempt of a declined assignment's charge, under the assignment's row lock (the
 * caller took it and checked retryRefusal): a new idempotency key, claimed at insert (PROCESSING), so no
 * job or other runner can take it, and scheduleCharge (run when the assignment re-enters
 * AWAITING_PAYMENT below) sees an open charge and announces none. If this process dies before the
 * outcome is recorded, the cron re-runs it with the same key.
 */
async function startRetry(tx: ScopedTransaction, deps: ServerDependencies, assignment: AssignmentRow, attempt: number, method: PaymentMethodRow, reason: string): Promise<ChargeRow> {
  const key = { agencyId: assignment.agencyId, assignmentId: assignment.id };
  const now = deps.now();
  const row = await tx.stores.payments.insertCharge({
    ...key,
    paymentMethodId: method.id,
    amountCents: assignment.premiumCents,
    status: 'PROCESSING',
    idempotencyKey: chargeIdempotencyKey(assignment.id, attempt),
    provider: method.provider,
    scheduledFor: now,
    attemptedAt: now,
    createdAt: now,
  });
  await moveAssignment(tx, deps, { ...key, to: 'AWAITING_PAYMENT', reason });
  await recordAudit(tx, { action: 'charge.retry', agencyId: assignment.agencyId, targetType: 'charge', targetId: row.id, data: { assignmentId: assignment.id, amountCents: row.amountCents } });
  return row;
}

/** Calls the provider for retries this request claimed, once their transaction committed; what it answers is recorded by the platform. */
function runClaimedRetry(access: Access, charge: ChargeRow): Promise<ChargeOutcome> {
  return executeClaimedCharge(access.scopeFor({ kind: 'SYSTEM' }, SYSTEM_ACTOR), access.deps, paymentProviderFor(access.deps), charge);
}

/**
 * Replaces the contractor's card on file; charges not yet made switch to it, and every declined
 * assignment that may be retried is charged on the new card at once (coverage binds if it succeeds).
 */
export async function updatePaymentMethod(access: Access, paymentMethodToken: string, cardExpiry?: CardExpiry | null): Promise<SavedPaymentMethod> {
  const scope = authorize(access, 'payment:manage');
  const { deps } = access;
  const { saved, retries } = await scope.transaction(async (tx) => {
    const contractor = { agencyId: scope.agencyId, contractorId: scope.contractorId };
    // Lock order: the contractor, then each declined assignment, before the card's switch touches any charge.
    const declined = (await tx.stores.assignments.forContractor(scope.contractorId)).filter((assignment) => assignment.status === 'DECLINED');
    const retryable: { assignment: AssignmentRow; attempt: number }[] = [];
    for (const { id } of declined) {
      const assignment = await lockAssignmentForChange(tx, { agencyId: scope.agencyId, id });
      if (!assignment) continue;
      const statuses = (await tx.stores.payments.chargesOf({ agencyId: assignment.agencyId, assignmentId: assignment.id })).map((row) => row.status);
      // Another request may have retried it since it was read: the lock makes this check final.
      if (retryRefusal(assignment.status, statuses) === null) retryable.push({ assignment, attempt: statuses.length + 1 });
    }
    const saved = await attachPaymentMethod(tx, deps, { ...contractor, paymentMethodToken, cardExpiry });
    await recordAudit(tx, {
      action: 'payment_method.update',
      agencyId: scope.agencyId,
      targetType: 'contractor',
      targetId: scope.contractorId,
      data: { paymentMethodId: saved.id, brand: saved.brand, last4: saved.last4 },
    });
    const method = await tx.stores.payments.currentMethod(contractor);
    if (!method) throw new Error(`the card just saved for contractor ${scope.contractorId} is not on file`);
    const retries: ChargeRow[] = [];
    for (const { assignment, attempt } of retryable) retries.push(await startRetry(tx, deps, assignment, attempt, method, STATUS_REASONS.paymentRetriedOnNewCard));
    return { saved, retries };
  });
  for (const charge of retries) {
    try {
      await runClaimedRetry(access, charge);
    } catch (error) {
      // The card is saved either way; a retry whose outcome could not be recorded stays PROCESSING and the cron re-runs it with its key.
      deps.logger.error({ chargeId: charge.id, error: error instanceof Error ? error.message : String(error) }, 'recording a retried charge failed');
    }
  }
  return saved;
}

function retryMessage(outcome: ChargeOutcome, amountCents: number): string {
  switch (outcome.kind) {
    case 'succeeded':
    case 'already-paid':
      return `Payment of ${formatCents(amountCents)} received: you are covered.`;
    case 'declined':
      return `Your card was declined: ${outcome.message} Update your card to try again.`;
    default:
      return 'Your payment is being processed. Refresh in a few minutes to see the result.';
  }
}

/** After a decline: the assignment awaits payment again and the card on file is charged at once. Coverage binds if it succeeds. */
export async function retryCharge(access: Access, assignmentId: string): Promise<ContractorPaymentResult> {
  const scope = authorize(access, 'payment:manage');
  const { deps } = access;
  const charge = await scope.transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, assignmentId);
    const statuses = (await tx.stores.payments.chargesOf({ agencyId: assignment.agencyId, assignmentId: assignment.id })).map((row) => row.status);
    const refusal = retryRefusal(assignment.status, statuses);
    if (refusal) throw badUserInput('assignmentId', refusal);
    const method = await tx.stores.payments.currentMethod({ agencyId: assignment.agencyId, contractorId: assignment.contractorId });
    if (!method) throw badUserInput('paymentMethodToken', 'Add a card before retrying the payment.');
    return startRetry(tx, deps, assignment, statuses.length + 1, method, STATUS_REASONS.paymentRetried);
  });
  const outcome = await runClaimedRetry(access, charge);
  const shown = await findContractorCharge(scope, charge.id);
  return { assignmentId, status: shown?.assignmentStatus ?? 'AWAITING_PAYMENT', message: retryMessage(outcome, charge.amountCents), charge: shown };
}

/** The contractor's card on file, or null. */
export async function findMyPaymentMethod(access: Access): Promise<SavedPaymentMethod | null> {
  const scope = authorize(access, 'contractor-self:read');
  const row = await scope.stores.payments.currentMethod({ agencyId: scope.agencyId, contractorId: scope.contractorId });
  return row ? toSavedPaymentMethod(row) : null;
}

/** The contractor's charges, newest first, with what they may do about each. */
export function listMyCharges(access: Access): Promise<ContractorCharge[]> {
  return contractorCharges(authorize(access, 'contractor-self:read'));
}
