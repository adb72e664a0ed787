// Archiving a contractor takes them off the default list and out of new assignments; it waits until
// none of their assignments is still under way, so no coverage or charge is left without its owner.
import { isTerminalStatus } from './assignment-rules';
import type { AssignmentStatus } from './enums';

/** The assignments that keep a contractor from being archived: those not over yet. */
export function assignmentsBlockingArchive<A extends { status: AssignmentStatus }>(assignments: readonly A[]): A[] {
  return assignments.filter((assignment) => !isTerminalStatus(assignment.status));
}
