// An assignment's status as the contractor reads it: what it means for them.
import type { AssignmentStatus } from '../../gql/graphql';

export const CONTRACTOR_STATUS_WORDS: Record<AssignmentStatus, string> = {
  PENDING_APPROVAL: 'Waiting for approval',
  AWAITING_OPT_IN: 'Waiting for your confirmation',
  AWAITING_PAYMENT: 'Payment due within 24 hours',
  COVERED: 'Covered',
  ENDED: 'Ended',
  OPTED_OUT: 'Opted out, not covered',
  DECLINED: 'Payment declined',
  CANCELLED: 'Cancelled by the agency',
};
