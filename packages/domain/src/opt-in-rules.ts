import type { CoverageType } from './enums';

/** What makes two assignments "the same" for opt-in purposes (DESIGN rule 3). */
export type CoreInfo = {
  jobCategoryId: string;
  coverageTypes: readonly CoverageType[];
  workState: string;
};

function normalizeState(state: string): string {
  return state.trim().toUpperCase();
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
}

/** Same job category, same set of coverage types (order and repeats ignored), same work state. */
export function sameCoreInfo(a: CoreInfo, b: CoreInfo): boolean {
  return (
    a.jobCategoryId === b.jobCategoryId &&
    normalizeState(a.workState) === normalizeState(b.workState) &&
    sameSet(a.coverageTypes, b.coverageTypes)
  );
}

/**
 * DESIGN rule 3: opt-in is needed iff none of the contractor's assignments with a completed
 * opt-in has the same job category, coverage types and work state as the new one.
 */
export function isOptInRequired(newAssignment: CoreInfo, optedInAssignments: readonly CoreInfo[]): boolean {
  return !optedInAssignments.some((done) => sameCoreInfo(newAssignment, done));
}
