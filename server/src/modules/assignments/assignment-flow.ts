// Where an assignment goes next (rules 3 and 4) and what entering each status sets in motion:
// an opt-in link, a payment notice, a certificate, or the cancellation of what was pending.
import { and, eq } from 'drizzle-orm';
import { isOptInRequired, nextStatusAfterApproval, type AssignmentStatus, type CoverageType } from '@coverline/domain';
import type { Executor, Transaction } from '../../db/client.js';
import { assignments, certificates, jobCategories, optIns } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { issueCertificate } from '../certificates/certificates.service.js';
import { requestOptIn } from '../opt-ins/opt-ins.service.js';
import { cancelScheduledCharges, scheduleCharge } from '../payments/payments.service.js';
import type { AssignmentRow, StatusChangeBy } from './assignment-status.js';

type CoreInfo = { jobCategoryId: string; coverageTypes: CoverageType[]; workState: string };

/** Rule 3: an opt-in is needed unless the contractor completed one for the same core information. */
export async function optInRequiredFor(executor: Executor, input: { agencyId: string; contractorId: string } & CoreInfo): Promise<boolean> {
  const optedIn = await executor
    .select({ jobCategoryId: jobCategories.id, coverageTypes: jobCategories.coverageTypes, workState: jobCategories.workState })
    .from(assignments)
    .innerJoin(optIns, and(eq(optIns.agencyId, assignments.agencyId), eq(optIns.id, assignments.optInId)))
    .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
    .where(and(eq(assignments.agencyId, input.agencyId), eq(assignments.contractorId, input.contractorId), eq(optIns.status, 'COMPLETED')));
  return isOptInRequired(input, optedIn);
}

async function coreInfoOf(executor: Executor, assignment: AssignmentRow): Promise<CoreInfo> {
  const category = await executor.query.jobCategories.findFirst({
    where: and(eq(jobCategories.agencyId, assignment.agencyId), eq(jobCategories.id, assignment.jobCategoryId)),
  });
  if (!category) throw new Error(`assignment ${assignment.id} has no job category`);
  return { jobCategoryId: category.id, coverageTypes: category.coverageTypes, workState: category.workState };
}

export async function statusAfterApproval(executor: Executor, assignment: AssignmentRow): Promise<AssignmentStatus> {
  const core = await coreInfoOf(executor, assignment);
  const optInRequired = await optInRequiredFor(executor, { agencyId: assignment.agencyId, contractorId: assignment.contractorId, ...core });
  return nextStatusAfterApproval({ optInRequired, payer: assignment.payer });
}

/** What entering a status sets in motion, in the same transaction as the change. */
export async function onStatusEntered(tx: Transaction, deps: ServerDependencies, by: StatusChangeBy, assignment: AssignmentRow): Promise<void> {
  const key = { agencyId: assignment.agencyId, assignmentId: assignment.id };
  switch (assignment.status) {
    case 'AWAITING_OPT_IN':
      await requestOptIn(tx, deps, by, assignment);
      return;
    case 'AWAITING_PAYMENT':
      await scheduleCharge(tx, deps, by, key);
      return;
    case 'COVERED':
      await issueCertificate(tx, deps, key);
      return;
    case 'CANCELLED':
    case 'OPTED_OUT':
      await cancelScheduledCharges(tx, deps, key);
      await voidCertificate(tx, deps, key, assignment.status === 'CANCELLED' ? 'The assignment was cancelled.' : 'The contractor opted out.');
      return;
    default:
      return;
  }
}

/** Certificates are never edited: one that no longer holds is voided (and a new one issued if needed). */
export async function voidCertificate(tx: Transaction, deps: ServerDependencies, key: { agencyId: string; assignmentId: string }, reason: string): Promise<boolean> {
  const voided = await tx
    .update(certificates)
    .set({ status: 'VOID', voidedAt: deps.now(), voidReason: reason })
    .where(and(eq(certificates.agencyId, key.agencyId), eq(certificates.assignmentId, key.assignmentId), eq(certificates.status, 'VALID')))
    .returning({ id: certificates.id });
  return voided.length > 0;
}
