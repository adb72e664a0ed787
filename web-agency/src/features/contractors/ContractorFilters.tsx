// Search and filters of the contractors list; the search waits for a pause in typing.
import { useEffect, useState } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { UsStateSelect } from '@coverline/ui';
import type { ContractorInsuranceStatus } from '../../gql/graphql';

export interface ContractorFilterValues {
  search: string;
  state: string;
  insuranceStatus: ContractorInsuranceStatus | '';
}

export const NO_FILTERS: ContractorFilterValues = { search: '', state: '', insuranceStatus: '' };

const INSURANCE_OPTIONS: { value: ContractorInsuranceStatus | ''; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'COVERED', label: 'Covered now' },
  { value: 'PENDING', label: 'Coverage pending' },
  { value: 'NOT_COVERED', label: 'Not covered' },
];

export function ContractorFilters({
  value,
  onChange,
}: {
  value: ContractorFilterValues;
  onChange: (next: ContractorFilterValues) => void;
}) {
  const [search, setSearch] = useState(value.search);
  const [debouncedSearch] = useDebouncedValue(search, 300);

  useEffect(() => {
    if (debouncedSearch.trim() !== value.search) onChange({ ...value, search: debouncedSearch.trim() });
  }, [debouncedSearch, value, onChange]);

  return (
    <Group gap="md" align="flex-end" wrap="wrap" w="100%">
      <TextInput
        label="Search contractors"
        placeholder="Name, email or external ID"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        style={{ flex: '2 1 280px' }}
      />
      <UsStateSelect
        label="Work state"
        emptyLabel="All states"
        value={value.state}
        onChange={(event) => onChange({ ...value, state: event.currentTarget.value })}
        style={{ flex: '1 1 180px' }}
      />
      <NativeSelect
        label="Insurance status"
        data={INSURANCE_OPTIONS}
        value={value.insuranceStatus}
        onChange={(event) =>
          onChange({ ...value, insuranceStatus: event.currentTarget.value as ContractorFilterValues['insuranceStatus'] })
        }
        style={{ flex: '1 1 180px' }}
      />
    </Group>
  );
}
