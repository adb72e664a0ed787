// "Use this" on the Job Codes tab's budget calculator: first the contractor (searched on the server),
// then the contractor's add-assignment form, pre-filled with the budget's job code, state, coverage and
// wage (the parameters pass on unchanged).
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { coverageTypesInWords, formatCents, parseDollarsToCents, usStateName } from '@coverline/domain';
import { ErrorAlert, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { BackLink } from '../components/BackLink';
import { readPrefill } from '../features/job-codes/assignment-prefill';

const PICKER_SIZE = 20;

const ContractorPickerQuery = graphql(`
  query ContractorPicker($search: String, $first: Int) {
    contractors(filter: { search: $search }, first: $first) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          email
        }
      }
    }
  }
`);

export function NewAssignmentFromBudgetRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const prefill = readPrefill(searchParams);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, error, refetch } = useQuery(ContractorPickerQuery, { variables: { search: debounced || null, first: PICKER_SIZE } });
  const connection = (data ?? previousData)?.contractors;
  const options = useMemo(
    () => (connection?.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.firstName} ${node.lastName} (${node.email})` })),
    [connection],
  );
  const wageCents = prefill ? parseDollarsToCents(prefill.wage) : null;

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        back={<BackLink to="/job-codes">Job Codes</BackLink>}
        title="Add job assignment"
        description="Choose the contractor this assignment is for. The form that follows starts with the job code, state, coverage and wage of your budget."
      />
      {prefill ? (
        <Text size="sm" c="gray.7">
          From your budget: {coverageTypesInWords(prefill.coverageTypes)} in {usStateName(prefill.workState)}
          {wageCents ? `, a wage of ${formatCents(wageCents)}` : ''}.
        </Text>
      ) : null}
      {error ? <ErrorAlert error={error} title="Your contractors could not load" onRetry={() => void refetch()} /> : null}
      <Card withBorder radius="md" padding="lg">
        <Select
          label="Contractor"
          description="Search by name, email or external id"
          placeholder="Start typing a name"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server already searched: show its answer as it is.
          filter={({ options: found }) => found}
          data={options}
          nothingFoundMessage={connection ? 'No contractor matches this search' : 'Loading…'}
          onChange={(contractorId) => {
            if (contractorId) void navigate(`/contractors/${contractorId}/assignments/new?${searchParams.toString()}`);
          }}
        />
        {connection && connection.totalCount > PICKER_SIZE ? (
          <Text size="xs" c="gray.7" mt="xs">
            Showing {PICKER_SIZE} of {connection.totalCount.toLocaleString('en-US')}: type to narrow the list.
          </Text>
        ) : null}
      </Card>
    </Stack>
  );
}
