// The facility's covered assignments, one row each, in the order asked for (newest first unless
// asked), a page at a time; the count of every matching row; and the ZIP of all of them where the
// agency allows it. On a phone each row is a card.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FacilityAssignmentFilter } from '@coverline/domain';
import { CertificateList, DataTable, ErrorAlert, LoadingIndicator, dataTableColumnHelper, formatDate, type DataTableSort } from '@coverline/ui';
import { graphql } from '../../gql';
import type { FacilityAssignmentOrderField, FacilityAssignmentsQuery } from '../../gql/graphql';
import type { FacilityAssignmentOrder } from './filters';

export const PAGE_SIZE = 25;

const FacilityAssignmentsQuery = graphql(`
  query FacilityAssignments(
    $facilityId: ID!
    $filter: FacilityAssignmentFilter
    $search: String
    $orderBy: FacilityAssignmentOrder
    $first: Int
    $after: String
  ) {
    facilityAssignments(facilityId: $facilityId, filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      bulkDownloadUrl
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          contractorName
          effectiveDate
          endDate
          certificates {
            number
            downloadUrl
            verifyUrl
            status
          }
        }
      }
    }
  }
`);

const COUNT = new Intl.NumberFormat('en-US');

type Row = FacilityAssignmentsQuery['facilityAssignments']['edges'][number]['node'];

const column = dataTableColumnHelper<Row>();

const calendarDate = (date: string) => <time dateTime={date}>{formatDate(date)}</time>;

/** The table's sortable columns and the order each asks the server for. */
const ORDER_FIELD_OF_COLUMN: Record<string, FacilityAssignmentOrderField> = { contractorName: 'CONTRACTOR', effectiveDate: 'EFFECTIVE_DATE', endDate: 'END_DATE' };

const COLUMNS = column.columns([
  column.accessor('contractorName', {
    header: 'Contractor',
    meta: { sortable: true },
    cell: ({ getValue }) => (
      <Text span inherit fw={500}>
        {getValue()}
      </Text>
    ),
  }),
  column.accessor('effectiveDate', { header: 'Effective date', meta: { nowrap: true, sortable: true }, cell: ({ getValue }) => calendarDate(getValue()) }),
  column.accessor('endDate', { header: 'End date', meta: { nowrap: true, sortable: true }, cell: ({ getValue }) => calendarDate(getValue()) }),
  column.accessor('certificates', {
    header: 'Certificate',
    // The number and its download on one line: a number broken at its hyphens is misread.
    meta: { nowrap: true },
    // The valid certificate first, then any it replaced, each marked void and naming its replacement.
    cell: ({ getValue }) => <CertificateList certificates={getValue()} />,
  }),
]);

function columnSort(order: FacilityAssignmentOrder): DataTableSort | null {
  const columnId = Object.keys(ORDER_FIELD_OF_COLUMN).find((id) => ORDER_FIELD_OF_COLUMN[id] === order.field);
  return columnId ? { columnId, direction: order.direction === 'ASC' ? 'asc' : 'desc' } : null;
}

function BulkDownload({ url, count }: { url: string | null; count: number }) {
  if (!url) {
    return (
      <Text size="sm" c="dimmed" maw={420}>
        Downloading every certificate at once is not enabled for this facility. Your staffing partner can enable it.
      </Text>
    );
  }
  return (
    <Button component="a" href={url} download variant="light">
      Download all {COUNT.format(count)} as ZIP
    </Button>
  );
}

export interface FacilityAssignmentsProps {
  facilityId: string;
  filter: FacilityAssignmentFilter;
  /** Part of the contractor's name; '' for everyone. */
  search: string;
  order: FacilityAssignmentOrder;
  onOrderChange: (order: FacilityAssignmentOrder) => void;
  filtered: boolean;
}

export function FacilityAssignments({ facilityId, filter, search, order, onOrderChange, filtered }: FacilityAssignmentsProps) {
  // The cursors of the pages visited so far: Previous goes back one, Next adds the current page's end.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(FacilityAssignmentsQuery, {
    variables: { facilityId, filter, search: search || null, orderBy: order, first: PAGE_SIZE, after },
  });
  const connection = (data ?? previousData)?.facilityAssignments;

  if (!connection && error) return <ErrorAlert error={error} title="The assignments could not load" onRetry={() => void refetch()} />;
  if (!connection) return <LoadingIndicator label="Loading assignments" />;

  const firstRow = (cursors.length - 1) * PAGE_SIZE + 1;
  const lastRow = firstRow + connection.edges.length - 1;
  const total = connection.totalCount;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Text fw={600} role="status" aria-live="polite">
          {total === 1 ? '1 assignment' : `${COUNT.format(total)} assignments`}
          {filtered ? ' match the filters' : ''}
        </Text>
        {/* Nothing to download when nothing matches: the empty state says what to do instead. */}
        {total > 0 ? <BulkDownload url={connection.bulkDownloadUrl} count={total} /> : null}
      </Group>
      {total === 0 ? (
        <Alert color="gray" variant="light" title={filtered ? 'No assignments match these filters' : 'No certificates yet'}>
          {!filtered
            ? 'Certificates appear here as soon as coverage starts for a contractor working at this facility.'
            : search
              ? 'Check the spelling of the name, try a wider date range, or Reset to see every assignment.'
              : 'Try a wider date range, or Reset to see every assignment.'}
        </Alert>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable
            caption="Assignments and their certificates"
            columns={COLUMNS}
            data={connection.edges.map((edge) => edge.node)}
            getRowId={(row) => row.id}
            minWidth={720}
            stackBelow="sm"
            sort={columnSort(order)}
            onSortChange={(next) => {
              const field = ORDER_FIELD_OF_COLUMN[next.columnId];
              if (field) onOrderChange({ field, direction: next.direction === 'asc' ? 'ASC' : 'DESC' });
            }}
            busy={loading}
            striped
            highlightOnHover
          />
        </Paper>
      )}
      {total > PAGE_SIZE ? (
        <Group justify="space-between" align="center" gap="sm">
          <Text size="sm" c="dimmed">
            Rows {COUNT.format(firstRow)}–{COUNT.format(lastRow)} of {COUNT.format(total)}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={cursors.length === 1 || loading} onClick={() => setCursors((stack) => stack.slice(0, -1))}>
              Previous page
            </Button>
            <Button
              variant="default"
              disabled={!connection.pageInfo.hasNextPage || loading}
              onClick={() => setCursors((stack) => [...stack, connection.pageInfo.endCursor])}
            >
              Next page
            </Button>
          </Group>
        </Group>
      ) : null}
      <Text size="xs" c="dimmed">
        Anyone holding a certificate can check it at the address printed on it.{' '}
        <Anchor href="#faq-heading" size="xs" underline="always">
          Why several certificates?
        </Anchor>
      </Text>
    </Stack>
  );
}
