// The Activity page's words: an audit action in a sentence (the raw action where it is not known
// here), who an actor is, and the kinds of record the log names.
import type { ActorType } from '../../gql/graphql';

const ACTION_WORDS: Record<string, string> = {
  'agency.configure': 'Changed the agency settings',
  'api_key.create': 'Created an API key',
  'api_key.revoke': 'Revoked an API key',
  'assignment.extend': 'Extended an assignment',
  'assignment.set_po_number': 'Set a PO number',
  'certificate.issue': 'Issued a certificate',
  'contractor.archive': 'Archived a contractor',
  'contractor.create': 'Added a contractor',
  'contractor.import': 'Imported contractors',
  'contractor.restore': 'Restored a contractor',
  'contractor.update': 'Updated a contractor',
  'facility.create': 'Added a facility',
  'facility.update': 'Updated a facility',
  'facility_grant.create': 'Gave facility access',
  'facility_grant.revoke': 'Removed facility access',
  'invoice.issue': 'Issued an invoice',
  'opt_in.complete': 'Completed an opt-in',
  'opt_in.remind': 'Sent an opt-in reminder',
  'opt_in.request': 'Asked for an opt-in',
  'session.login': 'Signed in',
  'team_member.invite': 'Invited a team member',
  'team_member.remove': 'Removed a team member',
};

export function actionInWords(action: string): string {
  return ACTION_WORDS[action] ?? action;
}

export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  AGENCY_MEMBER: 'Team member',
  API_KEY: 'API key',
  FACILITY_USER: 'Facility user',
  CONTRACTOR: 'Contractor',
  OPERATOR: 'Coverline operator',
  SYSTEM: 'Coverline (automatic)',
};

export function isActorType(value: string | null): value is ActorType {
  return value !== null && Object.hasOwn(ACTOR_TYPE_LABELS, value);
}

export const RECORD_TYPE_LABELS: Record<string, string> = {
  agency: 'Agency',
  api_key: 'API key',
  assignment: 'Assignment',
  certificate: 'Certificate',
  contractor: 'Contractor',
  facility: 'Facility',
  invoice: 'Invoice',
  opt_in: 'Opt-in',
  team_member: 'Team member',
};

export function recordTypeInWords(recordType: string): string {
  return RECORD_TYPE_LABELS[recordType] ?? recordType;
}
