// The Contractors tab's filters and order as the page's URL keeps them (so a reload, a shared link
// and back/forward show the same list), and as the API and the CSV export take them.
import { CONTRACTOR_COVERAGE_STATUSES, isUsStateCode } from '@coverline/domain';
import type { ContractorCoverageStatus, ContractorFilter, ContractorOrder, ContractorOrderField, SortDirection } from '../../gql/graphql';

export interface ContractorListParams {
  search: string;
  state: string;
  jobCodeId: string;
  coverageStatus: ContractorCoverageStatus | '';
  /** Only those whose open opt-in was requested more than this many days ago (the Company Overview's link); null: no such filter. */
  awaitingOptInDays: number | null;
  field: ContractorOrderField;
  direction: SortDirection;
}

const ORDER_FIELDS: readonly ContractorOrderField[] = ['NAME', 'COVERAGE_STATUS', 'WORK_STATE'];

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** What the URL says; anything it says wrongly (an old link, a typo) is left out rather than refused. */
export function readListParams(url: URLSearchParams): ContractorListParams {
  const state = (url.get('state') ?? '').toUpperCase();
  const awaitingOptInDays = Number(url.get('awaitingOptIn') ?? Number.NaN);
  return {
    search: url.get('q') ?? '',
    state: isUsStateCode(state) ? state : '',
    jobCodeId: url.get('jobCode') ?? '',
    coverageStatus: oneOf(CONTRACTOR_COVERAGE_STATUSES, url.get('coverage')) ?? '',
    awaitingOptInDays: Number.isSafeInteger(awaitingOptInDays) && awaitingOptInDays >= 0 ? awaitingOptInDays : null,
    field: oneOf(ORDER_FIELDS, url.get('sort')) ?? 'NAME',
    direction: url.get('dir') === 'DESC' ? 'DESC' : 'ASC',
  };
}

/** The URL of a list: only what differs from the default list. */
export function writeListParams(params: ContractorListParams): URLSearchParams {
  const url = new URLSearchParams();
  if (params.search) url.set('q', params.search);
  if (params.state) url.set('state', params.state);
  if (params.jobCodeId) url.set('jobCode', params.jobCodeId);
  if (params.coverageStatus) url.set('coverage', params.coverageStatus);
  if (params.awaitingOptInDays !== null) url.set('awaitingOptIn', String(params.awaitingOptInDays));
  if (params.field !== 'NAME') url.set('sort', params.field);
  if (params.direction !== 'ASC') url.set('dir', params.direction);
  return url;
}

export function toFilter(params: ContractorListParams): ContractorFilter | null {
  const filter: ContractorFilter = {};
  if (params.search) filter.search = params.search;
  if (params.state) filter.state = params.state;
  if (params.jobCodeId) filter.jobCodeId = params.jobCodeId;
  if (params.coverageStatus) filter.coverageStatus = [params.coverageStatus];
  if (params.awaitingOptInDays !== null) filter.awaitingOptInForDays = params.awaitingOptInDays;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function toOrder(params: ContractorListParams): ContractorOrder & Pick<ContractorListParams, 'field' | 'direction'> {
  return { field: params.field, direction: params.direction };
}

/** The CSV export of the same list (GET /contractors.csv takes the API's names). */
export function exportHref(params: ContractorListParams): string {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.state) query.set('state', params.state);
  if (params.jobCodeId) query.set('jobCodeId', params.jobCodeId);
  if (params.coverageStatus) query.set('coverageStatus', params.coverageStatus);
  if (params.awaitingOptInDays !== null) query.set('awaitingOptInForDays', String(params.awaitingOptInDays));
  query.set('orderBy', params.field);
  query.set('direction', params.direction);
  return `/contractors.csv?${query.toString()}`;
}
