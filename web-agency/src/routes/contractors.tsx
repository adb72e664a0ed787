// The Contractors tab: the agency's contractors, searched, filtered and sorted on the server, a page
// at a time; the filters and the order live in the URL. The list exports as CSV, and the selected
// contractors can be reminded to confirm their opt-in.
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { boundedCountText, countInWords } from '@coverline/domain';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { useSearchParamsUpdate } from '../components/use-search-params-update';
import { ContractorsTable, type Selection } from '../features/contractors/ContractorsTable';
import { ContractorFilters } from '../features/contractors/ContractorFilters';
import { SendRemindersButton } from '../features/contractors/SendRemindersButton';
import { exportHref, readListParams, toFilter, toOrder, writeListParams, type ContractorListParams } from '../features/contractors/contractor-list-params';
import { MissingPoNumbersBox } from '../features/purchase-orders/MissingPoNumbersBox';

const PAGE_SIZE = 20;

const ContractorsRouteQuery = graphql(`
  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String, $withCount: Boolean! = true) {
    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount @include(if: $withCount)
      totalCountIsExact @include(if: $withCount)
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

const ContractorJobCodesQuery = graphql(`
  query ContractorJobCodes {
    jobCategories {
      id
      jobCode {
        id
        title
      }
    }
  }
`);

const CONTRACTORS = { one: 'contractor', many: 'contractors' };

const NONE_SELECTED: ReadonlySet<string> = new Set();

/** The selected rows' ids; a new list (another filter or order) starts with none. */
function useSelection(listKey: string): Selection & { clear: () => void } {
  const [state, setState] = useState<{ listKey: string; ids: ReadonlySet<string> }>({ listKey, ids: new Set() });
  const selected = useMemo(() => (state.listKey === listKey ? state.ids : NONE_SELECTED), [state, listKey]);
  const update = useCallback((change: (ids: Set<string>) => void) => {
    setState((current) => {
      const ids = new Set(current.listKey === listKey ? current.ids : []);
      change(ids);
      return { listKey, ids };
    });
  }, [listKey]);
  return useMemo(
    () => ({
      selected,
      toggle: (id: string) => update((ids) => (ids.has(id) ? ids.delete(id) : ids.add(id))),
      toggleAll: (pageIds: readonly string[]) =>
        update((ids) => {
          const all = pageIds.every((id) => ids.has(id));
          for (const id of pageIds) {
            if (all) ids.delete(id);
            else ids.add(id);
          }
        }),
      clear: () => update((ids) => ids.clear()),
    }),
    [selected, update],
  );
}

export function ContractorsRoute() {
  const [searchParams, updateSearchParams] = useSearchParamsUpdate();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);
  const changeParams = useCallback(
    (change: Partial<ContractorListParams>, options: { replace?: boolean } = {}) =>
      updateSearchParams((latest) => writeListParams({ ...readListParams(latest), ...change }), options),
    [updateSearchParams],
  );
  const onSearch = useCallback((search: string) => changeParams({ search }, { replace: true }), [changeParams]);
  const filter = useMemo(() => toFilter(params), [params]);
  const orderBy = useMemo(() => toOrder(params), [params]);
  const selection = useSelection(writeListParams(params).toString());

  const jobCodesQuery = useQuery(ContractorJobCodesQuery);
  const jobCodes = useMemo(() => {
    const byId = new Map((jobCodesQuery.data?.jobCategories ?? []).map((category) => [category.jobCode.id, category.jobCode]));
    return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
  }, [jobCodesQuery.data]);

  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ContractorsRouteQuery, {
    variables: { filter, orderBy, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  // While a new filter loads, keep showing the last answer instead of flashing an empty page.
  const connection = (data ?? previousData)?.contractors;
  const contractors = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const filtered = filter !== null;
  const total = connection?.totalCount != null && connection.totalCountIsExact != null ? { totalCount: connection.totalCount, totalCountIsExact: connection.totalCountIsExact } : null;

  const loadMore = useCallback(async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // The first page's total stands for the list: a later page does not count again.
      await fetchMore({ variables: { after: connection.pageInfo.endCursor, withCount: false } });
    } finally {
      setLoadingMore(false);
    }
  }, [connection, fetchMore]);

  const clearFilters = () => changeParams({ search: '', state: '', jobCodeId: '', coverageStatus: '', awaitingOptInDays: null });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Contractors"
        description={
          total ? (
            <span role="status">
              {countInWords(total, CONTRACTORS)}
              {filtered ? ' match these filters' : ' in your agency'}
            </span>
          ) : (
            'Everyone your agency places, and where their coverage stands.'
          )
        }
        actions={
          <Group gap="sm">
            <Button component="a" href={exportHref(params)} variant="default" download>
              Export CSV
            </Button>
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
            <Stack gap="md">
              <ContractorFilters value={params} jobCodes={jobCodes} onChange={changeParams} onSearch={onSearch} />
              {params.awaitingOptInDays !== null ? (
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    Only contractors awaiting their opt-in for more than {params.awaitingOptInDays} {params.awaitingOptInDays === 1 ? 'day' : 'days'}
                  </Text>
                  <Button variant="subtle" size="compact-sm" onClick={() => changeParams({ awaitingOptInDays: null })}>
                    Show all
                  </Button>
                </Group>
              ) : null}
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Text size="sm" c="gray.7" pt={6}>
                  {selection.selected.size > 0 ? `${selection.selected.size} selected` : 'Select contractors to remind them to confirm their opt-in.'}
                </Text>
                <SendRemindersButton contractorIds={[...selection.selected]} onSent={selection.clear} />
              </Group>
            </Stack>
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
              sort={orderBy}
              onSortChange={changeParams}
              selection={selection}
              busy={loading}
              empty={
                <Stack align="center" gap={4} py="xl">
                  <Text fw={600}>{filtered ? 'No contractor matches these filters' : 'No contractors yet'}</Text>
                  <Text size="sm" c="gray.7">
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
          <Text size="sm" c="gray.7">
            Showing {contractors.length.toLocaleString('en-US')}
            {total ? ` of ${boundedCountText(total)}` : ''}
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
