// An agency's job categories (job code × coverage types × work state), each with its job code.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { CoverageType, JobCategoryStatus } from '@coverline/domain';
import { byKeys, Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import type { Actor } from '../../access/viewer.js';
import { agencies, assignments, jobCategories, jobCodes } from '../../db/schema.js';
import { isoMicroseconds } from '../../db/timestamps.js';

/** A category's columns and its job code's, as JobCategoryRow holds them (drizzle nests one level, so a join nests them apart). */
export const categoryColumns = {
  id: jobCategories.id,
  agencyId: jobCategories.agencyId,
  status: jobCategories.status,
  coverageTypes: jobCategories.coverageTypes,
  workState: jobCategories.workState,
  createdAt: jobCategories.createdAt,
};
export const jobCodeColumns = { id: jobCodes.id, code: jobCodes.code, title: jobCodes.title };

const withJobCode = { ...categoryColumns, jobCode: jobCodeColumns };

export type JobCategoryRow = {
  id: string;
  agencyId: string;
  status: JobCategoryStatus;
  coverageTypes: CoverageType[];
  workState: string;
  createdAt: Date;
  jobCode: { id: string; code: string; title: string };
};

// A contractor's opt-in form names the categories of their assignments.
const categoryRows = (tenant: Tenant) => tenantWhere(tenant, { agency: jobCategories.agencyId, contractor: 'agency-wide' });

export class JobCategoryStore extends Store {
  byId(id: string): Promise<JobCategoryRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.loader<string, JobCategoryRow | null>('jobCategories.byId', async (ids) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select(withJobCode)
        .from(jobCategories)
        .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
        .where(and(categoryRows(tenant), inArray(jobCategories.id, [...ids])));
      return byKeys(ids, rows, (row) => row.id);
    });
  }

  /** Makes rows joined elsewhere (an assignment's category) answer this request's by-id lookups. */
  remember(category: JobCategoryRow): void {
    this.byIdLoader.prime(category.id, category);
  }

  /** The categories by job code title, then work state; with a page, `limit + 1` of them after its (title, work state, id) key. */
  async list(query: { status?: JobCategoryStatus | null } = {}, page?: { after: string[] | null; limit: number }): Promise<JobCategoryRow[]> {
    const { db, tenant } = await this.open();
    const after = page?.after ? sql`(${jobCodes.title}, ${jobCategories.workState}, ${jobCategories.id}) > (${page.after[0]}, ${page.after[1]}, ${page.after[2]}::uuid)` : undefined;
    const rows = db
      .select(withJobCode)
      .from(jobCategories)
      .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
      .where(and(categoryRows(tenant), query.status ? eq(jobCategories.status, query.status) : undefined, after))
      .orderBy(asc(jobCodes.title), asc(jobCategories.workState), asc(jobCategories.id));
    return page ? rows.limit(page.limit + 1) : rows;
  }

  async count(query: { status?: JobCategoryStatus | null }): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ n: count() })
      .from(jobCategories)
      .where(and(categoryRows(tenant), query.status ? eq(jobCategories.status, query.status) : undefined));
    return row?.n ?? 0;
  }

  /** The agency's category for this combination, created PENDING_APPROVAL when it does not exist yet. */
  async findOrPropose(input: { agencyId: string; jobCodeId: string; coverageTypes: CoverageType[]; workState: string }, requestedBy: Actor): Promise<JobCategoryRow> {
    const { db, tenant } = await this.open();
    const coverageTypes = [...new Set(input.coverageTypes)].sort();
    await db
      .insert(jobCategories)
      .values({ agencyId: input.agencyId, jobCodeId: input.jobCodeId, coverageTypes, workState: input.workState, status: 'PENDING_APPROVAL', requestedByType: requestedBy.actorType, requestedById: requestedBy.actorId })
      .onConflictDoNothing();
    const [category] = await db
      .select(withJobCode)
      .from(jobCategories)
      .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
      .where(
        and(
          categoryRows(tenant),
          eq(jobCategories.agencyId, input.agencyId),
          eq(jobCategories.jobCodeId, input.jobCodeId),
          eq(jobCategories.workState, input.workState),
          eq(jobCategories.coverageTypes, coverageTypes),
        ),
      );
    if (!category) throw new Error('job category upsert returned nothing');
    return category;
  }

  /** The proposed categories the scope reaches (the operator: all agencies'), oldest first, with what waits on it: `limit + 1` after the (created at, id) key. */
  async awaitingApproval(page: { after: [string, string] | null; limit: number }) {
    const { db, tenant } = await this.open();
    const waiting = db
      .select({ agencyId: assignments.agencyId, jobCategoryId: assignments.jobCategoryId, waitingAssignmentCount: count().as('waiting_assignment_count') })
      .from(assignments)
      .where(and(tenantWhere(tenant, { agency: assignments.agencyId }), eq(assignments.status, 'PENDING_APPROVAL')))
      .groupBy(assignments.agencyId, assignments.jobCategoryId)
      .as('waiting');
    const after = page.after ? sql`(${jobCategories.createdAt}, ${jobCategories.id}) > (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)` : undefined;
    const rows = await db
      .select({ ...withJobCode, agencyName: agencies.name, waitingAssignmentCount: waiting.waitingAssignmentCount, cursorAt: isoMicroseconds(jobCategories.createdAt) })
      .from(jobCategories)
      .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
      .innerJoin(agencies, eq(agencies.id, jobCategories.agencyId))
      .leftJoin(waiting, and(eq(waiting.agencyId, jobCategories.agencyId), eq(waiting.jobCategoryId, jobCategories.id)))
      .where(and(categoryRows(tenant), eq(jobCategories.status, 'PENDING_APPROVAL'), after))
      .orderBy(asc(jobCategories.createdAt), asc(jobCategories.id))
      .limit(page.limit + 1);
    return rows.map(({ agencyName, waitingAssignmentCount, cursorAt, ...category }) => ({
      category,
      agencyId: category.agencyId,
      agencyName,
      waitingAssignmentCount: Number(waitingAssignmentCount ?? 0),
      cursorAt,
    }));
  }

  async awaitingApprovalCount(): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db.select({ n: count() }).from(jobCategories).where(and(categoryRows(tenant), eq(jobCategories.status, 'PENDING_APPROVAL')));
    return row?.n ?? 0;
  }

  /** PENDING_APPROVAL → APPROVED or REJECTED; false when it was decided already (of two racing decisions, one wins). */
  async decide(category: { agencyId: string; id: string }, decision: { status: 'APPROVED' | 'REJECTED'; by: Actor; at: Date }): Promise<boolean> {
    const { db, tenant } = await this.open();
    const decided = await db
      .update(jobCategories)
      .set({ status: decision.status, decidedByType: decision.by.actorType, decidedById: decision.by.actorId, decidedAt: decision.at })
      .where(and(categoryRows(tenant), eq(jobCategories.agencyId, category.agencyId), eq(jobCategories.id, category.id), eq(jobCategories.status, 'PENDING_APPROVAL')))
      .returning({ id: jobCategories.id });
    return decided.length === 1;
  }
}
