// Search and filters of the contractors list (and, where the table is stacked and has no headers to
// press, its order); the search waits for a pause in typing.
import { useEffect, useState } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CONTRACTOR_COVERAGE_LABELS, CONTRACTOR_COVERAGE_STATUSES } from '@coverline/domain';
import { UsStateSelect } from '@coverline/ui';
import type { ContractorCoverageStatus } from '../../gql/graphql';
import type { ContractorListParams } from './contractor-list-params';

const COVERAGE_OPTIONS = [
  { value: '', label: 'Any coverage status' },
  ...CONTRACTOR_COVERAGE_STATUSES.map((status) => ({ value: status, label: CONTRACTOR_COVERAGE_LABELS[status] })),
];

const ORDER_OPTIONS = [
  { value: 'NAME:ASC', label: 'Name, A to Z' },
  { value: 'NAME:DESC', label: 'Name, Z to A' },
  { value: 'COVERAGE_STATUS:ASC', label: 'Coverage status, to act on first' },
  { value: 'COVERAGE_STATUS:DESC', label: 'Coverage status, to act on last' },
  { value: 'WORK_STATE:ASC', label: 'Work state, A to Z' },
  { value: 'WORK_STATE:DESC', label: 'Work state, Z to A' },
];

export interface JobCodeOption {
  id: string;
  title: string;
}

export function ContractorFilters({
  value,
  jobCodes,
  onChange,
  onSearch,
}: {
  value: ContractorListParams;
  /** The job codes of the agency's categories, by title. */
  jobCodes: readonly JobCodeOption[];
  onChange: (change: Partial<ContractorListParams>) => void;
  /** A new search (typed: it replaces the page's history entry instead of adding one). */
  onSearch: (search: string) => void;
}) {
  const [search, setSearch] = useState(value.search);
  const [debouncedSearch] = useDebouncedValue(search, 300);

  // Back/forward to another search shows it in the box.
  useEffect(() => setSearch(value.search), [value.search]);
  useEffect(() => {
    if (debouncedSearch.trim() !== value.search) onSearch(debouncedSearch.trim());
  }, [debouncedSearch, value.search, onSearch]);

  return (
    <Group gap="md" align="flex-end" wrap="wrap" w="100%">
      <TextInput
        label="Search contractors"
        placeholder="Name, email or external ID"
        type="search"
        maxLength={100}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '2 1 240px' }}
      />
      <UsStateSelect
        label="Work state"
        emptyLabel="All states"
        value={value.state}
        onChange={(event) => onChange({ state: event.currentTarget.value })}
        style={{ flex: '1 1 160px' }}
      />
      <NativeSelect
        label="Job code"
        data={[{ value: '', label: 'All job codes' }, ...jobCodes.map((code) => ({ value: code.id, label: code.title }))]}
        value={value.jobCodeId}
        onChange={(event) => onChange({ jobCodeId: event.currentTarget.value })}
        style={{ flex: '1 1 200px' }}
      />
      <NativeSelect
        label="Coverage status"
        data={COVERAGE_OPTIONS}
        value={value.coverageStatus}
        onChange={(event) => onChange({ coverageStatus: event.currentTarget.value as ContractorCoverageStatus | '' })}
        style={{ flex: '1 1 180px' }}
      />
      <NativeSelect
        label="Sort by"
        hiddenFrom="sm"
        data={ORDER_OPTIONS}
        value={`${value.field}:${value.direction}`}
        onChange={(event) => {
          const [field, direction] = event.currentTarget.value.split(':') as [ContractorListParams['field'], ContractorListParams['direction']];
          onChange({ field, direction });
        }}
        style={{ flex: '1 1 180px' }}
      />
    </Group>
  );
}
