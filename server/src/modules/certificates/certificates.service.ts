// Certificates of insurance: issued once when an assignment's coverage binds (signed, immutable,
// reproducible byte for byte), verified by number by anyone, and downloaded only by the viewers
// allowed to see the assignment. A certificate that no longer holds is voided, never edited.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import {
  CERTIFICATE_NUMBER_RANDOM_BYTES,
  COVERAGE_TYPE_LABELS,
  formatCertificateNumber,
  normalizeCertificateNumber,
  todayInTimeZone,
  type CoverageType,
} from '@coverline/domain';
import type { Executor, Transaction } from '../../db/client.js';
import {
  agencies,
  agencySettings,
  assignments,
  certificates,
  contractors,
  facilities,
  facilityGrants,
  jobCategories,
  jobCodes,
  policies,
} from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Viewer } from '../../graphql/viewer.js';
import { enqueueMail } from '../../mail/outbox.js';
import { certificateIssuedMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { activeFacilityGrant } from '../facilities/facilities.service.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { certificateSigningKey, signBytes, verifyBytes } from './certificate-signing.js';
import { buildCertificateSnapshot, certificateFileNameOf, signedBytesOf, type CertificateSnapshot, type PolicyFacts } from './certificate-snapshot.js';
import type { Certificate, CertificateVerification } from './certificates.types.js';

const DEFAULT_TIME_ZONE = 'America/New_York';
/** 40 random bits a number: a clash is rare, and then the next attempt draws another. */
const NUMBER_ATTEMPTS = 5;

export function certificateDownloadUrl(deps: Pick<ServerDependencies, 'config'>, number: string): string {
  return `${deps.config.publicUrl}/certificates/${encodeURIComponent(number)}.pdf`;
}

export function certificateVerificationUrl(deps: Pick<ServerDependencies, 'config'>, number: string): string {
  return `${deps.config.publicUrl}/facility/verify/${encodeURIComponent(number)}`;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: unknown; constraint_name?: unknown };
    if (pg.code === '23505' && pg.constraint_name === constraint) return true;
  }
  return false;
}

/** For each coverage type, the master policy whose period contains the whole assignment (the latest, if several do). */
async function policiesFor(executor: Executor, coverageTypes: readonly CoverageType[], period: { effectiveDate: string; endDate: string }): Promise<PolicyFacts[]> {
  const found: PolicyFacts[] = [];
  for (const coverageType of coverageTypes) {
    const [policy] = await executor
      .select()
      .from(policies)
      .where(and(eq(policies.coverageType, coverageType), lte(policies.periodStart, period.effectiveDate), gte(policies.periodEnd, period.endDate)))
      .orderBy(desc(policies.periodStart), asc(policies.policyNumber))
      .limit(1);
    if (!policy) {
      throw new Error(
        `Coverage cannot bind without a policy: no ${COVERAGE_TYPE_LABELS[coverageType]} master policy covers ${period.effectiveDate} to ${period.endDate}.`,
      );
    }
    found.push(policy);
  }
  return found;
}

/**
 * Issues the certificate of an assignment that has just become COVERED, in the caller's transaction:
 * the snapshot, its Ed25519 signature, the PDF, the audit record, and the email to the contractor.
 * With `boundAt`, records the certificate of coverage that bound in the past (demo data, back-fills):
 * dated then, for an assignment that may have ended since, and mailed to nobody.
 */
