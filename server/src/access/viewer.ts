// Who is making a request (or running a job): resolved once, from a session cookie, an API key, or
// the job that runs. The viewer names a principal; what it may reach is its scope (scope.ts).
export type AppName = 'agency' | 'facility' | 'contractor';
export const APP_NAMES: readonly AppName[] = ['agency', 'facility', 'contractor'];

export type Viewer =
  | { kind: 'ANONYMOUS' }
  | { kind: 'AGENCY_MEMBER'; agencyId: string; teamMemberId: string; sessionId: string }
  | { kind: 'AGENCY_API_KEY'; agencyId: string; apiKeyId: string; name: string }
  | { kind: 'FACILITY_USER'; facilityUserId: string; email: string; name: string; sessionId: string }
  | { kind: 'OPERATOR'; apiKeyId: string | null; name: string }
  | { kind: 'CONTRACTOR'; agencyId: string; contractorId: string; sessionId: string | null }
  /** A background job or the demo loader: the platform acting on its own. */
  | { kind: 'SYSTEM'; task: string };

export type ViewerKind = Viewer['kind'];
export type SignedInViewer = Exclude<Viewer, { kind: 'ANONYMOUS' }>;
/** Agency-scoped viewers: a rep in the browser or an integration with the agency's API key. */
export type AgencyViewer = Extract<Viewer, { kind: 'AGENCY_MEMBER' | 'AGENCY_API_KEY' }>;

/** The session cookie of each app, so one browser can be signed in to the three apps at once. */
export function sessionCookieName(app: AppName): string {
  return `coverline_${app}`;
}

export function appForViewerKind(kind: 'AGENCY_MEMBER' | 'FACILITY_USER' | 'CONTRACTOR'): AppName {
  return kind === 'AGENCY_MEMBER' ? 'agency' : kind === 'FACILITY_USER' ? 'facility' : 'contractor';
}

export type ActorType = 'AGENCY_MEMBER' | 'FACILITY_USER' | 'OPERATOR' | 'CONTRACTOR' | 'API_KEY' | 'SYSTEM';
/** Who the audit log and the status history name for a change. */
export type Actor = { actorType: ActorType; actorId: string | null };

export const SYSTEM_ACTOR: Actor = { actorType: 'SYSTEM', actorId: null };

export function actorOf(viewer: Viewer): Actor {
  switch (viewer.kind) {
    case 'AGENCY_MEMBER':
      return { actorType: 'AGENCY_MEMBER', actorId: viewer.teamMemberId };
    case 'AGENCY_API_KEY':
      return { actorType: 'API_KEY', actorId: viewer.apiKeyId };
    case 'FACILITY_USER':
      return { actorType: 'FACILITY_USER', actorId: viewer.facilityUserId };
    case 'OPERATOR':
      return { actorType: 'OPERATOR', actorId: viewer.apiKeyId };
    case 'CONTRACTOR':
      return { actorType: 'CONTRACTOR', actorId: viewer.contractorId };
    case 'SYSTEM':
    case 'ANONYMOUS':
      return SYSTEM_ACTOR;
  }
}
