// Assignments and their status history, as the scope reaches them: an agency's all, a contractor's own,
// a facility's (for the Compliance Hub, see facility-assignments.store.ts), every one for the system.
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { AssignmentStatus, CoreInfo, CoverageAssignment } from '@coverline/domain';
import { groupedByKeys, Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, throughOwnAssignment, type Tenant } from '../../access/tenant.js';
import type { Actor } from '../../access/viewer.js';
import { categoryColumns, jobCodeColumns } from '../job-categories/job-categories.store.js';
import { agencySettings, assignments, assignmentStatusChanges, facilities, jobCategories, jobCodes, optIns, purchaseOrders } from '../../db/schema.js';

export type AssignmentRow = typeof assignments.$inferSelect;
export type AssignmentKey = { agencyId: string; id: string };
export type StatusChangeRow = typeof assignmentStatusChanges.$inferSelect;

/** What the assignments list may be narrowed by (already validated). */
export type AssignmentQuery = {
  contractorId?: string;
  status?: AssignmentStatus;
  facilityId?: string;
  missingPoNumber?: boolean;
  effectiveFrom?: string;
  effectiveTo?: string;
  endFrom?: string;
  endTo?: string;
};

export const assignmentRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: assignments.agencyId,
    contractor: (contractorId) => eq(assignments.contractorId, contractorId),
    facility: grantedFacilityRows(assignments.agencyId, assignments.facilityId),
  });

const historyRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: assignmentStatusChanges.agencyId,
    contractor: throughOwnAssignment(assignmentStatusChanges.agencyId, assignmentStatusChanges.assignmentId),
  });

/** Covered, and its end date has passed in its agency's time zone. */
const coveredPastItsEnd = (now: Date) =>
  and(
    eq(assignments.status, 'COVERED'),
    sql`${assignments.endDate} < (${now.toISOString()}::timestamptz at time zone (select ${agencySettings.timeZone} from ${agencySettings} where ${agencySettings.agencyId} = ${assignments.agencyId}))::date`,
  );

/**
 * DESIGN rule 6 in SQL, as countsAsMissingPoNumber in the domain says it: no PO number (absent or
 * blank), its contractor has opted in (completed an opt-in), and neither cancelled nor opted out of.
 * The missing PO numbers box and `assignments(filter: { missingPoNumber: true })` both count this.
 */
export const missingPoNumber: SQL = and(
  or(isNull(assignments.poNumber), eq(sql`trim(${assignments.poNumber})`, '')),
  notInArray(assignments.status, ['CANCELLED', 'OPTED_OUT']),
  sql`exists (select 1 from ${optIns} where ${optIns.agencyId} = ${assignments.agencyId} and ${optIns.contractorId} = ${assignments.contractorId} and ${optIns.status} = 'COMPLETED')`,
) as SQL;

function listConditions(query: AssignmentQuery): (SQL | undefined)[] {
  return [
    query.contractorId ? eq(assignments.contractorId, query.contractorId) : undefined,
    query.status ? eq(assignments.status, query.status) : undefined,
    query.facilityId ? eq(assignments.facilityId, query.facilityId) : undefined,
    query.missingPoNumber === undefined ? undefined : query.missingPoNumber ? missingPoNumber : not(missingPoNumber),
    query.effectiveFrom ? gte(assignments.effectiveDate, query.effectiveFrom) : undefined,
    query.effectiveTo ? lte(assignments.effectiveDate, query.effectiveTo) : undefined,
    query.endFrom ? gte(assignments.endDate, query.endFrom) : undefined,
    query.endTo ? lte(assignments.endDate, query.endTo) : undefined,
  ];
}

const ofKey = (key: AssignmentKey) => and(eq(assignments.agencyId, key.agencyId), eq(assignments.id, key.id));

