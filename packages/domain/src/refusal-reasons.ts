// The stable, machine-readable reasons of the refusals integrations branch on. The API returns one
// as `extensions.reason` beside `code` and `field`; the forms read the same reason from the rules
// that produce it. Names are SCREAMING_SNAKE_CASE and never change meaning: a new refusal gets a
// new reason, and the README's "Refusal reasons" lists every one with the operations that return it.
export const REFUSAL_REASONS = [
  'RETROACTIVE_COVERAGE',
  'END_DATE_BEFORE_EFFECTIVE_DATE',
  'ASSIGNMENT_LONGER_THAN_ONE_YEAR',
  'END_DATE_NOT_LATER',
  'ASSIGNMENT_CLOSED',
  'ASSIGNMENT_ALREADY_STARTED',
  'CATEGORY_NOT_APPROVED',
  'CATEGORY_ALREADY_DECIDED',
  'COVERAGE_REQUIREMENT_NOT_MET',
  'NO_RATE',
  'CONTRACTOR_ARCHIVED',
  'CONTRACTOR_HAS_ASSIGNMENT_UNDER_WAY',
  'EXTERNAL_ID_TAKEN',
  'NOTHING_TO_CONFIRM',
  'OPT_IN_ALREADY_COMPLETED',
  'FACILITY_NAME_TAKEN',
  'INVOICE_NOT_ISSUED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'IDEMPOTENCY_KEY_ANSWER_LOST',
  'RECONCILIATION_QUOTA_REACHED',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}
