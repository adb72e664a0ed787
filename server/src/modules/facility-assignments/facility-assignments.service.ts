// The Compliance Hub's table: the covered assignments at one facility, newest effective date first,
// filtered by date ranges, paged by cursor; and the same rows as a ZIP of their certificates.
// Everything is reached through a facility the viewer may see, so the agency scope comes with it.
import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  certificateFileName,
  facilityAssignmentFilterSchema,
  facilityFilterEntries,
  isoDateSchema,
  type FacilityAssignmentFilter,
  type FacilityFilterField,
} from '@coverline/domain';
import { assignments, certificates, contractors } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import type { SignedInViewer } from '../../graphql/viewer.js';
import { certificateDownloadUrl } from '../certificates/certificates.service.js';
import { requireVisibleFacility } from '../facilities/facilities.service.js';

type Facility = { id: string; agencyId: string; name: string; bulkDownloadEnabled: boolean };

type FilterInput = Partial<Record<FacilityFilterField, string | null>> | null | undefined;

export function parseFacilityFilter(filter: FilterInput): FacilityAssignmentFilter {
  const clean = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value != null && value !== ''));
  return parseInput(facilityAssignmentFilterSchema, clean, 'filter.');
}

/**
 * The statuses of an assignment whose coverage bound: exactly those with a valid certificate (it is
 * issued in the transaction that binds coverage, and voided only with a move to CANCELLED or when
 * an extension reissues it), so rows can be counted without reading certificates.
 */
const WITH_CERTIFICATE = ['COVERED', 'ENDED'] as const;

/** The rows of a facility the filter selects: covered assignments (each with its valid certificate). */
export function facilityRowsWhere(facility: Facility, filter: FacilityAssignmentFilter): SQL | undefined {
  return and(
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
export const validCertificate = and(eq(certificates.agencyId, assignments.agencyId), eq(certificates.assignmentId, assignments.id), eq(certificates.status, 'VALID'));
export const ofContractor = and(eq(contractors.agencyId, assignments.agencyId), eq(contractors.id, assignments.contractorId));

/** The (effective date, id) a cursor points after. */
function facilityCursor(cursor: string | null | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [effectiveDate, id] = key;
  if (isoDateSchema.safeParse(effectiveDate).success && z.uuid().safeParse(id).success) return [effectiveDate as string, id as string];
  throw badUserInput('after', 'This cursor is not valid: start again from the first page.');
}

export function bulkDownloadPath(facilityId: string, filter: FacilityAssignmentFilter): string {
  const query = new URLSearchParams(facilityFilterEntries(filter)).toString();
  return `/facilities/${encodeURIComponent(facilityId)}/certificates.zip${query ? `?${query}` : ''}`;
}

export async function listFacilityAssignments(
  ctx: Context,
  viewer: SignedInViewer,
  args: { facilityId: string; filter?: FilterInput; first?: number | null; after?: string | null },
) {
  const facility = await requireVisibleFacility(ctx.deps, viewer, args.facilityId);
  const filter = parseFacilityFilter(args.filter);
  const limit = pageSize(args.first, 25);
  const after = facilityCursor(args.after);
  const where = facilityRowsWhere(facility, filter);
  const { db } = ctx.deps;

  const [rows, [total]] = await Promise.all([
    db
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
      .where(and(where, after ? sql`(${assignments.effectiveDate}, ${assignments.id}) < (${after[0]}::date, ${after[1]}::uuid)` : undefined))
      .orderBy(desc(assignments.effectiveDate), desc(assignments.id))
      .limit(limit + 1),
    db.select({ n: count() }).from(assignments).where(where),
  ]);
  const publicUrl = ctx.deps.config.publicUrl;
  return {
    ...toConnection(
      rows,
      limit,
      (row) => ({
        id: row.id,
        contractorName: `${row.firstName} ${row.lastName}`,
        effectiveDate: row.effectiveDate,
        endDate: row.endDate,
        jobName: row.jobName,
        certificate: { id: row.certificateId, number: row.number, status: row.certificateStatus, issuedAt: row.issuedAt, downloadUrl: certificateDownloadUrl(ctx.deps, row.number) },
      }),
      (row) => [row.effectiveDate, row.id],
    ),
    totalCount: total?.n ?? 0,
    bulkDownloadUrl: facility.bulkDownloadEnabled ? `${publicUrl}${bulkDownloadPath(facility.id, filter)}` : null,
  };
}

export type BulkCertificateEntry = { fileName: string; certificateId: string; agencyId: string; issuedAt: Date; size: number };

/** What a ZIP entry needs of a certificate row joined to its assignment and contractor: never the PDF itself. */
export const zipEntryColumns = {
  certificateId: certificates.id,
  agencyId: certificates.agencyId,
  number: certificates.number,
  issuedAt: certificates.issuedAt,
  size: sql<number>`octet_length(${certificates.pdf})`.mapWith(Number),
  firstName: contractors.firstName,
  lastName: contractors.lastName,
  effectiveDate: assignments.effectiveDate,
};

type ZipEntryRow = { certificateId: string; agencyId: string; number: string; issuedAt: Date; size: number; firstName: string; lastName: string; effectiveDate: string };

/** The entry of a certificate, named <Last>-<First>-<effective>-<number>.pdf, in `folder` if given. */
export function toZipEntry(row: ZipEntryRow, folder = ''): BulkCertificateEntry {
  return { fileName: `${folder}${certificateFileName(row)}`, certificateId: row.certificateId, agencyId: row.agencyId, issuedAt: row.issuedAt, size: row.size };
}

/** What a facility's ZIP holds for a filter, newest first: names and sizes only; each PDF is read when its turn comes. */
export async function bulkCertificateEntries(deps: ServerDependencies, facility: Facility, filter: FacilityAssignmentFilter): Promise<BulkCertificateEntry[]> {
  const rows = await deps.db
    .select(zipEntryColumns)
    .from(assignments)
    .innerJoin(certificates, validCertificate)
    .innerJoin(contractors, ofContractor)
    .where(facilityRowsWhere(facility, filter))
    .orderBy(desc(assignments.effectiveDate), desc(assignments.id));
  return rows.map((row) => toZipEntry(row));
}

/** The stored PDFs of these certificates (all of one agency), by certificate id. */
export async function certificatePdfs(deps: ServerDependencies, agencyId: string, certificateIds: readonly string[]): Promise<Map<string, Buffer>> {
  if (certificateIds.length === 0) return new Map();
  const rows = await deps.db
    .select({ id: certificates.id, pdf: certificates.pdf })
    .from(certificates)
    .where(and(eq(certificates.agencyId, agencyId), inArray(certificates.id, [...certificateIds])));
  return new Map(rows.map((row) => [row.id, row.pdf]));
}
