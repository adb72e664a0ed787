// The Compliance Hub's rows: a facility's covered assignments, each with its valid certificate and
// contractor, filtered by date ranges and paged by (effective date, id), newest first; and what the
// bulk download and reconciliation read of them.
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { CoverageType, FacilityAssignmentFilter } from '@coverline/domain';
import { Store } from '../../access/store.js';
import type { Tenant } from '../../access/tenant.js';
import { assignments, certificates, contractors, jobCodeRates, jobCodes } from '../../db/schema.js';
import { assignmentRows } from '../assignments/assignments.store.js';

type FacilityKey = { agencyId: string; id: string };

/**
 * The statuses of an assignment whose coverage bound: exactly those with a valid certificate (it is
 * issued in the transaction that binds coverage, and voided only with a move to CANCELLED or when
 * an extension reissues it), so rows can be counted without reading certificates.
 */
const WITH_CERTIFICATE = ['COVERED', 'ENDED'] as const;

/** The statuses of an assignment that was ever issued a certificate: a cancellation voids it. */
const WITH_ISSUED_CERTIFICATE = [...WITH_CERTIFICATE, 'CANCELLED'] as const;

/** The rows of a facility the filter selects: covered assignments (each with its valid certificate). */
function facilityRows(tenant: Tenant, facility: FacilityKey, filter: FacilityAssignmentFilter): SQL | undefined {
  return and(
    assignmentRows(tenant),
    eq(assignments.agencyId, facility.agencyId),
    eq(assignments.facilityId, facility.id),
    inArray(assignments.status, WITH_CERTIFICATE),
    filter.effectiveFrom ? gte(assignments.effectiveDate, filter.effectiveFrom) : undefined,
    filter.effectiveTo ? lte(assignments.effectiveDate, filter.effectiveTo) : undefined,
    filter.endFrom ? gte(assignments.endDate, filter.endFrom) : undefined,
    filter.endTo ? lte(assignments.endDate, filter.endTo) : undefined,
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

export type ZipEntryRow = { certificateId: string; agencyId: string; number: string; issuedAt: Date; size: number; firstName: string; lastName: string; effectiveDate: string };

export class FacilityAssignmentStore extends Store {
  /** One page after the cursor's (effective date, id); `limit + 1` rows say whether more follow. */
  async page(facility: FacilityKey, filter: FacilityAssignmentFilter, page: { after: [string, string] | null; limit: number }) {
    const { db, tenant } = await this.open();
    return db
      .select({
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
      })
      .from(assignments)
      .innerJoin(certificates, validCertificate)
      .innerJoin(contractors, ofContractor)
      .where(
        and(
          facilityRows(tenant, facility, filter),
          page.after ? sql`(${assignments.effectiveDate}, ${assignments.id}) < (${page.after[0]}::date, ${page.after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(assignments.effectiveDate), desc(assignments.id))
      .limit(page.limit + 1);
  }

  async count(facility: FacilityKey, filter: FacilityAssignmentFilter): Promise<number> {
    const { db, tenant } = await this.open();
    const [total] = await db.select({ n: count() }).from(assignments).where(facilityRows(tenant, facility, filter));
    return total?.n ?? 0;
  }

  /** What a facility's ZIP holds for a filter, newest first: names and sizes only. */
  async zipEntries(facility: FacilityKey, filter: FacilityAssignmentFilter): Promise<ZipEntryRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select(zipEntryColumns)
      .from(assignments)
      .innerJoin(certificates, validCertificate)
      .innerJoin(contractors, ofContractor)
      .where(facilityRows(tenant, facility, filter))
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
