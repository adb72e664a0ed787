// The Compliance Hub's table: the covered assignments at one facility, filtered by date ranges and
// the contractor's name, sorted (newest effective date first unless asked), paged by cursor; and the
// same rows as a ZIP of their certificates.
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
import { parseInput, parseSearch } from '../../graphql/validation.js';
import { toCertificate } from '../certificates/certificate-presentation.js';
import type { FacilityRow } from '../facilities/facilities.store.js';
import { requireVisibleFacility } from '../facilities/facilities.service.js';
import { cursorOf, cursorTypes, type CursorRow, type FacilityAssignmentCursor, type FacilityAssignmentOrder, type FacilityAssignmentQuery, type ZipEntryRow } from './facility-assignments.store.js';
import type { FacilityAssignmentOrder as FacilityAssignmentOrderInput } from './facility-assignments.types.js';

type FilterInput = Partial<Record<FacilityFilterField, string | null>> | null | undefined;

/** The filter's bounds, checked; a problem names its field (`filter.endTo` in GraphQL, `endTo` in a download's query). */
export function parseFacilityFilter(filter: FilterInput, fieldPrefix = 'filter.'): FacilityAssignmentFilter {
  const clean = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value != null && value !== ''));
  return parseInput(facilityAssignmentFilterSchema, clean, fieldPrefix);
}

/** Newest effective date first unless asked; a field asked for without a direction goes up. */
function facilityAssignmentOrder(orderBy: FacilityAssignmentOrderInput | null | undefined): FacilityAssignmentOrder {
  return orderBy ? { field: orderBy.field, direction: orderBy.direction ?? 'ASC' } : { field: 'EFFECTIVE_DATE', direction: 'DESC' };
}

const orderTag = (order: FacilityAssignmentOrder) => `${order.field}:${order.direction}`;

/** The key of the cursor that points after `row` in the order (what `encodeCursor` makes the opaque cursor of). */
export const facilityCursorKey = (order: FacilityAssignmentOrder, row: CursorRow): string[] => [orderTag(order), ...cursorOf(order, row)];

const SORT_KEY_CHECKS = { date: (value: string) => isoDateSchema.safeParse(value).success, uuid: isUuid, text: () => true };

/** The sort-key values a cursor of this order points after (one of another order, or of nothing we made, is refused). */
function facilityCursor(order: FacilityAssignmentOrder, cursor: string | null | undefined): FacilityAssignmentCursor | null {
  const types = cursorTypes(order);
  const key = decodeCursor(cursor, types.length + 1);
  if (!key) return null;
  const [tag, ...values] = key;
  if (tag === orderTag(order) && values.every((value, i): value is string => typeof value === 'string' && SORT_KEY_CHECKS[types[i]!](value))) return values as string[];
  throw invalidCursor();
}

/** The ZIP of the rows a query selects: its dates and search in the address, by the same names. */
export function bulkDownloadPath(facilityId: string, { filter, search }: FacilityAssignmentQuery): string {
  const params = new URLSearchParams(facilityFilterEntries(filter));
  if (search) params.set('search', search);
  const query = params.toString();
  return `/facilities/${encodeURIComponent(facilityId)}/certificates.zip${query ? `?${query}` : ''}`;
}

type FacilityAssignmentListArgs = {
  facilityId: string;
  filter?: FilterInput;
  search?: string | null;
  orderBy?: FacilityAssignmentOrderInput | null;
  first?: number | null;
  after?: string | null;
  /** Whether the query shows each row's certificate history: the page's statement reads it only then. */
  withCertificateHistory: boolean;
};

/**
 * The facility a Hub page is of, as the scope's tenant names it, without a statement: a facility
 * user's grant, or the agency's own (whether that facility exists, the page's statement says).
 * NOT_FOUND for an id the grants do not name.
 */
async function facilityOfPage(scope: Scope, facilityId: string): Promise<{ agencyId: string; id: string }> {
  const tenant = await scope.tenant();
  const id = isUuid(facilityId) ? facilityId.toLowerCase() : null;
  switch (tenant.kind) {
    case 'FACILITY': {
      const grant = id ? tenant.grants.find((granted) => granted.facilityId === id) : undefined;
      if (!grant) throw notFound('Facility');
      return { agencyId: grant.agencyId, id: grant.facilityId };
    }
    case 'AGENCY':
      if (!id) throw notFound('Facility');
      return { agencyId: tenant.agencyId, id };
    default:
      return requireVisibleFacility(scope, facilityId);
  }
}

export async function listFacilityAssignments(access: Access, args: FacilityAssignmentListArgs) {
  const scope = authorize(access, 'facility:read');
  const facility = await facilityOfPage(scope, args.facilityId);
  const query: FacilityAssignmentQuery = { filter: parseFacilityFilter(args.filter), search: parseSearch(args.search, 'search') };
  const order = facilityAssignmentOrder(args.orderBy);
  const limit = pageSize(args.first, 25);
  const after = facilityCursor(order, args.after);
  const rows = await scope.stores.facilityAssignments.page(facility, query, order, { after, limit, withCertificateHistory: args.withCertificateHistory });
  for (const row of rows) {
    if (!row.certificateHistory) continue;
    scope.stores.certificates.knowAllForAssignment(
      row.id,
      row.certificateHistory.map((entry) => ({ ...entry, assignmentId: row.id, issuedAt: new Date(entry.issuedAt) })),
    );
  }
  // A page's rows carry its count and the facility's ZIP setting; an empty page asks for them apart:
  // the facility may not be there at all, and a cursor past the end still has rows before it.
  const [first] = rows;
  const bulkDownloadEnabled = first ? first.bulkDownloadEnabled : (await requireVisibleFacility(scope, facility.id)).bulkDownloadEnabled;
  if (bulkDownloadEnabled === null) throw notFound('Facility');
  const totalCount = first ? first.totalCount : after ? await scope.stores.facilityAssignments.count(facility, query) : 0;
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
      (row) => facilityCursorKey(order, row),
    ),
    totalCount,
    bulkDownloadUrl: bulkDownloadEnabled ? `${deps.config.publicUrl}${bulkDownloadPath(facility.id, query)}` : null,
  };
}

/** The certificate history of a row of the Hub, one statement for the page's rows. */
export async function listFacilityAssignmentCertificates(access: Access, assignment: { id: string }) {
  const rows = await authorize(access, 'facility:read').stores.certificates.allForAssignment(assignment.id);
  return rows.map((row) => toCertificate(access.deps, row));
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
 * BAD_USER_INPUT (on the field) for a bad filter or search.
 */
export async function facilityCertificateArchive(accesses: readonly AccessOpener[], facilityId: string, query: Record<string, unknown>): Promise<CertificateArchive> {
  const archive = await firstFoundInScope(accesses, 'facility-certificates:download-zip', async (scope, access) => {
    const facility = await scope.stores.facilities.byId(facilityId);
    if (!facility) return null;
    if (!facility.bulkDownloadEnabled) throw forbidden('Bulk download is not enabled for this facility. Your staffing partner can enable it.');
    const filter = parseFacilityFilter(Object.fromEntries(FACILITY_FILTER_FIELDS.flatMap((field) => (typeof query[field] === 'string' ? [[field, query[field]]] : []))), '');
    const search = parseSearch(typeof query.search === 'string' ? query.search : null, 'search');
    const rows = await scope.stores.facilityAssignments.zipEntries(facility, { filter, search });
    return { facility, entries: rows.map((row) => toZipEntry(row)), scope, access };
  });
  if (!archive) throw notFound('Facility');
  return archive;
}
