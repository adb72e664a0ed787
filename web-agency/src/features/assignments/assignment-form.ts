// The "Add job assignment" form's values and how they become `CreateAssignmentInput`, checked by
// the same rules as the server: createAssignmentSchema, checkAssignmentDates (rule 1) and the
// agency's coverage requirements (unmetCoverageRequirements).
import {
  checkAssignmentDates,
  createAssignmentSchema,
  parseDollarsToCents,
  unmetCoverageRequirements,
  type CoverageRequirements,
  type ProvidedLimits,
  type UnmetRequirement,
} from '@coverline/domain';
import type { IssueLike } from '@coverline/ui';
import type { CoverageType, CreateAssignmentInput, Payer } from '../../gql/graphql';
import { emptyToNull, fromSafeParse, type Validation } from '@coverline/ui';

export type CategoryMode = 'APPROVED' | 'NEW';

/** What the form needs of the agency: its name and defaults, and what its coverage must meet. */
export interface AssignmentFormAgency {
  name: string;
  defaultPayer: Payer;
  /** "Today" (the earliest effective date) is the agency's, as the server counts it. */
  timeZone: string;
  requirements: CoverageRequirements;
  /** The limits Coverline's policies in force provide. */
  provided: ProvidedLimits;
}

export interface AssignmentFormValues {
  categoryMode: CategoryMode;
  jobCategoryId: string;
  newJobCategory: { jobCodeId: string; coverageTypes: CoverageType[]; workState: string };
  clientEntity: string;
  jobName: string;
  description: string;
  effectiveDate: string;
  endDate: string;
  /** Dollars as typed, e.g. "1,250.00". */
  wage: string;
  payer: Payer;
  facilityId: string;
  poNumber: string;
}

export function emptyAssignmentForm(input: { hasApprovedCategories: boolean; workState: string | null; defaultPayer: Payer }): AssignmentFormValues {
  return {
    categoryMode: input.hasApprovedCategories ? 'APPROVED' : 'NEW',
    jobCategoryId: '',
    newJobCategory: { jobCodeId: '', coverageTypes: [], workState: input.workState ?? '' },
    clientEntity: '',
    jobName: '',
    description: '',
    effectiveDate: '',
    endDate: '',
    wage: '',
    payer: input.defaultPayer,
    facilityId: '',
    poNumber: '',
  };
}

/** Form field of a schema or server path: the API's `wageCents` is the form's `wage`. */
export function formFieldFor(path: string, mode: CategoryMode): string | null {
  if (path === 'wageCents') return 'wage';
  if (path === 'contractorId') return null;
  if (path === 'jobCodeId') return 'newJobCategory.jobCodeId';
  // A proposal's problems (e.g. no rate for that combination) come back on jobCategoryId.
  if (path === 'jobCategoryId' && mode === 'NEW') return 'newJobCategory.jobCodeId';
  if (path.startsWith('newJobCategory.coverageTypes')) return 'newJobCategory.coverageTypes';
  return path;
}

/** The coverage types chosen so far: the approved category's, or the proposal's; null before a category is chosen. */
export function chosenCoverageTypes(
  choice: { categoryMode: CategoryMode; jobCategoryId: string; proposedCoverageTypes: readonly CoverageType[] },
  approvedCategories: readonly { id: string; coverageTypes: readonly CoverageType[] }[],
): readonly CoverageType[] | null {
  if (choice.categoryMode === 'NEW') return choice.proposedCoverageTypes.length > 0 ? choice.proposedCoverageTypes : null;
  return approvedCategories.find((category) => category.id === choice.jobCategoryId)?.coverageTypes ?? null;
}

/** The agency's requirements the chosen coverage types miss, as the server would refuse them. */
export function unmetRequirementsOf(coverageTypes: readonly CoverageType[] | null, agency: Pick<AssignmentFormAgency, 'requirements' | 'provided'>): UnmetRequirement[] {
  return coverageTypes ? unmetCoverageRequirements({ requirements: agency.requirements, coverageTypes, provided: agency.provided }) : [];
}

export function toCreateAssignmentInput(
  values: AssignmentFormValues,
  contractorId: string,
  today: string,
  unmetRequirements: readonly UnmetRequirement[] = [],
): Validation<CreateAssignmentInput> {
  const approved = values.categoryMode === 'APPROVED';
  const wageCents = parseDollarsToCents(values.wage);
  const input = {
    contractorId,
    jobCategoryId: approved ? emptyToNull(values.jobCategoryId) : null,
    newJobCategory: approved ? null : values.newJobCategory,
    clientEntity: values.clientEntity,
    jobName: values.jobName,
    description: values.description,
    effectiveDate: values.effectiveDate,
    endDate: values.endDate,
    wageCents: wageCents ?? undefined,
    payer: values.payer,
    facilityId: emptyToNull(values.facilityId),
    poNumber: emptyToNull(values.poNumber),
  };

  const extra: IssueLike[] = [];
  if (approved && !input.jobCategoryId) extra.push({ path: ['jobCategoryId'], message: 'Choose an approved job category' });
  const [unmet] = unmetRequirements;
  if (unmet) extra.push({ path: approved ? ['jobCategoryId'] : ['newJobCategory', 'coverageTypes'], message: unmet.message });
  for (const field of ['effectiveDate', 'endDate'] as const) {
    if (values[field].trim() === '') extra.push({ path: [field], message: 'Choose a date' });
  }
  if (values.effectiveDate && values.endDate) {
    for (const problem of checkAssignmentDates({ effectiveDate: values.effectiveDate, endDate: values.endDate, today })) {
      extra.push({ path: [problem.field], message: problem.message });
    }
  }
  // Our own messages first: the first problem of each field is the one shown.
  const result = fromSafeParse(createAssignmentSchema.safeParse(input), []);
  if (result.ok && extra.length === 0) {
    const data = result.output;
    return {
      ok: true,
      output: {
        contractorId: data.contractorId,
        jobCategoryId: data.jobCategoryId ?? null,
        newJobCategory: data.newJobCategory ?? null,
        clientEntity: data.clientEntity,
        jobName: data.jobName,
        description: data.description,
        effectiveDate: data.effectiveDate,
        endDate: data.endDate,
        wageCents: data.wageCents,
        payer: data.payer ?? null,
        facilityId: data.facilityId ?? null,
        poNumber: data.poNumber ?? null,
      },
    };
  }
  return { ok: false, issues: [...extra, ...(result.ok ? [] : result.issues)] };
}

/** The estimatePremium input for what is chosen so far, or null while something is missing. */
export function premiumEstimateInput(values: {
  categoryMode: CategoryMode;
  jobCategoryId: string;
  jobCodeId: string;
  coverageTypes: CoverageType[];
  workState: string;
  wage: string;
}) {
  const wageCents = parseDollarsToCents(values.wage);
  if (wageCents === null || wageCents <= 0) return null;
  if (values.categoryMode === 'APPROVED') {
    return values.jobCategoryId ? { jobCategoryId: values.jobCategoryId, wageCents } : null;
  }
  if (!values.jobCodeId || values.coverageTypes.length === 0 || !values.workState) return null;
  return {
    jobCodeId: values.jobCodeId,
    coverageTypes: values.coverageTypes,
    workState: values.workState,
    wageCents,
  };
}
