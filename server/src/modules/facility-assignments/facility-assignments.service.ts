// The Compliance Hub's table: the covered assignments at one facility, newest effective date first,
// filtered by date ranges, paged by cursor; and the same rows as a ZIP of their certificates.
// Everything is reached through a facility the viewer's scope reaches, so the agency comes with it.
import {
  certificateFileName,
  FACILITY_FILTER_FIELDS,
  facilityAssignmentFilterSchema,
  facilityFilterEntries,
  isoDateSchema,
  type FacilityAssignmentFilter,
  type FacilityFilterField,
} from '@coverline/domain';
import type { Access, AccessOpener } from '../../access/access.js';
import { authorize, firstFoundInScope } from '../../access/policy.js';
import type { Scope } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { toCertificate } from '../certificates/certificate-presentation.js';
import type { FacilityRow } from '../facilities/facilities.store.js';
import { requireVisibleFacility } from '../facilities/facilities.service.js';
import type { ZipEntryRow } from './facility-assignments.store.js';

type FilterInput = Partial<Record<FacilityFilterField, string | null>> | null | undefined;

/** The filter's bounds, checked; a problem names its field (`filter.endTo` in GraphQL, `endTo` in a download's query). */
export function parseFacilityFilter(filter: FilterInput, fieldPrefix = 'filter.'): FacilityAssignmentFilter {
  const clean = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value != null && value !== ''));
  return parseInput(facilityAssignmentFilterSchema, clean, fieldPrefix);
}

/** The (effective date, id) a cursor points after. */
function facilityCursor(cursor: string | null | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [effectiveDate, id] = key;
  if (isoDateSchema.safeParse(effectiveDate).success && isUuid(id)) return [effectiveDate as string, id];
  throw invalidCursor();
}

export function bulkDownloadPath(facilityId: string, filter: FacilityAssignmentFilter): string {
  const query = new URLSearchParams(facilityFilterEntries(filter)).toString();
  return `/facilities/${encodeURIComponent(facilityId)}/certificates.zip${query ? `?${query}` : ''}`;
}

export async function listFacilityAssignments(access: Access, args: { facilityId: string; filter?: FilterInput; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'facility:read');
  const facility = await requireVisibleFacility(scope, args.facilityId);
  const filter = parseFacilityFilter(args.filter);
  const limit = pageSize(args.first, 25);
  const after = facilityCursor(args.after);
  const [rows, totalCount] = await Promise.all([
    scope.stores.facilityAssignments.page(facility, filter, { after, limit }),
    scope.stores.facilityAssignments.count(facility, filter),
  ]);
  const { deps } = access;
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
        certificate: toCertificate(deps, { id: row.certificateId, number: row.number, status: row.certificateStatus, issuedAt: row.issuedAt }),
      }),
      (row) => [row.effectiveDate, row.id],
    ),
    totalCount,
    bulkDownloadUrl: facility.bulkDownloadEnabled ? `${deps.config.publicUrl}${bulkDownloadPath(facility.id, filter)}` : null,
  };
}

export type BulkCertificateEntry = { fileName: string; certificateId: string; agencyId: string; issuedAt: Date; size: number };

/** The entry of a certificate, named <Last>-<First>-<effective>-<number>.pdf, in `folder` if given. */
export function toZipEntry(row: ZipEntryRow, folder = ''): BulkCertificateEntry {
  return { fileName: `${folder}${certificateFileName(row)}`, certificateId: row.certificateId, agencyId: row.agencyId, issuedAt: row.issuedAt, size: row.size };
}

/** A ZIP of certificates to stream: what goes in (names and sizes), and the scope that reads each PDF when its turn comes. */
export type CertificateArchive = { facility: FacilityRow; entries: BulkCertificateEntry[]; scope: Scope; access: Access };

/**
 * A facility's certificates for a filter, for the first of the request's viewers whose scope reaches
 * the facility: NOT_FOUND when none does, FORBIDDEN when the agency has not enabled bulk download,
 * BAD_USER_INPUT (on the field) for a bad filter.
 */
export async function facilityCertificateArchive(accesses: readonly AccessOpener[], facilityId: string, query: Record<string, unknown>): Promise<CertificateArchive> {
  const archive = await firstFoundInScope(accesses, 'facility-certificates:download-zip', async (scope, access) => {
    const facility = await scope.stores.facilities.byId(facilityId);
    if (!facility) return null;
    if (!facility.bulkDownloadEnabled) throw forbidden('Bulk download is not enabled for this facility. Your staffing partner can enable it.');
    const filter = parseFacilityFilter(Object.fromEntries(FACILITY_FILTER_FIELDS.flatMap((field) => (typeof query[field] === 'string' ? [[field, query[field]]] : []))), '');
    const rows = await scope.stores.facilityAssignments.zipEntries(facility, filter);
    return { facility, entries: rows.map((row) => toZipEntry(row)), scope, access };
  });
  if (!archive) throw notFound('Facility');
  return archive;
}