export async function issueCertificate(
  tx: Transaction,
  deps: ServerDependencies,
  input: { agencyId: string; assignmentId: string; boundAt?: Date },
): Promise<{ id: string; number: string }> {
  const { agencyId, assignmentId, boundAt } = input;
  const assignment = await tx.query.assignments.findFirst({ where: and(eq(assignments.agencyId, agencyId), eq(assignments.id, assignmentId)) });
  if (!assignment) throw new Error(`assignment ${assignmentId} does not exist`);
  const issuable = assignment.status === 'COVERED' || (boundAt !== undefined && assignment.status === 'ENDED');
  if (!issuable) throw new Error(`a certificate is issued when coverage binds; assignment ${assignmentId} is ${assignment.status}`);
  const [current] = await tx
    .select({ number: certificates.number })
    .from(certificates)
    .where(and(eq(certificates.agencyId, agencyId), eq(certificates.assignmentId, assignmentId), eq(certificates.status, 'VALID')));
  if (current) throw new Error(`assignment ${assignmentId} already has the valid certificate ${current.number}: void it before issuing another`);

  const contractor = await tx.query.contractors.findFirst({ where: and(eq(contractors.agencyId, agencyId), eq(contractors.id, assignment.contractorId)) });
  const category = await tx.query.jobCategories.findFirst({ where: and(eq(jobCategories.agencyId, agencyId), eq(jobCategories.id, assignment.jobCategoryId)) });
  const agency = await tx.query.agencies.findFirst({ where: eq(agencies.id, agencyId) });
  if (!contractor || !category || !agency) throw new Error(`assignment ${assignmentId} lacks its contractor, job category or agency`);
  const jobCode = await tx.query.jobCodes.findFirst({ where: eq(jobCodes.id, category.jobCodeId) });
  if (!jobCode) throw new Error(`job category ${category.id} has no job code`);
  const settings = await tx.query.agencySettings.findFirst({ where: eq(agencySettings.agencyId, agencyId) });
  const facility = assignment.facilityId
    ? await tx.query.facilities.findFirst({ where: and(eq(facilities.agencyId, agencyId), eq(facilities.id, assignment.facilityId)) })
    : undefined;
  const period = { effectiveDate: assignment.effectiveDate, endDate: assignment.endDate };
  const policyFacts = await policiesFor(tx, category.coverageTypes, period);

  const key = certificateSigningKey(deps.config);
  const issuedAt = boundAt ?? deps.now();
  const timeZone = settings?.timeZone ?? DEFAULT_TIME_ZONE;
  const year = Number(todayInTimeZone(timeZone, issuedAt).slice(0, 4));

  for (let attempt = 1; ; attempt++) {
    const number = formatCertificateNumber(year, randomBytes(CERTIFICATE_NUMBER_RANDOM_BYTES));
    const snapshot = buildCertificateSnapshot({
      number,
      issuedAt,
      timeZone,
      verificationUrl: certificateVerificationUrl(deps, number),
      kid: key.kid,
      agency: { name: agency.name },
      contractor,
      jobCode,
      workState: category.workState,
      assignment,
      facility: facility ?? null,
      policies: policyFacts,
    });
    const signature = signBytes(key, signedBytesOf(snapshot));
    const pdf = await renderCertificatePdf(snapshot, signature);
    let row: { id: string } | undefined;
    try {
      // A savepoint, so a clash of numbers leaves the caller's transaction usable.
      [row] = await tx.transaction((savepoint) =>
        savepoint
          .insert(certificates)
          .values({
            agencyId,
            assignmentId,
            number,
            status: 'VALID',
            issuedAt,
            snapshot,
            signature,
            pdf,
            pdfSha256: createHash('sha256').update(pdf).digest('hex'),
            createdAt: issuedAt,
          })
          .returning({ id: certificates.id }),
      );
    } catch (error) {
      if (attempt < NUMBER_ATTEMPTS && isUniqueViolation(error, 'certificates_number_key')) continue;
      throw error;
    }
    if (!row) throw new Error('certificate insert returned nothing');

    await recordAudit(tx, { viewer: { kind: 'ANONYMOUS' }, ip: null }, {
      action: 'certificate.issue',
      agencyId,
      targetType: 'certificate',
      targetId: row.id,
      data: { number, assignmentId, kid: key.kid, pdfBytes: pdf.length },
    });
    if (boundAt) return { id: row.id, number };
    await enqueueMail(tx, {
      to: contractor.email,
      agencyId,
      ...certificateIssuedMail({
        firstName: contractor.firstName,
        agencyName: agency.name,
        jobName: assignment.jobName,
        clientEntity: assignment.clientEntity,
        effectiveDate: assignment.effectiveDate,
        endDate: assignment.endDate,
        number,
        verificationUrl: snapshot.verificationUrl,
      }),
      attachments: [{ kind: 'certificate', agencyId, certificateId: row.id, filename: certificateFileNameOf(snapshot) }],
    });
    return { id: row.id, number };
  }
}

/** Whether the stored signature is the platform key's signature of the stored snapshot, for this number. */
export function snapshotSignatureValid(deps: Pick<ServerDependencies, 'config'>, number: string, snapshot: unknown, signature: string): boolean {
  const key = certificateSigningKey(deps.config);
  const claimed = snapshot as Partial<CertificateSnapshot> | null;
  if (!claimed || claimed.number !== number || claimed.signature?.kid !== key.kid) return false;
  try {
    return verifyBytes(key, signedBytesOf(claimed as CertificateSnapshot), signature);
  } catch {
    return false;
  }
}

const NOT_FOUND: CertificateVerification = {
  status: 'NOT_FOUND',
  number: null,
  contractorName: null,
  effectiveDate: null,
  endDate: null,
  coverageTypes: null,
  issuedAt: null,
  voidedAt: null,
  holderName: null,
  agencyName: null,
  signatureValid: false,
};

