// Certificates of insurance, as the scope reaches them: an agency's, a contractor's own (the insured),
// a facility's (the holder), every one for the system. A number printed on a PDF finds its tenant
// through the certificate_numbers directory; the master policies are reference data.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { CoverageType } from '@coverline/domain';
import { byKeys, groupedByKeys, Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import { isUniqueViolation } from '../../db/errors.js';
import { certificateNumbers, certificates, policies } from '../../db/schema.js';

export type CertificateSummary = { id: string; assignmentId: string; number: string; status: 'VALID' | 'VOID'; issuedAt: Date };
/** A certificate with whom it names and when it was voided (its webhook events). */
export type CertificateRecord = CertificateSummary & { contractorId: string; facilityId: string | null; voidedAt: Date | null };
export type PolicyRow = typeof policies.$inferSelect;
type AssignmentKey = { agencyId: string; assignmentId: string };

const certificateRows = (tenant: Tenant) =>
  tenantWhere(tenant, {
    agency: certificates.agencyId,
    contractor: (contractorId) => eq(certificates.contractorId, contractorId),
    facility: grantedFacilityRows(certificates.agencyId, certificates.facilityId),
  });

const summary = { id: certificates.id, assignmentId: certificates.assignmentId, number: certificates.number, status: certificates.status, issuedAt: certificates.issuedAt };

/** The certificate a printed number names, with the directory's help. */
const byNumber = (number: string) => and(eq(certificateNumbers.number, number), eq(certificates.agencyId, certificateNumbers.agencyId), eq(certificates.id, certificateNumbers.certificateId));

export class CertificateStore extends Store {
  /** The certificate of an assignment: the valid one, else the latest voided one; null when it never was covered. */
  forAssignment(assignmentId: string): Promise<CertificateSummary | null> {
    return this.forAssignmentLoader.load(assignmentId);
  }

  private get forAssignmentLoader() {
    return this.loader<string, CertificateSummary | null>('certificates.forAssignment', async (assignmentIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .selectDistinctOn([certificates.assignmentId], summary)
        .from(certificates)
        .where(and(certificateRows(tenant), inArray(certificates.assignmentId, [...assignmentIds])))
        .orderBy(certificates.assignmentId, sql`${certificates.status} = 'VALID' desc`, desc(certificates.issuedAt));
      return byKeys(assignmentIds, rows, (row) => row.assignmentId);
    });
  }

  /** Every certificate of an assignment, newest first, one statement per batch of assignments. */
  allForAssignment(assignmentId: string): Promise<CertificateSummary[]> {
    return this.allForAssignmentLoader.load(assignmentId);
  }

  /** What a query that read an assignment's certificates (newest first) already knows: `allForAssignment` answers it without a statement. */
  knowAllForAssignment(assignmentId: string, rows: CertificateSummary[]): void {
    this.allForAssignmentLoader.prime(assignmentId, rows);
  }

  private get allForAssignmentLoader() {
    return this.loader<string, CertificateSummary[]>('certificates.allForAssignment', async (assignmentIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select(summary)
        .from(certificates)
        .where(and(certificateRows(tenant), inArray(certificates.assignmentId, [...assignmentIds])))
        .orderBy(desc(certificates.issuedAt), desc(certificates.id));
      return groupedByKeys(assignmentIds, rows, (row) => row.assignmentId);
    });
  }

  async validNumberOf(assignment: AssignmentKey): Promise<string | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ number: certificates.number })
      .from(certificates)
      .where(and(certificateRows(tenant), eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.assignmentId), eq(certificates.status, 'VALID')));
    return row?.number ?? null;
  }

  /**
   * Stores an issued certificate and its number in the directory, in a savepoint; null when the
   * number is taken already (the caller draws another), leaving the transaction usable.
   */
  async insert(values: Omit<typeof certificates.$inferInsert, 'id'>): Promise<{ id: string } | null> {
    const db = await this.db();
    try {
      return await db.transaction(async (savepoint) => {
        const [row] = await savepoint.insert(certificates).values(values).returning({ id: certificates.id });
        if (!row) throw new Error('certificate insert returned nothing');
        await savepoint.insert(certificateNumbers).values({ number: values.number, agencyId: values.agencyId, certificateId: row.id, createdAt: values.createdAt });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'certificate_numbers_pkey') || isUniqueViolation(error, 'certificates_agency_number_key')) return null;
      throw error;
    }
  }

  /** Voids the assignment's valid certificate; null when it has none. */
  async voidValid(assignment: AssignmentKey, reason: string, at: Date): Promise<CertificateRecord | null> {
    const { db, tenant } = await this.open();
    const [voided] = await db
      .update(certificates)
      .set({ status: 'VOID', voidedAt: at, voidReason: reason })
      .where(and(certificateRows(tenant), eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.assignmentId), eq(certificates.status, 'VALID')))
      .returning({
        id: certificates.id,
        assignmentId: certificates.assignmentId,
        contractorId: certificates.contractorId,
        facilityId: certificates.facilityId,
        number: certificates.number,
        status: certificates.status,
        issuedAt: certificates.issuedAt,
        voidedAt: certificates.voidedAt,
      });
    return voided ?? null;
  }

  /** The stored certificate behind a printed number, if this scope reaches it. */
  async byNumber(number: string) {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({
        id: certificates.id,
        agencyId: certificates.agencyId,
        number: certificates.number,
        status: certificates.status,
        issuedAt: certificates.issuedAt,
        voidedAt: certificates.voidedAt,
        snapshot: certificates.snapshot,
        signature: certificates.signature,
        pdf: certificates.pdf,
        pdfSha256: certificates.pdfSha256,
      })
      .from(certificateNumbers)
      .innerJoin(certificates, byNumber(number))
      .where(certificateRows(tenant));
    return row ?? null;
  }

  /** The stored PDFs of these certificates (all of one agency), by certificate id: a ZIP reads them a batch at a time. */
  async pdfs(agencyId: string, certificateIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (certificateIds.length === 0) return new Map();
    const { db, tenant } = await this.open();
    const rows = await db
      .select({ id: certificates.id, pdf: certificates.pdf })
      .from(certificates)
      .where(and(certificateRows(tenant), eq(certificates.agencyId, agencyId), inArray(certificates.id, [...certificateIds])));
    return new Map(rows.map((row) => [row.id, row.pdf]));
  }

  /** For each coverage type, the master policy whose period contains the whole assignment (the latest, if several do). */
  async policiesCovering(coverageTypes: readonly CoverageType[], period: { effectiveDate: string; endDate: string }): Promise<Map<CoverageType, PolicyRow>> {
    const db = await this.db();
    const rows = await db
      .selectDistinctOn([policies.coverageType])
      .from(policies)
      .where(and(inArray(policies.coverageType, [...coverageTypes]), lte(policies.periodStart, period.effectiveDate), gte(policies.periodEnd, period.endDate)))
      .orderBy(policies.coverageType, desc(policies.periodStart), asc(policies.policyNumber));
    return new Map(rows.map((row) => [row.coverageType, row]));
  }
}
