// The one word the Contractors tab shows for a contractor, from the statuses of their assignments:
// what a rep can act on comes first, so a declined payment is never hidden behind another
// assignment's coverage.
import type { AssignmentStatus } from './enums';

export const CONTRACTOR_COVERAGE_STATUSES = [
  'PAYMENT_DECLINED',
  'NEEDS_OPT_IN',
  'AWAITING_PAYMENT',
  'PENDING_APPROVAL',
  'COVERED',
  'NO_CURRENT_ASSIGNMENT',
  'NOT_INVITED',
] as const;
export type ContractorCoverageStatus = (typeof CONTRACTOR_COVERAGE_STATUSES)[number];

/** The assignment status each contractor status stands for; the array's order is the priority. */
const STATUS_OF_ASSIGNMENT: [AssignmentStatus, ContractorCoverageStatus][] = [
  ['DECLINED', 'PAYMENT_DECLINED'],
  ['AWAITING_OPT_IN', 'NEEDS_OPT_IN'],
  ['AWAITING_PAYMENT', 'AWAITING_PAYMENT'],
  ['PENDING_APPROVAL', 'PENDING_APPROVAL'],
  ['COVERED', 'COVERED'],
];

export type CoverageAssignment = { id: string; status: AssignmentStatus; effectiveDate: string };

/**
 * The contractor's coverage status and the assignment it comes from (the earliest-starting one in
 * that status; none when nothing is current). No assignment at all: never invited. Only ended,
 * cancelled or opted-out ones: no current assignment.
 */
export function contractorCoverage(assignments: readonly CoverageAssignment[]): {
  status: ContractorCoverageStatus;
  assignmentId: string | null;
} {
  if (assignments.length === 0) return { status: 'NOT_INVITED', assignmentId: null };
  for (const [assignmentStatus, status] of STATUS_OF_ASSIGNMENT) {
    const first = assignments
      .filter((assignment) => assignment.status === assignmentStatus)
      .reduce<CoverageAssignment | null>(
        (earliest, assignment) =>
          !earliest ||
          assignment.effectiveDate < earliest.effectiveDate ||
          (assignment.effectiveDate === earliest.effectiveDate && assignment.id < earliest.id)
            ? assignment
            : earliest,
        null,
      );
    if (first) return { status, assignmentId: first.id };
  }
  return { status: 'NO_CURRENT_ASSIGNMENT', assignmentId: null };
}

/** The API's older three-way insurance status, as sets of coverage statuses. */
export const INSURANCE_STATUS_COVERAGE: Record<'COVERED' | 'PENDING' | 'NOT_COVERED', readonly ContractorCoverageStatus[]> = {
  COVERED: ['COVERED'],
  PENDING: ['PAYMENT_DECLINED', 'NEEDS_OPT_IN', 'AWAITING_PAYMENT', 'PENDING_APPROVAL'],
  NOT_COVERED: ['NO_CURRENT_ASSIGNMENT', 'NOT_INVITED'],
};