/** The public answer for a certificate number: its status, what it certifies, and whether its signature holds. */
export async function verifyCertificate(deps: ServerDependencies, typedNumber: string): Promise<CertificateVerification> {
  const number = typedNumber.length <= 64 ? normalizeCertificateNumber(typedNumber) : null;
  if (!number) return NOT_FOUND;
  const [row] = await deps.db
    .select({
      number: certificates.number,
      status: certificates.status,
      issuedAt: certificates.issuedAt,
      voidedAt: certificates.voidedAt,
      snapshot: certificates.snapshot,
      signature: certificates.signature,
    })
    .from(certificates)
    .where(eq(certificates.number, number));
  if (!row) return NOT_FOUND;
  // The facts shown are those the certificate states (its signed snapshot), not today's records.
  const snapshot = row.snapshot as CertificateSnapshot;
  return {
    status: row.status,
    number: row.number,
    contractorName: snapshot.insured.name,
    effectiveDate: snapshot.operations.effectiveDate,
    endDate: snapshot.operations.endDate,
    coverageTypes: snapshot.coverages.map((coverage) => coverage.coverageType),
    issuedAt: row.issuedAt,
    voidedAt: row.voidedAt,
    holderName: snapshot.holder.name,
    agencyName: snapshot.agency.name,
    signatureValid: snapshotSignatureValid(deps, row.number, row.snapshot, row.signature),
  };
}

type CertificateRow = { id: string; number: string; status: 'VALID' | 'VOID'; issuedAt: Date };

function toCertificate(deps: Pick<ServerDependencies, 'config'>, row: CertificateRow): Certificate {
  return { id: row.id, number: row.number, status: row.status, issuedAt: row.issuedAt, downloadUrl: certificateDownloadUrl(deps, row.number) };
}

const certificateColumns = { id: certificates.id, number: certificates.number, status: certificates.status, issuedAt: certificates.issuedAt };

/**
 * The certificate of an assignment: the valid one, else the latest voided one; null when it never
 * was covered. The caller has already checked that the viewer may see the assignment.
 */
export async function findCertificateForAssignment(deps: ServerDependencies, agencyId: string, assignmentId: string): Promise<Certificate | null> {
  const found = await findCertificatesForAssignments(deps, agencyId, [assignmentId]);
  return found.get(assignmentId) ?? null;
}

/** The same for many assignments of one agency at once (a DataLoader's batch): assignment id → certificate. */
export async function findCertificatesForAssignments(
  deps: ServerDependencies,
  agencyId: string,
  assignmentIds: readonly string[],
): Promise<Map<string, Certificate>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await deps.db
    .selectDistinctOn([certificates.assignmentId], { ...certificateColumns, assignmentId: certificates.assignmentId })
    .from(certificates)
    .where(and(eq(certificates.agencyId, agencyId), inArray(certificates.assignmentId, [...assignmentIds])))
    .orderBy(certificates.assignmentId, sql`${certificates.status} = 'VALID' desc`, desc(certificates.issuedAt));
  return new Map(rows.map((row) => [row.assignmentId, toCertificate(deps, row)]));
}

export type CertificateDownload = { fileName: string; pdf: Buffer; sha256: string };

type Owner = { agencyId: string; contractorId: string; facilityId: string | null };

async function maySee(deps: ServerDependencies, viewer: Viewer, owner: Owner): Promise<boolean> {
  switch (viewer.kind) {
    case 'OPERATOR':
      return true;
    case 'AGENCY_MEMBER':
    case 'AGENCY_API_KEY':
      return viewer.agencyId === owner.agencyId;
    case 'CONTRACTOR':
      return viewer.agencyId === owner.agencyId && viewer.contractorId === owner.contractorId;
    case 'FACILITY_USER': {
      if (!owner.facilityId) return false;
      const [grant] = await deps.db
        .select({ facilityId: facilityGrants.facilityId })
        .from(facilityGrants)
        .where(activeFacilityGrant({ agencyId: owner.agencyId, facilityId: owner.facilityId, facilityUserId: viewer.facilityUserId }));
      return grant !== undefined;
    }
    case 'ANONYMOUS':
      return false;
  }
}

/**
 * The PDF behind a download link, if one of the request's viewers may see the assignment (its
 * agency, the contractor, a facility user granted its facility, an operator). Null otherwise, and
 * null for a number that does not exist: the two must look the same.
 */
export async function findDownloadableCertificate(deps: ServerDependencies, viewers: readonly Viewer[], typedNumber: string): Promise<CertificateDownload | null> {
  const number = normalizeCertificateNumber(typedNumber);
  if (!number || viewers.every((viewer) => viewer.kind === 'ANONYMOUS')) return null;
  const [row] = await deps.db
    .select({
      agencyId: certificates.agencyId,
      contractorId: assignments.contractorId,
      facilityId: assignments.facilityId,
      snapshot: certificates.snapshot,
      pdf: certificates.pdf,
      sha256: certificates.pdfSha256,
    })
    .from(certificates)
    .innerJoin(assignments, and(eq(assignments.agencyId, certificates.agencyId), eq(assignments.id, certificates.assignmentId)))
    .where(eq(certificates.number, number));
  if (!row) return null;
  for (const viewer of viewers) {
    if (await maySee(deps, viewer, row)) return { fileName: certificateFileNameOf(row.snapshot as CertificateSnapshot), pdf: row.pdf, sha256: row.sha256 };
  }
  return null;
}
