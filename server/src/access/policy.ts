// Who may do what, in one table. Every use case begins by naming its action —
// `const scope = authorize(access, 'assignment:create')` — and gets the scope it may act in, or an
// UNAUTHENTICATED / FORBIDDEN refusal. GraphQL root fields name the same action with @Can (the schema
// refuses to build without one), HTTP downloads and background jobs call the same use cases.
import { Authorized, getMetadataStorage, type AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Access, AccessOpener } from './access.js';
import type { Scope } from './scope.js';
import type { Viewer, ViewerKind } from './viewer.js';

const AGENCY: ViewerKind[] = ['AGENCY_MEMBER', 'AGENCY_API_KEY'];
const SYSTEM: ViewerKind[] = ['SYSTEM'];

type Rule = 'PUBLIC' | readonly ViewerKind[];

export const POLICY = {
  // Signing in and out, and what a link in an email leads to: the link's token is the credential.
  'viewer:read': 'PUBLIC',
  'session:sign-in': 'PUBLIC',
  'session:sign-out': 'PUBLIC',
  'invitation:read': 'PUBLIC',
  'opt-in:read': 'PUBLIC',
  'opt-in:submit': 'PUBLIC',
  'certificate:verify': 'PUBLIC',

  'agency:create': ['OPERATOR'],
  'agency:list': ['OPERATOR'],
  'agency:read': [...AGENCY, 'CONTRACTOR', 'OPERATOR'],
  'agency-settings:read': AGENCY,
  'agency:configure': AGENCY,
  // The limits Coverline's master policies provide, which an agency's requirements are checked against.
  'master-policy:read': AGENCY,
  'team:read': AGENCY,
  // Managing the team is for people: an API key could otherwise mint a login for whoever holds it.
  'team:invite': ['AGENCY_MEMBER'],
  'team:manage': ['AGENCY_MEMBER'],
  'api-key:manage': ['AGENCY_MEMBER'],
  // Who did what in the agency. The operator is not given a cross-agency log here: no operator tool reads it yet.
  'audit-log:read': AGENCY,
  // What happened in the agency, as its webhooks announce it: for the agency and its integrations.
  'webhook-event:read': AGENCY,
  // Where the agency's events are POSTed, and what each delivery got back: for the agency and its integrations.
  'webhook-endpoint:read': AGENCY,
  'webhook-endpoint:manage': AGENCY,
  'webhook-delivery:resend': AGENCY,

  'facility:read': [...AGENCY, 'FACILITY_USER'],
  'facility:create': AGENCY,
  'facility:update': AGENCY,
  'facility:configure': AGENCY,
  'facility-team:read': [...AGENCY, 'FACILITY_USER'],
  'facility-access:grant': [...AGENCY, 'FACILITY_USER'],
  'facility-access:revoke': [...AGENCY, 'FACILITY_USER'],
  // Whoever may read a facility may download its certificates (when the agency allows the ZIP),
  // reconcile an auditor's payments against it, download the result, and ask who was covered.
  'facility-certificates:download-zip': [...AGENCY, 'FACILITY_USER'],
  'facility-audit:run': [...AGENCY, 'FACILITY_USER'],
  'facility-audit:download': [...AGENCY, 'FACILITY_USER'],
  'facility-clearance:check': [...AGENCY, 'FACILITY_USER'],
  // Each viewer finds only the certificates its scope reaches: the agency's, the contractor's own,
  // the granted facilities'. Not the operator: no operator action needs a tenant's certificate.
  'certificate:download': [...AGENCY, 'FACILITY_USER', 'CONTRACTOR'],

  'job-code:read': [...AGENCY, 'OPERATOR'],
  // The catalogue and its rates are the platform's: only an operator changes them.
  'job-code:maintain': ['OPERATOR'],
  'job-category:read': AGENCY,
  'job-category:decide': ['OPERATOR'],
  'premium:estimate': [...AGENCY, 'OPERATOR'],

  'contractor:read': AGENCY,
  'contractor:create': AGENCY,
  // Bulk import (CSV): the same contractors and assignments as the forms, many at once.
  'contractor:import': AGENCY,
  'contractor:export': AGENCY,
  'contractor:update': AGENCY,
  'contractor:archive': AGENCY,
  'contractor:remind': AGENCY,
  'reminder:read': AGENCY,
  // The opt-ins a contractor signed: when, by which typed name, which version and language of the terms.
  'signed-opt-in:read': AGENCY,
  // The contractor reads only their own (it opens their opt-in form from their page): the link they signed in with, or its successor.
  'contractor-link:read': [...AGENCY, 'CONTRACTOR'],
  'contractor-link:revoke': AGENCY,
  'assignment:read': AGENCY,
  'assignment:create': AGENCY,
  'assignment:change': AGENCY,
  'invoice:read': AGENCY,
  'invoice:issue': AGENCY,
  'invoice:change': AGENCY,
  'invoice:download': AGENCY,
  // The landing page's figures over the agency's own contractors and assignments.
  'company-overview:read': AGENCY,
  // A contractor's work history (each assignment with its category, facility, certificate and
  // history): the agency's contractors for the agency, their own for a contractor.
  'work-history:read': [...AGENCY, 'CONTRACTOR'],

  'contractor-self:read': ['CONTRACTOR'],
  'payment:manage': ['CONTRACTOR'],
  // The contractor's own settings (their language).
  'contractor-self:update': ['CONTRACTOR'],

  // The platform's own work: background jobs and the demo loader.
  'mail:deliver': SYSTEM,
  'magic-link:send': SYSTEM,
  'password-reset:send': SYSTEM,
  'contractor-link:send': SYSTEM,
  'sign-in-records:remove-expired': SYSTEM,
  'idempotency-keys:remove-expired': SYSTEM,
  'opt-in:remind-automatically': SYSTEM,
  'contractor-link:issue-missing': SYSTEM,
  'assignment:end-finished': SYSTEM,
  'invoice:issue-monthly': SYSTEM,
  'charge:run': SYSTEM,
  'webhook:deliver': SYSTEM,
  'demo-data:load': SYSTEM,
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

/** Declares the action a root field performs; checked before the resolver runs. */
export function Can(action: Action): MethodDecorator & PropertyDecorator {
  return Authorized(action);
}

export function isAllowed(viewer: Viewer, action: Action): boolean {
  const rule: Rule = POLICY[action];
  if (rule === 'PUBLIC') return true;
  return rule.includes(viewer.kind);
}

/** The refusal for a viewer an action excludes: UNAUTHENTICATED when signed out, FORBIDDEN otherwise. */
export function refusalFor(viewer: Viewer) {
  return viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

/** The first statement of every use case: the viewer's scope for `action`, or a refusal. */
export function authorize(access: Access, action: Action): Scope {
  if (!isAllowed(access.viewer, action)) throw refusalFor(access.viewer);
  return access.viewerScope();
}

/** For what is empty, not refused, to viewers the action excludes (a field, a download): the scope, or null. */
export function scopeIfAllowed(access: Access, action: Action): Scope | null {
  return isAllowed(access.viewer, action) ? authorize(access, action) : null;
}

/**
 * What the first of a request's viewers allowed `action` finds in its scope, or null when none does
 * (a download link speaks for every app whose session cookie it carries). Each access is opened only
 * once the one before it has found nothing, and that one is released first: a request never holds a
 * read connection while it waits for another.
 */
export async function firstFoundInScope<T>(openers: readonly AccessOpener[], action: Action, find: (scope: Scope, access: Access) => Promise<T | null>): Promise<T | null> {
  for (const open of openers) {
    const access = await open();
    const scope = scopeIfAllowed(access, action);
    const found = scope && (await find(scope, access));
    if (found !== null) return found;
    await access.release();
  }
  return null;
}

export const authChecker: AuthChecker<{ access: Access }, Action> = ({ context }, actions) => {
  for (const action of actions) authorize(context.access, action);
  return true;
};

/** Fails the schema build when a Query or Mutation field has no @Can action: nothing is open by accident. */
export function assertEveryRootFieldHasAnAction(): void {
  const storage = getMetadataStorage();
  const missing = [...storage.queries, ...storage.mutations]
    .filter((field) => !storage.authorizedFields.some((a) => a.target === field.target && a.fieldName === field.methodName))
    .map((field) => `${field.target.name}.${field.methodName}`);
  if (missing.length > 0) throw new Error(`These root fields name no @Can action: ${missing.join(', ')}`);
}
