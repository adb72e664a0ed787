// A list inside an object (a contractor's assignments, an assignment's status history, an agency's
// facilities…) keeps the plain list type the contract gives it, and is bounded: `first` takes 1 to
// the list's maximum and is that maximum when left out, so the cost limit (list-cost.ts, which reads
// the argument's default) counts each such list at the size it can really reach. A page of parents
// still loads its lists in one statement (their DataLoader); past the maximum, the root connections
// (`assignments(filter: { contractorId })`, `facilityTeam`, `Viewer.facilityConnection`) page on.
import { badUserInput } from './errors.js';

/** Each nested list's maximum, far above what one parent usually has. */
export const NESTED_LIST_MAXIMUM = {
  contractorAssignments: 200,
  contractorReminders: 50,
  assignmentCertificates: 50,
  assignmentStatusHistory: 50,
  facilityTeam: 100,
  facilities: 500,
  invoiceLines: 500,
} as const;

/** The `first` argument of a nested list (for `@Arg('first', () => Int, nestedFirst(max))`). */
export function nestedFirst(maximum: number): { nullable: true; defaultValue: number; description: string } {
  return { nullable: true, defaultValue: maximum, description: `How many to list: 1 to ${maximum}, ${maximum} when left out.` };
}

/** The first `first` of the list `load` answers; `first` is checked before anything is loaded. */
export async function firstOfList<T>(first: number | null | undefined, maximum: number, load: () => Promise<readonly T[]> | readonly T[]): Promise<T[]> {
  const size = first ?? maximum;
  if (!Number.isInteger(size) || size < 1 || size > maximum) throw badUserInput('first', `Ask for 1 to ${maximum} items.`);
  return (await load()).slice(0, size);
}

