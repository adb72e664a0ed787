// The Activity page: the agency's audit log, newest first, filtered by who (a kind, or one person or
// key), which record (a kind, or one record) and dates
// (kept in the URL, so a filtered view can be shared), with "Load more" for older entries.
import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { useSearchParamsUpdate } from '../components/use-search-params-update';
import { ActivityFilters, type ActivityFilterValues } from '../features/activity/ActivityFilters';
import { ActivityTable, type ActivityDrillDown } from '../features/activity/ActivityTable';
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

const PARAMS = { actorType: 'who', actorId: 'actor', recordType: 'record', recordId: 'record-id', from: 'from', to: 'to' } as const;

function readFilters(params: URLSearchParams): ActivityFilterValues {
  const actorType = params.get(PARAMS.actorType);
  return {
    actorType: isActorType(actorType) ? actorType : null,
    actorId: params.get(PARAMS.actorId),
    recordType: params.get(PARAMS.recordType),
    recordId: params.get(PARAMS.recordId),
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
  const filter = { ...filters, from: filters.from || null, to: filters.to || null };
  const { data, previousData, error, refetch, fetchMore } = useQuery(ActivityRouteQuery, { variables: { first: PAGE_SIZE, filter }, fetchPolicy: 'cache-and-network' });
  const connection = (data ?? previousData)?.auditLog;
  const applyFilters = useCallback(
    (next: ActivityFilterValues) => updateSearchParams(() => writeFilters(next), { replace: true }),
    [updateSearchParams],
  );
  // A step into one person's or one record's history is a new page of history: Back returns.
  const drillDown = useMemo<ActivityDrillDown>(
    () => ({
      onlyActor: (actor) => updateSearchParams(() => writeFilters({ ...filters, actorType: actor.type, actorId: actor.id })),
      onlyRecord: (record) => updateSearchParams(() => writeFilters({ ...filters, recordType: record.type, recordId: record.id })),
    }),
    [updateSearchParams, filters],
  );
  const narrowedActor = filters.actorId ? connection?.edges.find((edge) => edge.node.actor.id === filters.actorId)?.node.actor : undefined;
  const actorName = narrowedActor ? (narrowedActor.name ?? narrowedActor.email ?? null) : null;

  return (
    <Stack gap="lg">
      <PageHeader title="Activity" description="Who did what in your agency, and when: every change by your team, your API keys and Coverline, newest first." />
      <ActivityFilters value={filters} actorName={actorName} onChange={applyFilters} />
      {error ? (
        <ErrorAlert error={error} title="The activity could not load" onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingIndicator label="Loading activity" />
      ) : (
        <Card withBorder radius="md" padding={0}>
          <ActivityTable
            entries={connection.edges.map((edge) => edge.node)}
            drillDown={drillDown}
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
