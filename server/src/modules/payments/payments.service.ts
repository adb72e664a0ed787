// Contractor pay (DESIGN flow 5), the contractor's own use cases: the card on file, their charges,
// opting out before a charge runs, changing the card, and retrying after a decline. Scheduling and
// cancelling charges is charge-scheduling.ts, running them charge-runner.ts, the emails payment-notices.ts.
import { chargeIdempotencyKey, formatCents, optOutRefusal, retryRefusal, type AssignmentStatus, type ChargeStatus } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Scope, ScopedTransaction } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { SYSTEM_ACTOR } from '../../access/viewer.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { lockAssignmentForChange, moveAssignment } from '../assignment-lifecycle/assignment-lifecycle.js';
import type { AssignmentRow } from '../assignments/assignments.store.js';
import { recordAudit } from '../audit/audit.js';
import { executeClaimedCharge, type ChargeOutcome } from './charge-runner.js';
import { sendOptedOut } from './payment-notices.js';
import { attachPaymentMethod, toSavedPaymentMethod, type SavedPaymentMethod } from './payment-methods.js';
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
      paymentMethod: method ? toSavedPaymentMethod(method) : null,
      viewerCanOptOut: charge.status === 'SCHEDULED' && optOutRefusal(assignmentStatus, ofAssignment) === null,
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

/** Replaces the contractor's card on file; charges not yet made switch to it. */
export async function updatePaymentMethod(access: Access, paymentMethodToken: string): Promise<SavedPaymentMethod> {
  const scope = authorize(access, 'payment:manage');
  return scope.transaction(async (tx) => {
    const saved = await attachPaymentMethod(tx, access.deps, { agencyId: scope.agencyId, contractorId: scope.contractorId, paymentMethodToken });
    await recordAudit(tx, {
      action: 'payment_method.update',
      agencyId: scope.agencyId,
      targetType: 'contractor',
      targetId: scope.contractorId,
      data: { paymentMethodId: saved.id, brand: saved.brand, last4: saved.last4 },
    });
    return saved;
  });
}

function retryMessage(outcome: ChargeOutcome, amountCents: number): string {
  switch (outcome.kind) {
    case 'succeeded':
    case 'already-paid':
      return `Payment of ${formatCents(amountCents)} received: you are covered.`;
    case 'declined':
      return `Your card was declined: ${outcome.message} Update your card and try again.`;
    default:
      return 'Your payment is being processed. Refresh in a few minutes to see the result.';
  }
}

/**
 * After a decline: the assignment awaits payment again and the card on file is charged at once, with a
 * new idempotency key (the next attempt). Coverage binds if it succeeds.
 */
export async function retryCharge(access: Access, assignmentId: string): Promise<ContractorPaymentResult> {
  const scope = authorize(access, 'payment:manage');
  const { deps } = access;
  const charge = await scope.transaction(async (tx) => {
    const assignment = await lockOwnAssignment(tx, assignmentId);
    const key = { agencyId: assignment.agencyId, assignmentId: assignment.id };
    const statuses = (await tx.stores.payments.chargesOf(key)).map((row) => row.status);
    const refusal = retryRefusal(assignment.status, statuses);
    if (refusal) throw badUserInput('assignmentId', refusal);
    const method = await tx.stores.payments.currentMethod({ agencyId: assignment.agencyId, contractorId: assignment.contractorId });
    if (!method) throw badUserInput('paymentMethodToken', 'Add a card before retrying the payment.');
    const now = deps.now();
    // Claimed at insert (PROCESSING): no job or other runner can take it, and scheduleCharge (run when the assignment
    // re-enters AWAITING_PAYMENT below) sees an open charge and announces none. If this process dies, the cron re-runs it with the same key.
    const row = await tx.stores.payments.insertCharge({
      ...key,
      paymentMethodId: method.id,
      amountCents: assignment.premiumCents,
      status: 'PROCESSING',
      idempotencyKey: chargeIdempotencyKey(assignment.id, statuses.length + 1),
      provider: method.provider,
      scheduledFor: now,
      attemptedAt: now,
      createdAt: now,
    });
    await moveAssignment(tx, deps, { ...key, to: 'AWAITING_PAYMENT', reason: STATUS_REASONS.paymentRetried });
    await recordAudit(tx, { action: 'charge.retry', agencyId: assignment.agencyId, targetType: 'charge', targetId: row.id, data: { assignmentId: assignment.id, amountCents: row.amountCents } });
    return row;
  });
  // What the processor answers is recorded by the platform, as for every charge it runs.
  const outcome = await executeClaimedCharge(access.scopeFor({ kind: 'SYSTEM' }, SYSTEM_ACTOR), deps, paymentProviderFor(deps), charge);
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
