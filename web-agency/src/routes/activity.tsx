// The Activity page: the agency's audit log, newest first, filtered by who, which record and dates
// (kept in the URL, so a filtered view can be shared), with "Load more" for older entries.
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { useSearchParamsUpdate } from '../components/use-search-params-update';
import { ActivityFilters, type ActivityFilterValues } from '../features/activity/ActivityFilters';
import { ActivityTable } from '../features/activity/ActivityTable';
import { isActorType } from '../features/activity/activity-words';

const PAGE_SIZE = 50;

const ActivityRouteQuery = graphql(`
  query ActivityRoute($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...ActivityTable_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PARAMS = { actorType: 'who', recordType: 'record', from: 'from', to: 'to' } as const;

function readFilters(params: URLSearchParams): ActivityFilterValues {
  const actorType = params.get(PARAMS.actorType);
  return {
    actorType: isActorType(actorType) ? actorType : null,
    recordType: params.get(PARAMS.recordType),
    from: params.get(PARAMS.from) ?? '',
    to: params.get(PARAMS.to) ?? '',
  };
}

function writeFilters(values: ActivityFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAMS) as [keyof ActivityFilterValues, string][]) {
    const value = values[field];
    if (value) params.set(name, value);
  }
  return params;
}

export function ActivityRoute() {
  const [searchParams, updateSearchParams] = useSearchParamsUpdate();
  const filters = useMemo(() => readFilters(searchParams), [searchParams]);
  const filter = { actorType: filters.actorType, recordType: filters.recordType, from: filters.from || null, to: filters.to || null };
  const { data, previousData, error, refetch, fetchMore } = useQuery(ActivityRouteQuery, { variables: { first: PAGE_SIZE, filter }, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.auditLog;

  return (
    <Stack gap="lg">
      <PageHeader title="Activity" description="Who did what in your agency, and when: every change by your team, your API keys and Coverline, newest first." />
      <ActivityFilters
        value={filters}
        onChange={(next) => updateSearchParams(() => writeFilters(next), { replace: true })}
      />
      {error ? (
        <ErrorAlert error={error} title="The activity could not load" onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingIndicator label="Loading activity" />
      ) : (
        <Card withBorder radius="md" padding={0}>
          <ActivityTable
            entries={connection.edges.map((edge) => edge.node)}
            empty={
              <Text c="dimmed" ta="center" py="lg">
                No activity matches these filters.
              </Text>
            }
          />
        </Card>
      )}
      {!error && connection?.pageInfo.hasNextPage ? (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
