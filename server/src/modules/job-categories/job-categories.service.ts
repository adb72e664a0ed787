// Job categories: an agency's approved (or proposed) job code × coverage types × work state.
// Approval by an operator lets the assignments waiting on it move on by themselves.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { CoverageType } from '@coverline/domain';
import type { Executor } from '../../db/client.js';
import { agencies, assignments, jobCategories, jobCodes } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import type { AgencyViewer, SignedInViewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { moveAssignment } from '../assignments/assignment-status.js';
import { statusAfterApproval } from '../assignments/assignment-flow.js';

const withJobCode = { id: jobCategories.id, agencyId: jobCategories.agencyId, status: jobCategories.status, coverageTypes: jobCategories.coverageTypes, workState: jobCategories.workState, createdAt: jobCategories.createdAt, jobCode: { id: jobCodes.id, code: jobCodes.code, title: jobCodes.title } };

export async function listJobCategories(ctx: Context, viewer: AgencyViewer) {
  return ctx.deps.db
    .select(withJobCode)
    .from(jobCategories)
    .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
    .where(eq(jobCategories.agencyId, viewer.agencyId))
    .orderBy(asc(jobCodes.title), asc(jobCategories.workState));
}

/** Every agency's proposed categories, oldest first: the operator's review queue. */
export async function listJobCategoriesAwaitingApproval(ctx: Context) {
  const waiting = ctx.deps.db
    .select({ jobCategoryId: assignments.jobCategoryId, waitingAssignmentCount: count().as('waiting_assignment_count') })
    .from(assignments)
    .where(eq(assignments.status, 'PENDING_APPROVAL'))
    .groupBy(assignments.jobCategoryId)
    .as('waiting');
  const rows = await ctx.deps.db
    .select({ ...withJobCode, agencyName: agencies.name, waitingAssignmentCount: waiting.waitingAssignmentCount })
    .from(jobCategories)
    .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
    .innerJoin(agencies, eq(agencies.id, jobCategories.agencyId))
    .leftJoin(waiting, eq(waiting.jobCategoryId, jobCategories.id))
    .where(eq(jobCategories.status, 'PENDING_APPROVAL'))
    .orderBy(asc(jobCategories.createdAt), asc(jobCategories.id));
  return rows.map(({ agencyName, waitingAssignmentCount, ...category }) => ({
    category,
    agencyId: category.agencyId,
    agencyName,
    waitingAssignmentCount: Number(waitingAssignmentCount ?? 0),
  }));
}

export async function findJobCategory(executor: Executor, key: { agencyId?: string; id: string }) {
  if (!z.uuid().safeParse(key.id).success) return undefined;
  const [row] = await executor
    .select(withJobCode)
    .from(jobCategories)
    .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
    .where(and(eq(jobCategories.id, key.id), key.agencyId ? eq(jobCategories.agencyId, key.agencyId) : undefined));
  return row;
}

/** The agency's category for this combination, created PENDING_APPROVAL when it does not exist yet. */
export async function findOrProposeJobCategory(
  tx: Executor,
  by: { viewer: AgencyViewer; ip: string | null },
  input: { jobCodeId: string; coverageTypes: CoverageType[]; workState: string },
) {
  const agencyId = by.viewer.agencyId;
  const jobCode = z.uuid().safeParse(input.jobCodeId).success
    ? await tx.query.jobCodes.findFirst({ where: eq(jobCodes.id, input.jobCodeId) })
    : undefined;
  if (!jobCode) throw badUserInput('newJobCategory.jobCodeId', 'Choose a job code from the catalogue.');
  const coverageTypes = [...new Set(input.coverageTypes)].sort();
  await tx
    .insert(jobCategories)
    .values({ agencyId, jobCodeId: jobCode.id, coverageTypes, workState: input.workState, status: 'PENDING_APPROVAL', requestedByType: by.viewer.kind === 'AGENCY_MEMBER' ? 'AGENCY_MEMBER' : 'API_KEY', requestedById: by.viewer.kind === 'AGENCY_MEMBER' ? by.viewer.teamMemberId : by.viewer.apiKeyId })
    .onConflictDoNothing();
  const [category] = await tx
    .select(withJobCode)
    .from(jobCategories)
    .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
    .where(
      and(
        eq(jobCategories.agencyId, agencyId),
        eq(jobCategories.jobCodeId, jobCode.id),
        eq(jobCategories.workState, input.workState),
        eq(jobCategories.coverageTypes, coverageTypes),
      ),
    );
  if (!category) throw new Error('job category upsert returned nothing');
  return category;
}

export async function decideJobCategory(ctx: Context, viewer: SignedInViewer, input: { id: string; approve: boolean; reason?: string | null }) {
  const { deps } = ctx;
  return deps.db.transaction(async (tx) => {
    const category = await findJobCategory(tx, { id: input.id });
    if (!category) throw notFound('Job category');
    if (category.status !== 'PENDING_APPROVAL') throw badUserInput('id', `This job category is already ${category.status === 'APPROVED' ? 'approved' : 'rejected'}.`);
    const status = input.approve ? 'APPROVED' : 'REJECTED';
    await tx
      .update(jobCategories)
      .set({ status, decidedByType: 'OPERATOR', decidedById: viewer.kind === 'OPERATOR' ? viewer.apiKeyId : null, decidedAt: deps.now() })
      .where(and(eq(jobCategories.agencyId, category.agencyId), eq(jobCategories.id, category.id)));
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: `job_category.${input.approve ? 'approve' : 'reject'}`, agencyId: category.agencyId, targetType: 'job_category', targetId: category.id, data: input.reason ? { reason: input.reason } : {} });
    const waiting = await tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.agencyId, category.agencyId), eq(assignments.jobCategoryId, category.id), inArray(assignments.status, ['PENDING_APPROVAL'])));
    for (const assignment of waiting) {
      const to = input.approve ? await statusAfterApproval(tx, assignment) : 'CANCELLED';
      const reason = input.approve ? 'The job category was approved.' : `The job category was rejected${input.reason ? `: ${input.reason}` : '.'}`;
      await moveAssignment(tx, deps, { viewer, ip: ctx.ip }, { agencyId: assignment.agencyId, assignmentId: assignment.id, to, reason });
    }
    return { ...category, status };
  });
}
