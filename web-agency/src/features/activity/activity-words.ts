// The Activity page's words: an audit action in a sentence (the raw action where it is not known
// here), who an actor is, and the kinds of record the log names.
import type { ActorType } from '../../gql/graphql';

const ACTION_WORDS: Record<string, string> = {
  'agency.configure': 'Changed the agency settings',
  'api_key.create': 'Created an API key',
  'api_key.revoke': 'Revoked an API key',
  'assignment.extend': 'Extended an assignment',
  'assignment.set_po_number': 'Set a PO number',
  'audit_reconciliation.create': 'Ran a facility audit',
  'certificate.issue': 'Issued a certificate',
  'charge.cancel': 'Cancelled a charge',
  'charge.retry': 'Retried a charge',
  'charge.schedule': 'Scheduled a charge',
  'contractor.archive': 'Archived a contractor',
  'contractor.create': 'Added a contractor',
  'contractor.import': 'Imported contractors',
  'contractor.restore': 'Restored a contractor',
  'contractor.revoke_links': "Revoked a contractor's sign-in links",
  'contractor.update': 'Updated a contractor',
  'facility.create': 'Added a facility',
  'facility.update': 'Updated a facility',
  'facility_grant.create': 'Gave facility access',
  'facility_grant.revoke': 'Removed facility access',
  'invoice.issue': 'Issued an invoice',
  'opt_in.complete': 'Completed an opt-in',
  'opt_in.remind': 'Sent an opt-in reminder',
  'opt_in.remind_automatically': 'Sent an automatic opt-in reminder',
  'opt_in.request': 'Asked for an opt-in',
  'payment_method.update': 'Updated a payment method',
  'session.contractor_link': 'Signed in with a contractor link',
  'session.login': 'Signed in',
  'session.magic_link': 'Signed in with an email link',
  'team_member.activate': 'Joined the team',
  'team_member.invite': 'Invited a team member',
  'team_member.invite_expire': 'Removed an expired invitation',
  'team_member.invite_resend': 'Resent an invitation',
  'team_member.invite_revoke': 'Revoked an invitation',
  'team_member.password_reset': 'Reset a password',
  'team_member.password_reset_request': 'Asked to reset a password',
  'team_member.remove': 'Removed a team member',
  'webhook_delivery.resend': 'Resent a webhook delivery',
  'webhook_endpoint.create': 'Added a webhook endpoint',
  'webhook_endpoint.delete': 'Deleted a webhook endpoint',
  'webhook_endpoint.roll_secret': "Rolled a webhook endpoint's secret",
  'webhook_endpoint.update': 'Changed a webhook endpoint',
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
  charge: 'Charge',
  contractor: 'Contractor',
  facility: 'Facility',
  facility_user: 'Facility user',
  invoice: 'Invoice',
  job_category: 'Job category',
  opt_in: 'Opt-in',
  team_member: 'Team member',
  webhook_delivery: 'Webhook delivery',
  webhook_endpoint: 'Webhook endpoint',
};

export function recordTypeInWords(recordType: string): string {
  return RECORD_TYPE_LABELS[recordType] ?? recordType;
}
