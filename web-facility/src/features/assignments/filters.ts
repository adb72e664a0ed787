// The table's filters, search and order live in the address, so a view can be bookmarked and shared.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  FACILITY_FILTER_FIELDS,
  facilityFilterFromSearchParams,
  facilityFilterEntries,
  MAX_SEARCH_LENGTH,
  type FacilityAssignmentFilter,
} from '@coverline/domain';
import type { FacilityAssignmentOrderField, SortDirection } from '../../gql/graphql';

export type FacilityAssignmentOrder = { field: FacilityAssignmentOrderField; direction: SortDirection };

const ORDER_FIELDS: readonly FacilityAssignmentOrderField[] = ['EFFECTIVE_DATE', 'END_DATE', 'CONTRACTOR'];

/** Newest first, as the server lists them when no order is given. */
export const DEFAULT_ORDER: FacilityAssignmentOrder = { field: 'EFFECTIVE_DATE', direction: 'DESC' };

function orderFromSearchParams(params: URLSearchParams): FacilityAssignmentOrder {
  const field = ORDER_FIELDS.find((candidate) => candidate === params.get('orderBy'));
  const direction = params.get('direction');
  if (!field || (direction !== 'ASC' && direction !== 'DESC')) return DEFAULT_ORDER;
  return { field, direction };
}

/** A longer search than the API takes, in a hand-edited address, is left out rather than refused. */
function searchFromSearchParams(params: URLSearchParams): string {
  const search = params.get('search')?.trim() ?? '';
  return search.length <= MAX_SEARCH_LENGTH ? search : '';
}

/** What the table shows: the dates, the contractor search ('' for everyone) and the order. */
export type FacilityView = { filter: FacilityAssignmentFilter; search: string; order: FacilityAssignmentOrder };

export function useFacilityView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo<FacilityView>(
    () => ({ filter: facilityFilterFromSearchParams(searchParams), search: searchFromSearchParams(searchParams), order: orderFromSearchParams(searchParams) }),
    [searchParams],
  );
  const applyFilter = useCallback(
    (filter: FacilityAssignmentFilter, search: string) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        for (const field of [...FACILITY_FILTER_FIELDS, 'search']) params.delete(field);
        for (const [field, value] of facilityFilterEntries(filter)) params.set(field, value);
        if (search.trim()) params.set('search', search.trim());
        return params;
      }),
    [setSearchParams],
  );
  const applyOrder = useCallback(
    (order: FacilityAssignmentOrder) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        params.delete('orderBy');
        params.delete('direction');
        if (order.field !== DEFAULT_ORDER.field || order.direction !== DEFAULT_ORDER.direction) {
          params.set('orderBy', order.field);
          params.set('direction', order.direction);
        }
        return params;
      }),
    [setSearchParams],
  );
  return { view, applyFilter, applyOrder };
}

export function isFiltered({ filter, search }: FacilityView): boolean {
  return search !== '' || FACILITY_FILTER_FIELDS.some((field) => !!filter[field]);
}

/** Tells one view from another, so that a new one starts again from the first page. */
export function viewKey({ filter, search, order }: FacilityView): string {
  return new URLSearchParams([...facilityFilterEntries(filter), ['search', search], ['orderBy', order.field], ['direction', order.direction]]).toString();
}
