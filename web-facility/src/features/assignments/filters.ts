// The table's filters live in the address, so a filtered view can be bookmarked and shared.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  FACILITY_FILTER_FIELDS,
  facilityFilterFromSearchParams,
  facilityFilterEntries,
  type FacilityAssignmentFilter,
} from '@coverline/domain';

export function useFacilityFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => facilityFilterFromSearchParams(searchParams), [searchParams]);
  const applyFilter = useCallback(
    (next: FacilityAssignmentFilter) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        for (const field of FACILITY_FILTER_FIELDS) params.delete(field);
        for (const [field, value] of facilityFilterEntries(next)) params.set(field, value);
        return params;
      }),
    [setSearchParams],
  );
  return { filter, applyFilter };
}

export function isFiltered(filter: FacilityAssignmentFilter): boolean {
  return FACILITY_FILTER_FIELDS.some((field) => !!filter[field]);
}
