// The "Add job assignment" form's values and how they become `CreateAssignmentInput`, checked by
// the same rules as the server: createAssignmentSchema and checkAssignmentDates (rule 1).
import {
  checkAssignmentDates,
  createAssignmentSchema,
  parseDollarsToCents,
  todayInTimeZone,
} from '@coverline/domain';
import type { IssueLike } from '@coverline/ui';
import type { CoverageType, CreateAssignmentInput, Payer } from '../../gql/graphql';
import { emptyToNull, fromSafeParse, type Validation } from '@coverline/ui';

/**
 * The viewer does not expose the agency's time zone yet; the server re-checks every date in the
 * agency's own zone, so this only decides what the form flags before sending.
 */
export const AGENCY_TIME_ZONE = 'America/New_York';

export function agencyToday(): string {
  return todayInTimeZone(AGENCY_TIME_ZONE);
}

export type CategoryMode = 'APPROVED' | 'NEW';
/** "DEFAULT" leaves the payer out, so the agency's setting applies. */
export type PayerChoice = 'DEFAULT' | Payer;

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
  payer: PayerChoice;
  facilityId: string;
  poNumber: string;
}

export function emptyAssignmentForm(input: { hasApprovedCategories: boolean; workState: string | null }): AssignmentFormValues {
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
    payer: 'DEFAULT',
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

export function toCreateAssignmentInput(
  values: AssignmentFormValues,
  contractorId: string,
  today: string,
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
    payer: values.payer === 'DEFAULT' ? null : values.payer,
    facilityId: emptyToNull(values.facilityId),
    poNumber: emptyToNull(values.poNumber),
  };

  const extra: IssueLike[] = [];
  if (approved && !input.jobCategoryId) extra.push({ path: ['jobCategoryId'], message: 'Choose an approved job category' });
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
