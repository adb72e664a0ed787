// Tenant scope from the request context, never from an argument: the agency a viewer acts for.
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import type { AgencyMemberViewer, AgencyViewer, SignedInViewer } from './viewer.js';

export function agencyViewer(ctx: Context): AgencyViewer {
  const viewer = ctx.viewer;
  if (viewer.kind === 'AGENCY_MEMBER' || viewer.kind === 'AGENCY_API_KEY') return viewer;
  throw viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

export function signedInViewer(ctx: Context): SignedInViewer {
  const viewer = ctx.viewer;
  if (viewer.kind === 'ANONYMOUS') throw unauthenticated();
  return viewer;
}

/** Only a person on the agency's team, not an integration's API key. */
export function agencyMemberViewer(ctx: Context): AgencyMemberViewer {
  const viewer = ctx.viewer;
  if (viewer.kind === 'AGENCY_MEMBER') return viewer;
  throw viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}
