// The Contractors tab: the agency's contractors, searchable and filtered, a page at a time.
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import type { ContractorFilter } from '../gql/graphql';
import { ContractorsTable } from '../features/contractors/ContractorsTable';
import { MissingPoNumbersBox } from '../features/purchase-orders/MissingPoNumbersBox';
import { ContractorFilters, NO_FILTERS, type ContractorFilterValues } from '../features/contractors/ContractorFilters';

const PAGE_SIZE = 20;

const ContractorsRouteQuery = graphql(`
  query ContractorsRoute($filter: ContractorFilter, $first: Int, $after: String) {
    contractors(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ContractorsTable_contractor
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function toFilter(values: ContractorFilterValues): ContractorFilter | null {
  const filter: ContractorFilter = {};
  if (values.search) filter.search = values.search;
  if (values.state) filter.state = values.state;
  if (values.insuranceStatus) filter.insuranceStatus = values.insuranceStatus;
  return Object.keys(filter).length > 0 ? filter : null;
}

function countLabel(count: number): string {
  return count === 1 ? '1 contractor' : `${count.toLocaleString('en-US')} contractors`;
}

export function ContractorsRoute() {
  const [filters, setFilters] = useState<ContractorFilterValues>(NO_FILTERS);
  // Remounts the filter bar when they are cleared, so its search box empties too.
  const [filtersKey, setFiltersKey] = useState(0);
  const clearFilters = useCallback(() => {
    setFilters(NO_FILTERS);
    setFiltersKey((key) => key + 1);
  }, []);
  const filter = useMemo(() => toFilter(filters), [filters]);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ContractorsRouteQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // While a new filter loads, keep showing the last answer instead of flashing an empty page.
  const connection = (data ?? previousData)?.contractors;
  const contractors = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const filtered = filter !== null;

  const loadMore = useCallback(async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [connection, fetchMore]);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Contractors"
        description={
          connection ? (
            <span role="status">
              {countLabel(connection.totalCount)}
              {filtered ? ' match these filters' : ' in your agency'}
            </span>
          ) : (
            'Everyone your agency places, and where their coverage stands.'
          )
        }
        actions={
          <Group gap="sm">
            <Button component={Link} to="/contractors/import" variant="default">
              Bulk import
            </Button>
            <Button component={Link} to="/contractors/new">
              Add contractor
            </Button>
          </Group>
        }
      />
      <MissingPoNumbersBox />
      <Card withBorder radius="md" padding={0}>
        <Stack gap={0}>
          <Box p="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <ContractorFilters key={filtersKey} value={filters} onChange={setFilters} />
          </Box>
          {error && !connection ? (
            <Stack p="md">
              <ErrorAlert error={error} title="The contractors could not load" onRetry={() => void refetch()} />
            </Stack>
          ) : !connection ? (
            <LoadingIndicator label="Loading contractors" />
          ) : (
            <ContractorsTable
              contractors={contractors}
              empty={
                <Stack align="center" gap={4} py="xl">
                  <Text fw={600}>{filtered ? 'No contractor matches these filters' : 'No contractors yet'}</Text>
                  <Text size="sm" c="dimmed">
                    {filtered ? 'Try another search or clear a filter.' : 'Add your first contractor to get started.'}
                  </Text>
                  {filtered ? (
                    <Button variant="default" size="sm" mt="xs" onClick={clearFilters}>
                      Clear filters
                    </Button>
                  ) : null}
                </Stack>
              }
            />
          )}
        </Stack>
      </Card>
      {connection && connection.edges.length > 0 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Showing {contractors.length.toLocaleString('en-US')} of {connection.totalCount.toLocaleString('en-US')}
          </Text>
          {connection.pageInfo.hasNextPage ? (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore || (loading && !data)}>
              Load more
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
