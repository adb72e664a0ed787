// The words of every status a person sees, in one place: the agency app, the contractor's page, the
// Compliance Hub and the emails say the same word for the same state, and a state that waits on the
// contractor names the one action that resolves it.
import type { ContractorCoverageStatus } from './contractor-coverage';
import type { AssignmentStatus } from './enums';

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  PENDING_APPROVAL: 'Pending approval',
  AWAITING_OPT_IN: 'Awaiting opt-in',
  AWAITING_PAYMENT: 'Awaiting payment',
  COVERED: 'Covered',
  ENDED: 'Ended',
  OPTED_OUT: 'Opted out',
  DECLINED: 'Payment declined',
  CANCELLED: 'Cancelled',
};

/** A contractor's status says the word of the assignment status it comes from. */
export const CONTRACTOR_COVERAGE_LABELS: Record<ContractorCoverageStatus, string> = {
  PAYMENT_DECLINED: ASSIGNMENT_STATUS_LABELS.DECLINED,
  NEEDS_OPT_IN: ASSIGNMENT_STATUS_LABELS.AWAITING_OPT_IN,
  AWAITING_PAYMENT: ASSIGNMENT_STATUS_LABELS.AWAITING_PAYMENT,
  PENDING_APPROVAL: ASSIGNMENT_STATUS_LABELS.PENDING_APPROVAL,
  COVERED: ASSIGNMENT_STATUS_LABELS.COVERED,
  NO_CURRENT_ASSIGNMENT: 'No current assignment',
  NOT_INVITED: 'Not invited',
};

export const CONTRACTOR_ACTIONS = ['CONFIRM_OPT_IN', 'UPDATE_CARD'] as const;
/** What the contractor does to move a waiting assignment on: confirm the opt-in form, or fix the card a payment was declined on. */
export type ContractorAction = (typeof CONTRACTOR_ACTIONS)[number];

export const CONTRACTOR_ACTION_LABELS: Record<ContractorAction, string> = {
  CONFIRM_OPT_IN: 'Confirm your coverage',
  UPDATE_CARD: 'Update your card',
};

/** The contractor's action that resolves an assignment status; null when nothing waits on them. */
export const ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS: Record<AssignmentStatus, ContractorAction | null> = {
  PENDING_APPROVAL: null,
  AWAITING_OPT_IN: 'CONFIRM_OPT_IN',
  AWAITING_PAYMENT: null,
  COVERED: null,
  ENDED: null,
  OPTED_OUT: null,
  DECLINED: 'UPDATE_CARD',
  CANCELLED: null,
};

/** The same, for the contractor's overall status (their page's summary). */
export const CONTRACTOR_COVERAGE_ACTIONS: Record<ContractorCoverageStatus, ContractorAction | null> = {
  PAYMENT_DECLINED: ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS.DECLINED,
  NEEDS_OPT_IN: ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS.AWAITING_OPT_IN,
  AWAITING_PAYMENT: null,
  PENDING_APPROVAL: null,
  COVERED: null,
  NO_CURRENT_ASSIGNMENT: null,
  NOT_INVITED: null,
};

/** Where the contractor stands, told to them on their own page: the real state, never a step they have not finished. */
export const CONTRACTOR_COVERAGE_SENTENCES: Record<ContractorCoverageStatus, string> = {
  PAYMENT_DECLINED: 'A payment was declined, so an assignment is not covered yet. Update your card, then retry the payment.',
  NEEDS_OPT_IN: 'An assignment waits for you to confirm your coverage. It is not covered until you do.',
  AWAITING_PAYMENT: 'Your card will be charged within 24 hours. Your coverage starts once the payment succeeds.',
  PENDING_APPROVAL: 'Coverline is reviewing the job category of an assignment. We will email you once it is approved.',
  COVERED: 'You are covered. Your certificate of insurance is with each covered assignment below.',
  NO_CURRENT_ASSIGNMENT: 'You have no current assignment. The certificates of past ones stay below.',
  NOT_INVITED: 'You have no assignments yet.',
};
