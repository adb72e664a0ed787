// The Compliance Hub's rows: a facility's covered assignments, each with its valid certificate and
// contractor, filtered by date ranges and the contractor's name, sorted and paged by cursor; and what
// the bulk download and reconciliation read of them.
import { and, asc, count, desc, eq, exists, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { CoverageType, FacilityAssignmentFilter } from '@coverline/domain';
import { Store } from '../../access/store.js';
import type { Tenant } from '../../access/tenant.js';
import { assignments, certificates, contractors, facilities, jobCodeRates, jobCodes } from '../../db/schema.js';
import { containsPattern } from '../../db/search.js';
import { assignmentRows } from '../assignments/assignments.store.js';
import { facilityRows as visibleFacilities } from '../facilities/facilities.store.js';

type FacilityKey = { agencyId: string; id: string };

/**
 * The statuses of an assignment whose coverage bound: exactly those with a valid certificate (it is
 * issued in the transaction that binds coverage, and voided only with a move to CANCELLED or when
 * an extension reissues it), so rows can be counted without reading certificates.
 */
const WITH_CERTIFICATE = ['COVERED', 'ENDED'] as const;

/** The statuses of an assignment that was ever issued a certificate: a cancellation voids it. */
const WITH_ISSUED_CERTIFICATE = [...WITH_CERTIFICATE, 'CANCELLED'] as const;

/** What selects a facility's rows, already checked: the date bounds, and part of the contractor's name. */
export type FacilityAssignmentQuery = { filter: FacilityAssignmentFilter; search?: string | null };

export type FacilityAssignmentOrder = { field: 'EFFECTIVE_DATE' | 'END_DATE' | 'CONTRACTOR'; direction: 'ASC' | 'DESC' };

/** The values of the order's sort key a page starts after, the row's id last. */
export type FacilityAssignmentCursor = readonly string[];

/** What a value of a sort key is: how the cursor's text is checked and cast. */
export type SortKeyType = 'date' | 'uuid' | 'text';

/** What a cursor is made of: the page's last row's sort-key values. */
export type CursorRow = { id: string; effectiveDate: string; endDate: string; firstName: string; lastName: string };

type SortKeyPart = { column: AnyPgColumn; type: SortKeyType; of: (row: CursorRow) => string };

const byId: SortKeyPart = { column: assignments.id, type: 'uuid', of: (row) => row.id };
const byEffectiveDate: SortKeyPart = { column: assignments.effectiveDate, type: 'date', of: (row) => row.effectiveDate };

/** The order's sort key, ending in the assignment id so that no two rows tie and a cursor resumes exactly. */
function sortKey(order: FacilityAssignmentOrder): SortKeyPart[] {
  switch (order.field) {
    case 'EFFECTIVE_DATE':
      return [byEffectiveDate, byId];
    case 'END_DATE':
      return [{ column: assignments.endDate, type: 'date', of: (row) => row.endDate }, byId];
    case 'CONTRACTOR':
      // One contractor's shifts stay together, in date order.
      return [
        { column: contractors.lastName, type: 'text', of: (row) => row.lastName },
        { column: contractors.firstName, type: 'text', of: (row) => row.firstName },
        byEffectiveDate,
        byId,
      ];
  }
}

/** What each value of a cursor of the order is. */
export const cursorTypes = (order: FacilityAssignmentOrder): SortKeyType[] => sortKey(order).map((part) => part.type);

/** The values of a row's sort key in the order: its cursor. */
export const cursorOf = (order: FacilityAssignmentOrder, row: CursorRow): string[] => sortKey(order).map((part) => part.of(row));

/** The rows after the cursor in the order, as one row comparison over the sort key. */
function afterCursor(order: FacilityAssignmentOrder, cursor: FacilityAssignmentCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  const key = sortKey(order);
  const values = key.map((part, i) => sql`${cursor[i]}::${sql.raw(part.type)}`);
  return sql`(${sql.join(key.map((part) => part.column), sql`, `)}) ${sql.raw(order.direction === 'ASC' ? '>' : '<')} (${sql.join(values, sql`, `)})`;
}

function orderColumns(order: FacilityAssignmentOrder): SQL[] {
  const by = order.direction === 'ASC' ? asc : desc;
  return sortKey(order).map((part) => by(part.column));
}

/** Whether the assignment's contractor's "First Last" contains the search, its wildcards taken literally. */
function contractorNamed(search: string): SQL {
  return exists(
    sql`(select 1 from ${contractors} where ${contractors.agencyId} = ${assignments.agencyId} and ${contractors.id} = ${assignments.contractorId} and (${contractors.firstName} || ' ' || ${contractors.lastName}) ilike ${containsPattern(search)})`,
  );
}

/** The rows of a facility the query selects: covered assignments (each with its valid certificate). */
function facilityRows(tenant: Tenant, facility: FacilityKey, { filter, search }: FacilityAssignmentQuery): SQL | undefined {
  return and(
    assignmentRows(tenant),
    eq(assignments.agencyId, facility.agencyId),
    eq(assignments.facilityId, facility.id),
    inArray(assignments.status, WITH_CERTIFICATE),
    filter.effectiveFrom ? gte(assignments.effectiveDate, filter.effectiveFrom) : undefined,
    filter.effectiveTo ? lte(assignments.effectiveDate, filter.effectiveTo) : undefined,
    filter.endFrom ? gte(assignments.endDate, filter.endFrom) : undefined,
    filter.endTo ? lte(assignments.endDate, filter.endTo) : undefined,
    search ? contractorNamed(search) : undefined,
  );
}

/** Joins an assignment to its valid certificate: only covered assignments have one. */
const validCertificate = and(eq(certificates.agencyId, assignments.agencyId), eq(certificates.assignmentId, assignments.id), eq(certificates.status, 'VALID'));
const ofContractor = and(eq(contractors.agencyId, assignments.agencyId), eq(contractors.id, assignments.contractorId));

/** What a ZIP entry needs of a certificate joined to its assignment and contractor: never the PDF itself. */
const zipEntryColumns = {
  certificateId: certificates.id,
  agencyId: certificates.agencyId,
  number: certificates.number,
  issuedAt: certificates.issuedAt,
  size: sql<number>`octet_length(${certificates.pdf})`.mapWith(Number),
  firstName: contractors.firstName,
  lastName: contractors.lastName,
  effectiveDate: assignments.effectiveDate,
};

/** A certificate of a Hub row's history as the page's statement reads it (JSON: the time as text). */
export type CertificateHistoryEntry = { id: string; number: string; status: 'VALID' | 'VOID'; issuedAt: string };

export type ZipEntryRow = { certificateId: string; agencyId: string; number: string; issuedAt: Date; size: number; firstName: string; lastName: string; effectiveDate: string };

export class FacilityAssignmentStore extends Store {
  /**
   * One page in the order, after the cursor; `limit + 1` rows say whether more follow. Each row also
   * carries what the page shows beside the rows, so one statement answers it: every row the query
   * selects on all pages (`totalCount`), and whether the facility offers its ZIP (null: a facility the
   * scope does not reach); and, when asked for, its assignment's certificate history (null when not).
   */
  async page(
    facility: FacilityKey,
    query: FacilityAssignmentQuery,
    order: FacilityAssignmentOrder,
    page: { after: FacilityAssignmentCursor | null; limit: number; withCertificateHistory: boolean },
  ) {
    const { db, tenant } = await this.open();
    // Scalar subqueries without a reference to the outer row: PostgreSQL runs each once (an InitPlan).
    const totalCount = sql<number>`(select count(*) from ${assignments} where ${facilityRows(tenant, facility, query)})`.mapWith(Number);
    const bulkDownloadEnabled = sql<boolean | null>`(select ${facilities.bulkDownloadEnabled} from ${facilities} where ${and(visibleFacilities(tenant), eq(facilities.agencyId, facility.agencyId), eq(facilities.id, facility.id))})`;
    // Every certificate of the row's assignment, newest first (the valid one and those it replaced), so the
    // page's certificate histories come with its rows instead of a statement of their own. A subquery per
    // row: a query that does not show the history does not pay for it.
    const certificateHistory = page.withCertificateHistory
      ? sql<CertificateHistoryEntry[] | null>`(select coalesce(json_agg(json_build_object('id', history.id, 'number', history.number, 'status', history.status, 'issuedAt', history.issued_at) order by history.issued_at desc, history.id desc), '[]'::json)
      from ${certificates} history where history.agency_id = ${assignments.agencyId} and history.assignment_id = ${assignments.id})`
      : sql<CertificateHistoryEntry[] | null>`null`;
    return db
      .select({
        totalCount,
        bulkDownloadEnabled,
        id: assignments.id,
        firstName: contractors.firstName,
        lastName: contractors.lastName,
        effectiveDate: assignments.effectiveDate,
        endDate: assignments.endDate,
        jobName: assignments.jobName,
        certificateId: certificates.id,
        number: certificates.number,
        certificateStatus: certificates.status,
        issuedAt: certificates.issuedAt,
        certificateHistory,
      })
      .from(assignments)
      .innerJoin(certificates, validCertificate)
      .innerJoin(contractors, ofContractor)
      .where(and(facilityRows(tenant, facility, query), afterCursor(order, page.after)))
      .orderBy(...orderColumns(order))
      .limit(page.limit + 1);
  }

  async count(facility: FacilityKey, query: FacilityAssignmentQuery): Promise<number> {
    const { db, tenant } = await this.open();
    const [total] = await db.select({ n: count() }).from(assignments).where(facilityRows(tenant, facility, query));
    return total?.n ?? 0;
  }

  /** What a facility's ZIP holds for a query, newest first: names and sizes only. */
  async zipEntries(facility: FacilityKey, query: FacilityAssignmentQuery): Promise<ZipEntryRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select(zipEntryColumns)
      .from(assignments)
      .innerJoin(certificates, validCertificate)
      .innerJoin(contractors, ofContractor)
      .where(facilityRows(tenant, facility, query))
      .orderBy(desc(assignments.effectiveDate), desc(assignments.id));
  }

  /** The ZIP entries of these certificates of one agency, whatever their status now. */
  async zipEntriesOf(agencyId: string, numbers: readonly string[]): Promise<ZipEntryRow[]> {
    if (numbers.length === 0) return [];
    const { db, tenant } = await this.open();
    return db
      .select(zipEntryColumns)
      .from(certificates)
      .innerJoin(assignments, and(eq(assignments.agencyId, certificates.agencyId), eq(assignments.id, certificates.assignmentId)))
      .innerJoin(contractors, ofContractor)
      .where(and(assignmentRows(tenant), eq(certificates.agencyId, agencyId), inArray(certificates.number, [...numbers])));
  }

  /**
   * Every certificate issued for the facility's assignments, valid and voided (a voided one covers
   * nothing, but a reconciliation says so), with the dates, work state and job code printed on it:
   * what reconciliation matches against, oldest first.
   */
  async coverages(facility: FacilityKey) {
    const { db, tenant } = await this.open();
    const operations = sql`${certificates.snapshot}->'operations'`;
    return db
      .select({
        assignmentId: assignments.id,
        contractorId: contractors.id,
        firstName: contractors.firstName,
        lastName: contractors.lastName,
        contractorEmail: contractors.email,
        effectiveDate: sql<string>`${operations}->>'effectiveDate'`,
        endDate: sql<string>`${operations}->>'endDate'`,
        workState: sql<string>`${operations}->>'workState'`,
        jobCode: sql<string>`${operations}->>'jobCode'`,
        coverageTypes: sql<CoverageType[]>`array(select jsonb_array_elements(${certificates.snapshot}->'coverages')->>'coverageType')`,
        wcClassCode: jobCodes.wcClassCode,
        glClassCode: jobCodes.glClassCode,
        certificateNumber: certificates.number,
        voidedAt: certificates.voidedAt,
      })
      .from(assignments)
      .innerJoin(certificates, and(eq(certificates.agencyId, assignments.agencyId), eq(certificates.assignmentId, assignments.id)))
      .innerJoin(contractors, ofContractor)
      .leftJoin(jobCodes, eq(jobCodes.code, sql`${operations}->>'jobCode'`))
      .where(and(assignmentRows(tenant), eq(assignments.agencyId, facility.agencyId), eq(assignments.facilityId, facility.id), inArray(assignments.status, WITH_ISSUED_CERTIFICATE)))
      .orderBy(asc(assignments.effectiveDate), asc(assignments.id), asc(certificates.issuedAt));
  }

  /** The platform's rates of these job codes, every state and coverage: what an unmatched payment is priced at. */
  async classRates(codes: readonly string[]) {
    if (codes.length === 0) return [];
    const { db } = await this.open();
    return db
      .select({ jobCode: jobCodes.code, state: jobCodeRates.state, coverageType: jobCodeRates.coverageType, rate: jobCodeRates.rate })
      .from(jobCodeRates)
      .innerJoin(jobCodes, eq(jobCodes.id, jobCodeRates.jobCodeId))
      .where(inArray(jobCodes.code, [...codes]));
  }
}
