// "Use this" on the budget calculator: what it hands to the add-assignment form, as URL search
// parameters (`/assignments/new?jobCode=…&workState=…&coverageTypes=…&wage=…`), and how the form
// reads them back: the agency's approved category when one matches, otherwise a new one to propose.
import { COVERAGE_TYPES, isUsStateCode, type CoverageType } from '@coverline/domain';
import type { AssignmentFormValues } from '../assignments/assignment-form';

export type AssignmentPrefill = { jobCodeId: string; workState: string; coverageTypes: CoverageType[]; wage: string };

const isCoverageType = (value: string): value is CoverageType => (COVERAGE_TYPES as readonly string[]).includes(value);

export function prefillSearchParams(prefill: AssignmentPrefill): URLSearchParams {
  return new URLSearchParams({ jobCode: prefill.jobCodeId, workState: prefill.workState, coverageTypes: prefill.coverageTypes.join(','), wage: prefill.wage });
}

/** The prefill in these parameters, or null when they carry none (or nothing usable). */
export function readPrefill(params: URLSearchParams): AssignmentPrefill | null {
  const jobCodeId = params.get('jobCode') ?? '';
  const workState = (params.get('workState') ?? '').toUpperCase();
  const coverageTypes = (params.get('coverageTypes') ?? '').split(',').filter(isCoverageType);
  if (!jobCodeId || !isUsStateCode(workState) || coverageTypes.length === 0) return null;
  return { jobCodeId, workState, coverageTypes, wage: params.get('wage') ?? '' };
}

/** The form's first values for a prefill: the approved category of the same job code, state and coverage, or a proposal of it. */
export function prefilledFormValues(
  prefill: AssignmentPrefill,
  approvedCategories: readonly { id: string; workState: string; coverageTypes: readonly CoverageType[]; jobCode: { id: string } }[],
): Partial<AssignmentFormValues> {
  const sameCoverage = (types: readonly CoverageType[]) => types.length === prefill.coverageTypes.length && types.every((type) => prefill.coverageTypes.includes(type));
  const approved = approvedCategories.find((category) => category.jobCode.id === prefill.jobCodeId && category.workState === prefill.workState && sameCoverage(category.coverageTypes));
  return approved
    ? { categoryMode: 'APPROVED', jobCategoryId: approved.id, wage: prefill.wage }
    : { categoryMode: 'NEW', newJobCategory: { jobCodeId: prefill.jobCodeId, workState: prefill.workState, coverageTypes: prefill.coverageTypes }, wage: prefill.wage };
}
