// The words an assignment's status history records for each move, in one place: the use cases write
// them, and the demo data, made through the same producers, writes the same.
import { formatCents } from '@coverline/domain';

export const STATUS_REASONS = {
  categoryApproved: 'The job category was approved.',
  categoryRejected: (reason?: string | null) => `The job category was rejected${reason ? `: ${reason}` : '.'}`,
  optInConfirmed: 'The contractor confirmed the opt-in form.',
  optedOut: 'The contractor opted out before being charged.',
  paymentRetried: 'The contractor retried the payment.',
  paymentRetriedOnNewCard: 'The contractor saved a new card, and the payment was retried on it.',
  cancelledByAgency: (reason?: string | null) => reason?.trim() || 'Cancelled by the agency.',
  ended: 'The end date has passed.',
  chargeSucceeded: (amountCents: number) => `The charge of ${formatCents(amountCents)} succeeded.`,
  chargeDeclined: (amountCents: number, message: string) => `The charge of ${formatCents(amountCents)} was declined: ${message}`,
};