export class AssignmentStore extends Store {
  byId(id: string): Promise<AssignmentRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('assignments.byId', assignments, 'id', assignmentRows);
  }

  /** A page of the agency's assignments, newest effective date first (then id); `limit + 1` rows say whether more follow. */
  async list(query: AssignmentQuery, page: { after: [string, string] | null; limit: number }): Promise<AssignmentRow[]> {
    const { db, tenant } = await this.open();
    const after = page.after ? sql`(${assignments.effectiveDate}, ${assignments.id}) < (${page.after[0]}::date, ${page.after[1]}::uuid)` : undefined;
    const rows = await db
      .select()
      .from(assignments)
      .where(and(assignmentRows(tenant), ...listConditions(query), after))
      .orderBy(desc(assignments.effectiveDate), desc(assignments.id))
      .limit(page.limit + 1);
    for (const row of rows) this.byIdLoader.prime(row.id, row);
    return rows;
  }

  async count(query: AssignmentQuery): Promise<number> {
    const { db, tenant } = await this.open();
    const [total] = await db.select({ value: count() }).from(assignments).where(and(assignmentRows(tenant), ...listConditions(query)));
    return total?.value ?? 0;
  }

  /** Locks the assignment row for the rest of the transaction and returns it (null: not in this scope). */
  async lock(key: AssignmentKey): Promise<AssignmentRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(assignments).where(and(assignmentRows(tenant), ofKey(key))).for('update');
    return row ?? null;
  }

  /** Whose assignment this is, read without a lock (an assignment's contractor never changes). */
  async contractorOf(key: AssignmentKey): Promise<string | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select({ contractorId: assignments.contractorId }).from(assignments).where(and(assignmentRows(tenant), ofKey(key)));
    return row?.contractorId ?? null;
  }

  /** What a contractor's coverage status is derived from, read now (not from a loader: it must see this transaction's changes). */
  async coverageOf(contractor: { agencyId: string; id: string }): Promise<CoverageAssignment[]> {
    const { db, tenant } = await this.open();
    return db
      .select({ id: assignments.id, status: assignments.status, effectiveDate: assignments.effectiveDate })
      .from(assignments)
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, contractor.agencyId), eq(assignments.contractorId, contractor.id)));
  }

  /**
   * A contractor's work history, newest first. One query for any number of contractors, which also
   * brings each assignment's job category, facility and agency settings, so showing them costs nothing more.
   */
  forContractor(contractorId: string): Promise<AssignmentRow[]> {
    return this.historyLoader.load(contractorId);
  }

  private get historyLoader() {
    return this.loader<string, AssignmentRow[]>('assignments.forContractor', async (contractorIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select({
          assignment: assignments,
          category: categoryColumns,
          jobCode: jobCodeColumns,
          facility: facilities,
          settings: agencySettings,
        })
        .from(assignments)
        .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
        .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
        .innerJoin(agencySettings, eq(agencySettings.agencyId, assignments.agencyId))
        .leftJoin(facilities, and(eq(facilities.agencyId, assignments.agencyId), eq(facilities.id, assignments.facilityId)))
        .where(and(assignmentRows(tenant), inArray(assignments.contractorId, [...contractorIds])))
        .orderBy(desc(assignments.effectiveDate), desc(assignments.createdAt));
      const stores = this.context.stores();
      for (const row of rows) {
        this.byIdLoader.prime(row.assignment.id, row.assignment);
        stores.jobCategories.remember({ ...row.category, jobCode: row.jobCode });
        if (row.facility) stores.facilities.remember(row.facility);
        stores.agencies.rememberSettings(row.settings);
      }
      return groupedByKeys(contractorIds, rows, (row) => row.assignment.contractorId).map((group) => group.map((row) => row.assignment));
    });
  }

  async insert(values: Omit<typeof assignments.$inferInsert, 'id'>): Promise<AssignmentRow> {
    const db = await this.db();
    const [row] = await db.insert(assignments).values(values).returning();
    if (!row) throw new Error('assignment insert returned nothing');
    return row;
  }

  async update(key: AssignmentKey, changes: Partial<Pick<AssignmentRow, 'status' | 'endDate' | 'optInId' | 'poNumber' | 'updatedAt'>>): Promise<AssignmentRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.update(assignments).set(changes).where(and(assignmentRows(tenant), ofKey(key))).returning();
    return row ?? null;
  }

  /** Sets one PO number on several assignments of an agency; returns those it reached. */
  async setPoNumber(agencyId: string, ids: readonly string[], poNumber: string, at: Date): Promise<AssignmentRow[]> {
    const { db, tenant } = await this.open();
    return db
      .update(assignments)
      .set({ poNumber, updatedAt: at })
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, agencyId), inArray(assignments.id, [...ids])))
      .returning();
  }

  /**
   * The purchase order a PO number names, created the first time an assignment uses it. A contact
   * email given sets (or replaces) the one its invoices go to; none leaves it as it was.
   */
  /**
   * Makes sure the agency has the PO number: a given contact becomes its contact (new or not); a new
   * one without a given contact takes the default contact; an existing one keeps its contact.
   */
  async ensurePurchaseOrder(agencyId: string, poNumber: string, at: Date, contact: { contactEmail?: string | undefined; defaultContactEmail: string | null }): Promise<void> {
    const db = await this.db();
    const { contactEmail } = contact;
    const insert = db.insert(purchaseOrders).values({ agencyId, number: poNumber, contactEmail: contactEmail ?? contact.defaultContactEmail, createdAt: at });
    await (contactEmail
      ? insert.onConflictDoUpdate({ target: [purchaseOrders.agencyId, purchaseOrders.number], set: { contactEmail } })
      : insert.onConflictDoNothing());
  }

  /**
   * The assignments that wait on a proposed job category, by contractor: moving them locks each
   * contractor in turn, and two decisions lock shared contractors in the same order.
   */
  async waitingOnCategory(category: { agencyId: string; id: string }): Promise<AssignmentRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(assignments)
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, category.agencyId), eq(assignments.jobCategoryId, category.id), eq(assignments.status, 'PENDING_APPROVAL')))
      .orderBy(asc(assignments.contractorId), asc(assignments.id));
  }

  /** The assignments an opt-in covers that still wait for it. */
  async waitingOnOptIn(optIn: { agencyId: string; id: string }): Promise<AssignmentRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(assignments)
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, optIn.agencyId), eq(assignments.optInId, optIn.id), eq(assignments.status, 'AWAITING_OPT_IN')));
  }

  /** Rule 3's input: the core information of every assignment the contractor completed an opt-in for. */
  async optedInCoreInfo(contractor: { agencyId: string; id: string }): Promise<CoreInfo[]> {
    const { db, tenant } = await this.open();
    return db
      .select({ jobCategoryId: jobCategories.id, coverageTypes: jobCategories.coverageTypes, workState: jobCategories.workState })
      .from(assignments)
      .innerJoin(optIns, and(eq(optIns.agencyId, assignments.agencyId), eq(optIns.id, assignments.optInId)))
      .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, contractor.agencyId), eq(assignments.contractorId, contractor.id), eq(optIns.status, 'COMPLETED')));
  }

  /** Covered assignments whose end date has passed in their agency's time zone (the daily job). */
  async coveredPastTheirEnd(now: Date): Promise<AssignmentKey[]> {
    const { db, tenant } = await this.open();
    return db
      .select({ agencyId: assignments.agencyId, id: assignments.id })
      .from(assignments)
      .where(and(assignmentRows(tenant), coveredPastItsEnd(now)));
  }

  /**
   * Locks the assignment if it is still covered past its end date, else null: PostgreSQL checks the
   * condition again on the row it locked, so an extension committed meanwhile keeps it covered.
   */
  async lockIfCoveredPastItsEnd(key: AssignmentKey, now: Date): Promise<AssignmentRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(assignments).where(and(assignmentRows(tenant), ofKey(key), coveredPastItsEnd(now))).for('update');
    return row ?? null;
  }

  /** Every status change of an assignment, oldest first. */
  statusHistory(assignment: AssignmentKey): Promise<StatusChangeRow[]> {
    return this.statusHistoryLoader.load(assignment.id);
  }

  private get statusHistoryLoader() {
    return this.loader<string, StatusChangeRow[]>('assignments.statusHistory', async (assignmentIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select()
        .from(assignmentStatusChanges)
        .where(and(historyRows(tenant), inArray(assignmentStatusChanges.assignmentId, [...assignmentIds])))
        .orderBy(asc(assignmentStatusChanges.createdAt), asc(assignmentStatusChanges.id));
      return groupedByKeys(assignmentIds, rows, (row) => row.assignmentId);
    });
  }

  async recordStatusChange(change: { agencyId: string; assignmentId: string; from: AssignmentStatus | null; to: AssignmentStatus; by: Actor; reason: string | null; at: Date }): Promise<void> {
    const db = await this.db();
    await db.insert(assignmentStatusChanges).values({
      agencyId: change.agencyId,
      assignmentId: change.assignmentId,
      fromStatus: change.from,
      toStatus: change.to,
      ...change.by,
      reason: change.reason,
      createdAt: change.at,
    });
  }
}
