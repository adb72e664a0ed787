// The assignment lifecycle: every status change goes through moveAssignment — rule 4's state machine,
// the status history, the audit record and the contractor's coverage status in the caller's
// transaction — and entering a status sets in motion what follows: an opt-in link, a payment notice,
// the coverage's webhook events and a certificate, or the cancellation of what was pending. The
// lifecycle depends on those features' reactions; none of them imports it back.
//
// Lock order, everywhere: the contractor's row, then their assignment's (submitOptIn updates the
// contractor and then moves their assignments; a change of one assignment locks its contractor first),
// so two transactions on one contractor's assignments queue instead of deadlocking, and the second
// derives the coverage status from what the first committed.
import { assertTransition, contractorCoverage, isOptInRequired, nextStatusAfterApproval, type AssignmentStatus, type CoreInfo } from '@coverline/domain';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { AssignmentKey, AssignmentRow } from '../assignments/assignments.store.js';
import { recordAudit } from '../audit/audit.js';
import { issueCertificate, voidCertificate } from '../certificates/certificate-issuing.js';
import { requestOptIn } from '../opt-ins/opt-in-requests.js';
import { cancelScheduledCharges, scheduleCharge } from '../payments/charge-scheduling.js';
import { assignmentEventData, policyEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { STATUS_REASONS } from './status-reasons.js';

type StatusChange = { agencyId: string; contractorId: string; assignmentId: string; from: AssignmentStatus | null; to: AssignmentStatus; reason?: string; at: Date };

/**
 * The history row and audit record of one change (also of the first status, from null), and the
 * contractor's coverage status derived again from all their assignments.
 */
export async function recordStatusChange(tx: ScopedTransaction, change: StatusChange): Promise<void> {
  await tx.stores.assignments.recordStatusChange({ ...change, by: tx.scope.actor, reason: change.reason ?? null });
  await recordAudit(tx, {
    action: change.from ? 'assignment.status_change' : 'assignment.create',
    agencyId: change.agencyId,
    targetType: 'assignment',
    targetId: change.assignmentId,
    data: { from: change.from, to: change.to, ...(change.reason ? { reason: change.reason } : {}) },
  });
  await updateContractorCoverage(tx, { agencyId: change.agencyId, id: change.contractorId });
}

/**
 * Writes the contractor's coverage status and current assignment as contractorCoverage derives them.
 * Their row is locked before their assignments are read: a transaction changing another of their
 * assignments waits, and its own read (READ COMMITTED, after the lock) sees this one's commit.
 */
async function updateContractorCoverage(tx: ScopedTransaction, contractor: { agencyId: string; id: string }): Promise<void> {
  const stored = await tx.stores.contractors.lock(contractor, 'no key update');
  if (!stored) throw new Error(`contractor ${contractor.id} does not exist`);
  const { status, assignmentId } = contractorCoverage(await tx.stores.assignments.coverageOf(contractor));
  if (stored.coverageStatus !== status || stored.currentAssignmentId !== assignmentId) {
    await tx.stores.contractors.setCoverage(contractor, { coverageStatus: status, currentAssignmentId: assignmentId });
  }
}

/** Locks the contractor of an assignment, before anything of theirs is locked (see the lock order above); null when there is no such assignment. */
export async function lockContractorOf(tx: ScopedTransaction, key: AssignmentKey): Promise<string | null> {
  const contractorId = await tx.stores.assignments.contractorOf(key);
  if (contractorId && !(await tx.stores.contractors.lock({ agencyId: key.agencyId, id: contractorId }, 'no key update'))) return null;
  return contractorId;
}

/** Locks an assignment for a change, its contractor first (see the lock order above); null when not in this scope. */
export async function lockAssignmentForChange(tx: ScopedTransaction, key: AssignmentKey): Promise<AssignmentRow | null> {
  return (await lockContractorOf(tx, key)) ? tx.stores.assignments.lock(key) : null;
}

/** Moves an assignment to `to` under its row lock (of two racing moves, the second sees the first's status). */
export async function moveAssignment(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  input: { agencyId: string; assignmentId: string; to: AssignmentStatus; reason?: string },
): Promise<AssignmentRow> {
  const key = { agencyId: input.agencyId, id: input.assignmentId };
  const current = await lockAssignmentForChange(tx, key);
  if (!current) throw new Error(`assignment ${input.assignmentId} does not exist`);
  assertTransition(current.status, input.to);
  const now = deps.now();
  const updated = await tx.stores.assignments.update(key, { status: input.to, updatedAt: now });
  if (!updated) throw new Error('assignment update returned nothing');
  await recordStatusChange(tx, { agencyId: input.agencyId, contractorId: current.contractorId, assignmentId: input.assignmentId, from: current.status, to: input.to, reason: input.reason, at: now });
  await enterStatus(tx, deps, updated);
  return updated;
}

/** What entering a status sets in motion, in the same transaction as the change. */
export async function enterStatus(tx: ScopedTransaction, deps: ServerDependencies, assignment: AssignmentRow): Promise<void> {
  const key = { agencyId: assignment.agencyId, assignmentId: assignment.id };
  switch (assignment.status) {
    case 'AWAITING_OPT_IN':
      await requestOptIn(tx, deps, assignment);
      return;
    case 'AWAITING_PAYMENT':
      await scheduleCharge(tx, deps, key);
      return;
    case 'COVERED': {
      const category = await tx.stores.jobCategories.byId(assignment.jobCategoryId);
      if (!category) throw new Error(`assignment ${assignment.id} has no job category`);
      await recordWebhookEvent(tx, { agencyId: assignment.agencyId, type: 'policy.active', data: policyEventData(assignment, category) });
      await recordWebhookEvent(tx, { agencyId: assignment.agencyId, type: 'assignment.active', data: assignmentEventData(assignment) });
      await issueCertificate(tx, deps, key);
      return;
    }
    case 'CANCELLED':
    case 'OPTED_OUT': {
      const reason = assignment.status === 'CANCELLED' ? 'The assignment was cancelled.' : 'The contractor opted out.';
      if (assignment.status === 'CANCELLED') await recordWebhookEvent(tx, { agencyId: assignment.agencyId, type: 'assignment.cancelled', data: assignmentEventData(assignment) });
      await cancelScheduledCharges(tx, key, reason);
      await voidCertificate(tx, deps, key, reason);
      return;
    }
    default:
      return;
  }
}

/** Rule 3: an opt-in is needed unless the contractor completed one for the same core information. */
export async function optInRequiredFor(
  tx: ScopedTransaction,
  input: { agencyId: string; contractorId: string } & CoreInfo,
): Promise<boolean> {
  const optedIn = await tx.stores.assignments.optedInCoreInfo({ agencyId: input.agencyId, id: input.contractorId });
  return isOptInRequired(input, optedIn);
}

/** Where an assignment goes once its job category is approved (rules 3 and 4). */
export async function statusAfterApproval(tx: ScopedTransaction, assignment: AssignmentRow): Promise<AssignmentStatus> {
  const category = await tx.stores.jobCategories.byId(assignment.jobCategoryId);
  if (!category) throw new Error(`assignment ${assignment.id} has no job category`);
  const optInRequired = await optInRequiredFor(tx, {
    agencyId: assignment.agencyId,
    contractorId: assignment.contractorId,
    jobCategoryId: category.id,
    coverageTypes: category.coverageTypes,
    workState: category.workState,
  });
  return nextStatusAfterApproval({ optInRequired, payer: assignment.payer });
}

/**
 * The daily job: assignments whose end date has passed in their agency's time zone become ENDED. One
 * that cannot be ended does not hold up the others; the job fails after them, to be retried.
 */
export function endFinishedAssignments(deps: ServerDependencies): Promise<number> {
  return asSystem(deps, 'end_finished_assignments', async (access) => {
    const scope = authorize(access, 'assignment:end-finished');
    const due = await scope.stores.assignments.coveredPastTheirEnd(deps.now());
    let ended = 0;
    let failed = 0;
    for (const key of due) {
      try {
        const moved = await scope.transaction(async (tx) => {
          await lockContractorOf(tx, key);
          if (!(await tx.stores.assignments.lockIfCoveredPastItsEnd(key, deps.now()))) return false;
          await moveAssignment(tx, deps, { agencyId: key.agencyId, assignmentId: key.id, to: 'ENDED', reason: STATUS_REASONS.ended });
          return true;
        });
        if (moved) ended++;
      } catch (error) {
        failed++;
        deps.logger.error({ assignmentId: key.id, error: error instanceof Error ? error.message : String(error) }, 'ending an assignment failed');
      }
    }
    if (failed > 0) throw new Error(`${failed} of ${due.length} finished assignments could not be ended`);
    return ended;
  });
}
