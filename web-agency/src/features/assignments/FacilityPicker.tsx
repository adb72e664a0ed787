// The assignment's facility, searched by name on the server (an agency may have many): the first
// matches by name, and the one chosen stays shown whatever is searched next.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../gql';

const MATCHES_SHOWN = 20;

const FacilityPickerQuery = graphql(`
  query FacilityPicker($search: String, $first: Int!) {
    viewer {
      id
      facilityConnection(search: $search, first: $first) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

type Facility = { id: string; name: string };

export function FacilityPicker({ value, onChange, onBlur, error }: { value: string; onChange: (facilityId: string) => void; onBlur: () => void; error?: string }) {
  const [chosen, setChosen] = useState<Facility | null>(null);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // While the field shows the chosen facility's name, the list offers every facility again.
  const query = chosen && debouncedSearch === chosen.name ? null : debouncedSearch.trim() || null;
  const { data, previousData } = useQuery(FacilityPickerQuery, { variables: { search: query, first: MATCHES_SHOWN } });
  const connection = (data ?? previousData)?.viewer?.facilityConnection;
  const matches = connection?.edges.map((edge) => edge.node) ?? [];
  const options = [...(chosen && !matches.some((facility) => facility.id === chosen.id) ? [chosen] : []), ...matches];
  const more = connection ? connection.totalCount - matches.length : 0;

  return (
    <Select
      label="Facility (optional)"
      description={
        more > 0 ? `Where the work happens; its Compliance Hub shows the certificate. Type to find one of ${connection?.totalCount} facilities.` : 'Where the work happens; its Compliance Hub shows the certificate.'
      }
      placeholder="No facility"
      searchable
      clearable
      data={options.map((facility) => ({ value: facility.id, label: facility.name }))}
      // The server has matched the search already.
      filter={({ options: shown }) => shown}
      searchValue={search}
      onSearchChange={setSearch}
      value={value || null}
      onChange={(facilityId) => {
        setChosen(options.find((facility) => facility.id === facilityId) ?? null);
        onChange(facilityId ?? '');
      }}
      onBlur={onBlur}
      nothingFoundMessage="No facility has this name"
      error={error}
    />
  );
}
