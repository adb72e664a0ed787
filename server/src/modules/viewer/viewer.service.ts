// Describes the viewer to the client: role, name and email, and what they belong to (agency,
// facilities, the contractor they are). Read through the viewer's own scope.
import type { Role } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { actorOf, type Viewer } from '../../access/viewer.js';
import type { ViewerObject } from './viewer.types.js';

const ROLE: Record<Exclude<Viewer['kind'], 'ANONYMOUS' | 'SYSTEM'>, Role> = {
  AGENCY_MEMBER: 'AGENCY_MEMBER',
  AGENCY_API_KEY: 'AGENCY_MEMBER',
  FACILITY_USER: 'FACILITY_USER',
  OPERATOR: 'OPERATOR',
  CONTRACTOR: 'CONTRACTOR',
};

export type ViewerProfile = { email: string; name: string };

/** The viewer's name and email, read from their own record where the session holds only its id. */
export async function viewerProfile(access: Access): Promise<ViewerProfile | null> {
  const viewer = access.viewer;
  switch (viewer.kind) {
    case 'AGENCY_MEMBER': {
      const member = await authorize(access, 'viewer:read').stores.team.byId(viewer.teamMemberId);
      return member ? { email: member.email, name: member.name ?? member.email } : null;
    }
    case 'CONTRACTOR': {
      const contractor = await authorize(access, 'viewer:read').stores.contractors.byId(viewer.contractorId);
      return contractor ? { email: contractor.email, name: `${contractor.firstName} ${contractor.lastName}` } : null;
    }
    case 'FACILITY_USER':
      return { email: viewer.email, name: viewer.name };
    case 'AGENCY_API_KEY':
    case 'OPERATOR':
      return { email: viewer.name, name: viewer.name };
    case 'SYSTEM':
    case 'ANONYMOUS':
      return null;
  }
}

/** The viewer as the API shows it, from the viewer and their profile: its id is the actor's (the operator's key, or "operator"). */
function toViewerObject(viewer: Viewer, profile: ViewerProfile): ViewerObject | null {
  if (viewer.kind === 'ANONYMOUS' || viewer.kind === 'SYSTEM') return null;
  return { id: actorOf(viewer).actorId ?? 'operator', role: ROLE[viewer.kind], ...profile };
}

/** The viewer object with the access its fields resolve through (after a sign-in, the new viewer's). */
export type ViewerSource = ViewerObject & { access: Access };

export async function describeViewer(access: Access): Promise<ViewerSource | null> {
  const profile = await viewerProfile(access);
  const object = profile ? toViewerObject(access.viewer, profile) : null;
  return object && { ...object, access };
}

/** The response of a sign-in, read as the viewer it has just signed in. */
export async function describeSignedIn(access: Access, viewer: Viewer): Promise<ViewerSource> {
  const source = await describeViewer(await access.signedInAs(viewer));
  if (!source) throw new Error(`a ${viewer.kind} viewer was signed in without a profile`);
  return source;
}

/** For a contractor, their own profile. */
export function findViewerContractor(access: Access) {
  const viewer = access.viewer;
  if (viewer.kind !== 'CONTRACTOR') return null;
  return authorize(access, 'contractor-self:read').stores.contractors.byId(viewer.contractorId);
}
