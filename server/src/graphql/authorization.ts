// Authorization in one place. Every Query and Mutation field names an action with @Can(action);
// the schema refuses to build if one does not, and the action's rule decides who may call it.
import { Authorized, getMetadataStorage, type AuthChecker } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';
import type { SignedInViewer, Viewer, ViewerKind } from './viewer.js';

const AGENCY: ViewerKind[] = ['AGENCY_MEMBER', 'AGENCY_API_KEY'];

type Rule = 'PUBLIC' | readonly ViewerKind[];

export const POLICY = {
  'viewer:read': 'PUBLIC',
  'session:sign-in': 'PUBLIC',
  'session:sign-out': 'PUBLIC',
  'invitation:read': 'PUBLIC',
  'agency:create': ['OPERATOR'],
  'agency:read': [...AGENCY, 'OPERATOR'],
  'team:read': AGENCY,
  'team:invite': AGENCY,
  'facility:read': [...AGENCY, 'FACILITY_USER'],
  'facility:configure': AGENCY,
  'facility-user:invite': [...AGENCY, 'FACILITY_USER'],
  // Whoever may read a facility may reconcile an auditor's payments against it and ask who was covered.
  'facility-audit:run': [...AGENCY, 'FACILITY_USER'],
  'facility-clearance:check': [...AGENCY, 'FACILITY_USER'],
  'api-key:manage': ['AGENCY_MEMBER'],
  'job-code:read': [...AGENCY, 'OPERATOR'],
  'contractor:manage-links': AGENCY,
  'contractor:read': AGENCY,
  'contractor:create': AGENCY,
  'contractor:remind': AGENCY,
  'job-category:read': AGENCY,
  'job-category:decide': ['OPERATOR'],
  'assignment:read': AGENCY,
  'assignment:create': AGENCY,
  'assignment:change': AGENCY,
  'premium:estimate': [...AGENCY, 'OPERATOR'],
  'opt-in:read': 'PUBLIC',
  'opt-in:submit': 'PUBLIC',
  'payment:manage': ['CONTRACTOR'],
  'contractor-self:read': ['CONTRACTOR'],
  'certificate:verify': 'PUBLIC',
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

/** Declares the action a root field performs; checked by `authChecker` before the resolver runs. */
export function Can(action: Action): MethodDecorator & PropertyDecorator {
  return Authorized(action);
}

export function isAllowed(viewer: Viewer, action: Action): boolean {
  const rule: Rule = POLICY[action];
  if (rule === 'PUBLIC') return true;
  if (viewer.kind === 'ANONYMOUS') return false;
  return rule.includes(viewer.kind);
}

/** Throws UNAUTHENTICATED for a signed-out viewer and FORBIDDEN for a signed-in one the rule excludes. */
export function authorize(viewer: Viewer, action: Action): asserts viewer is SignedInViewer {
  if (isAllowed(viewer, action)) return;
  throw viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

export const authChecker: AuthChecker<Context, Action> = ({ context }, actions) => {
  for (const action of actions) authorize(context.viewer, action);
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
