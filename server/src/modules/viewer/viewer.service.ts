// Describes the viewer to the client: role, name, agency, the facilities they may see, the contractor they are.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '@coverline/domain';
import { agencies, contractors, facilities, facilityGrants } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { SignedInViewer, Viewer } from '../../graphql/viewer.js';
import type { ViewerObject } from './viewer.types.js';

export type ViewerSource = ViewerObject & { source: SignedInViewer };

const ROLE: Record<SignedInViewer['kind'], Role> = {
  AGENCY_MEMBER: 'AGENCY_MEMBER',
  AGENCY_API_KEY: 'AGENCY_MEMBER',
  FACILITY_USER: 'FACILITY_USER',
  OPERATOR: 'OPERATOR',
  CONTRACTOR: 'CONTRACTOR',
};

export function toViewerObject(viewer: Viewer): ViewerSource | null {
  if (viewer.kind === 'ANONYMOUS') return null;
  const id =
    viewer.kind === 'AGENCY_MEMBER'
      ? viewer.teamMemberId
      : viewer.kind === 'AGENCY_API_KEY'
        ? viewer.apiKeyId
        : viewer.kind === 'FACILITY_USER'
          ? viewer.facilityUserId
          : viewer.kind === 'CONTRACTOR'
            ? viewer.contractorId
            : (viewer.apiKeyId ?? 'operator');
  const email = 'email' in viewer ? viewer.email : viewer.name;
  return { id, role: ROLE[viewer.kind], email, name: viewer.name, source: viewer };
}

export async function viewerAgency(deps: ServerDependencies, viewer: SignedInViewer) {
  if (!('agencyId' in viewer)) return null;
  return (await deps.db.query.agencies.findFirst({ where: eq(agencies.id, viewer.agencyId) })) ?? null;
}

export async function viewerFacilities(deps: ServerDependencies, viewer: SignedInViewer) {
  if (viewer.kind === 'AGENCY_MEMBER' || viewer.kind === 'AGENCY_API_KEY') {
    return deps.db.select().from(facilities).where(eq(facilities.agencyId, viewer.agencyId)).orderBy(asc(facilities.name));
  }
  if (viewer.kind === 'FACILITY_USER') {
    return grantedFacilities(deps, viewer.facilityUserId);
  }
  return [];
}

/** The facilities a facility user may see: those with a grant that was not revoked. */
export async function grantedFacilities(deps: ServerDependencies, facilityUserId: string) {
  const rows = await deps.db
    .select({ facility: facilities })
    .from(facilityGrants)
    .innerJoin(facilities, and(eq(facilities.agencyId, facilityGrants.agencyId), eq(facilities.id, facilityGrants.facilityId)))
    .where(and(eq(facilityGrants.facilityUserId, facilityUserId), isNull(facilityGrants.revokedAt)))
    .orderBy(asc(facilities.name));
  return rows.map((row) => row.facility);
}

export async function viewerContractor(deps: ServerDependencies, viewer: SignedInViewer) {
  if (viewer.kind !== 'CONTRACTOR') return null;
  return (
    (await deps.db.query.contractors.findFirst({
      where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.id, viewer.contractorId)),
    })) ?? null
  );
}
