// Job categories: an agency's approved (or proposed) job code × coverage types × work state.
// Approval by an operator lets the assignments waiting on it move on by themselves.
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { moveAssignment, statusAfterApproval } from '../assignment-lifecycle/assignment-lifecycle.js';
import { recordAudit } from '../audit/audit.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';

export function listJobCategories(access: Access) {
  return authorize(access, 'job-category:read').stores.jobCategories.list();
}

/** Every agency's proposed categories, oldest first: the operator's review queue. */
export function listJobCategoriesAwaitingApproval(access: Access) {
  return authorize(access, 'job-category:decide').stores.jobCategories.awaitingApproval();
}

export async function decideJobCategory(access: Access, input: { id: string; approve: boolean; reason?: string | null }) {
  const scope = authorize(access, 'job-category:decide');
  const { deps } = access;
  return scope.transaction(async (tx) => {
    const category = await tx.stores.jobCategories.byId(input.id);
    if (!category) throw notFound('Job category');
    const status = input.approve ? 'APPROVED' : 'REJECTED';
    if (!(await tx.stores.jobCategories.decide(category, { status, by: scope.actor, at: deps.now() }))) {
      throw badUserInput('id', `This job category is already ${category.status === 'APPROVED' ? 'approved' : 'rejected'}.`, 'CATEGORY_ALREADY_DECIDED');
    }
    await recordAudit(tx, {
      action: `job_category.${input.approve ? 'approve' : 'reject'}`,
      agencyId: category.agencyId,
      targetType: 'job_category',
      targetId: category.id,
      data: input.reason ? { reason: input.reason } : {},
    });
    for (const assignment of await tx.stores.assignments.waitingOnCategory(category)) {
      const to = input.approve ? await statusAfterApproval(tx, assignment) : 'CANCELLED';
      const reason = input.approve ? STATUS_REASONS.categoryApproved : STATUS_REASONS.categoryRejected(input.reason);
      await moveAssignment(tx, deps, { agencyId: assignment.agencyId, assignmentId: assignment.id, to, reason });
    }
    return { ...category, status };
  });
}
