// The reconciliations kept for the facility, newest first: when, which file, how its payments
// matched, and their downloads again (an auditor asks for last quarter's packet).
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { RECONCILIATION_STATUS_LABELS } from '@coverline/domain';
import { DataTable, ErrorAlert, LoadMore, LoadingIndicator, dataTableColumnHelper, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { FacilityReconciliationsQuery } from '../../gql/graphql';

const PAGE_SIZE = 10;

const FacilityReconciliationsQueryDocument = graphql(`
  query FacilityReconciliations($facilityId: ID!, $first: Int, $after: String) {
    facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          createdAt
          fileName
          csvUrl
          packetUrl
          totals {
            status
            count
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Kept = FacilityReconciliationsQuery['facilityReconciliations']['edges'][number]['node'];

const column = dataTableColumnHelper<Kept>();

const columns = column.columns([
  column.accessor('createdAt', { header: 'Reconciled', cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor('fileName', { header: 'File', cell: ({ getValue }) => getValue() ?? 'Untitled schedule' }),
  column.display({
    id: 'payments',
    header: 'Payments',
    cell: ({ row }) => row.original.totals.map((total) => `${total.count} ${RECONCILIATION_STATUS_LABELS[total.status].toLowerCase()}`).join(', '),
  }),
  column.display({
    id: 'downloads',
    header: () => <span className="coverline-visually-hidden">Downloads</span>,
    meta: { align: 'right', label: 'Downloads' },
    cell: ({ row }) => (
      <Group gap="xs" justify="flex-end" wrap="nowrap">
        <Button component="a" href={row.original.csvUrl} download variant="subtle" size="xs">
          CSV<span className="coverline-visually-hidden"> of {row.original.fileName ?? 'this schedule'}</span>
        </Button>
        <Button component="a" href={row.original.packetUrl} download variant="subtle" size="xs">
          Packet<span className="coverline-visually-hidden"> of {row.original.fileName ?? 'this schedule'}</span>
        </Button>
      </Group>
    ),
  }),
]);

export function ReconciliationHistory({ facility }: { facility: { id: string; name: string } }) {
  const { data, error, refetch, fetchMore } = useQuery(FacilityReconciliationsQueryDocument, {
    variables: { facilityId: facility.id, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const kept = useMemo(() => data?.facilityReconciliations.edges.map((edge) => edge.node) ?? [], [data]);

  if (!data && error) return <ErrorAlert error={error} title="Earlier reconciliations could not load" onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator label="Loading earlier reconciliations" />;
  if (kept.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reconciliation-history-heading">
      <Stack gap="sm">
        <Text id="reconciliation-history-heading" fw={700} component="h2" size="md" m={0}>
          Earlier reconciliations ({data.facilityReconciliations.totalCount})
        </Text>
        <DataTable caption={`Earlier reconciliations at ${facility.name}`} columns={columns} data={kept} getRowId={(row) => row.id} minWidth={560} stackBelow="sm" />
        <LoadMore pageInfo={data.facilityReconciliations.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    </Paper>
  );
}
