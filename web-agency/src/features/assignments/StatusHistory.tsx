// Every status change of an assignment: when, from, to, who, and why.
import { Text } from '@mantine/core';
import { ASSIGNMENT_STATUS_LABELS } from '@coverline/domain';
import { DataTable, dataTableColumnHelper, formatDateTime } from '@coverline/ui';
import type { AssignmentCard_AssignmentFragment } from '../../gql/graphql';
import { actorInWords } from './words';

type Change = AssignmentCard_AssignmentFragment['statusHistory'][number];

const column = dataTableColumnHelper<Change>();

const COLUMNS = column.columns([
  column.accessor('at', { header: 'When', meta: { nowrap: true }, cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor('fromStatus', {
    header: 'From',
    cell: ({ getValue }) => {
      const fromStatus = getValue();
      return fromStatus ? ASSIGNMENT_STATUS_LABELS[fromStatus] : 'Created';
    },
  }),
  column.accessor('toStatus', {
    header: 'To',
    cell: ({ getValue }) => (
      <Text span inherit fw={600}>
        {ASSIGNMENT_STATUS_LABELS[getValue()]}
      </Text>
    ),
  }),
  column.accessor('actorType', { header: 'By', cell: ({ getValue }) => actorInWords(getValue()) }),
  column.accessor('reason', { header: 'Note', cell: ({ getValue }) => getValue() ?? '—' }),
]);

export function StatusHistory({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No status changes recorded yet.
      </Text>
    );
  }
  return (
    <DataTable
      caption={caption}
      columns={COLUMNS}
      data={changes}
      getRowId={(change) => `${change.at}-${change.toStatus}`}
      minWidth={560}
      verticalSpacing="xs"
      fz="sm"
      withTableBorder
    />
  );
}
