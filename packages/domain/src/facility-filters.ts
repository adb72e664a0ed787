import { z } from 'zod';
import { isoDateSchema } from './dates';

// The Compliance Hub's filters: an effective-date range and/or an end-date range, inclusive, any
// subset. The same rules check the API's input, the app's form and a bookmarked URL.

export const FACILITY_FILTER_FIELDS = ['effectiveFrom', 'effectiveTo', 'endFrom', 'endTo'] as const;
export type FacilityFilterField = (typeof FACILITY_FILTER_FIELDS)[number];
export type FacilityAssignmentFilter = Partial<Record<FacilityFilterField, string>>;

const optionalDate = z.optional(isoDateSchema);

export const facilityAssignmentFilterSchema = z
  .object({ effectiveFrom: optionalDate, effectiveTo: optionalDate, endFrom: optionalDate, endTo: optionalDate })
  .superRefine((filter, ctx) => {
    if (filter.effectiveFrom && filter.effectiveTo && filter.effectiveTo < filter.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'The effective-date range ends before it starts.' });
    }
    if (filter.endFrom && filter.endTo && filter.endTo < filter.endFrom) {
      ctx.addIssue({ code: 'custom', path: ['endTo'], message: 'The end-date range ends before it starts.' });
    }
  });

/** The filter a URL's query string holds (URLSearchParams, say); parameters that are not valid dates are left out. */
export function facilityFilterFromSearchParams(params: { get(name: string): string | null }): FacilityAssignmentFilter {
  const filter: FacilityAssignmentFilter = {};
  for (const field of FACILITY_FILTER_FIELDS) {
    const value = params.get(field);
    if (value && isoDateSchema.safeParse(value).success) filter[field] = value;
  }
  return facilityAssignmentFilterSchema.safeParse(filter).success ? filter : {};
}

/** The query-string parameters of a filter as name–value pairs, in a fixed order, empty bounds left out. */
export function facilityFilterEntries(filter: FacilityAssignmentFilter): [FacilityFilterField, string][] {
  return FACILITY_FILTER_FIELDS.flatMap((field) => (filter[field] ? [[field, filter[field]] as [FacilityFilterField, string]] : []));
}

/** Whether an assignment's dates fall within a filter's bounds (what the server's query does, for checks). */
export function matchesFacilityFilter(dates: { effectiveDate: string; endDate: string }, filter: FacilityAssignmentFilter): boolean {
  return (
    (!filter.effectiveFrom || dates.effectiveDate >= filter.effectiveFrom) &&
    (!filter.effectiveTo || dates.effectiveDate <= filter.effectiveTo) &&
    (!filter.endFrom || dates.endDate >= filter.endFrom) &&
    (!filter.endTo || dates.endDate <= filter.endTo)
  );
}
