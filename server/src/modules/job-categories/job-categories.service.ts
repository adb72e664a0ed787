// Job categories: an agency's approved (or proposed) job code × coverage types × work state.
// Approval by an operator lets the assignments waiting on it move on by themselves.
import { statusReasonInputSchema, type JobCategoryStatus } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeTextCursor, decodeTimeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { moveAssignment, statusAfterApproval } from '../assignment-lifecycle/assignment-lifecycle.js';
import { recordAudit } from '../audit/audit.js';
import { STATUS_REASONS } from '../assignment-lifecycle/status-reasons.js';
import { jobCategoryEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import type { JobCategoryRow } from './job-categories.store.js';

export function listJobCategories(access: Access) {
  return authorize(access, 'job-category:read').stores.jobCategories.list();
}

/** The agency's categories a page at a time, by job code title and work state, in one status or any. */
export async function pageJobCategories(access: Access, args: { status?: JobCategoryStatus | null; first?: number | null; after?: string | null }) {
  const { stores } = authorize(access, 'job-category:read');
  const limit = pageSize(args.first);
  const after = decodeTextCursor(args.after, 3);
  const query = { status: args.status ?? null };
  const [rows, totalCount] = await Promise.all([stores.jobCategories.list(query, { after, limit }), stores.jobCategories.count(query)]);
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.jobCode.title, row.workState, row.id]), totalCount };
}

/** Every agency's proposed categories, oldest first: the operator's review queue, a page at a time. */
export async function listJobCategoriesAwaitingApproval(access: Access, args: { first?: number | null; after?: string | null }) {
  const { stores } = authorize(access, 'job-category:decide');
  const limit = pageSize(args.first);
  const after = decodeTimeCursor(args.after);
  const [rows, totalCount] = await Promise.all([stores.jobCategories.awaitingApproval({ after, limit }), stores.jobCategories.awaitingApprovalCount()]);
  return { ...toConnection(rows, limit, ({ cursorAt: _, ...entry }) => entry, (row) => [row.cursorAt, row.category.id]), totalCount };
}

export async function decideJobCategory(access: Access, input: { id: string; approve: boolean; reason?: string | null }) {
  const scope = authorize(access, 'job-category:decide');
  const { reason: givenReason } = parseInput(statusReasonInputSchema, { reason: input.reason });
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
      data: givenReason ? { reason: givenReason } : {},
    });
    const decided: JobCategoryRow = { ...category, status };
    await recordWebhookEvent(tx, { agencyId: category.agencyId, type: input.approve ? 'category.approved' : 'category.rejected', data: jobCategoryEventData(decided) });
    for (const assignment of await tx.stores.assignments.waitingOnCategory(category)) {
      const to = input.approve ? await statusAfterApproval(tx, assignment) : 'CANCELLED';
      const reason = input.approve ? STATUS_REASONS.categoryApproved : STATUS_REASONS.categoryRejected(givenReason);
      await moveAssignment(tx, deps, { agencyId: assignment.agencyId, assignmentId: assignment.id, to, reason });
    }
    return decided;
  });
}
