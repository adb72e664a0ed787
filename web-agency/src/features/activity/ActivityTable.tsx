// The audit log as a table: when (with the time zone, since colleagues may sit in other zones), who,
// what in words, which record and from which IP. Below the small breakpoint each entry is a card.
import { Stack, Text } from '@mantine/core';
import { DataTable, dataTableColumnHelper, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ActivityTable_EntryFragment } from '../../gql/graphql';
import { ACTOR_TYPE_LABELS, actionInWords, recordTypeInWords } from './activity-words';

export const ActivityTable_entry = graphql(`
  fragment ActivityTable_entry on AuditEntry {
    id
    at
    action
    recordType
    recordId
    ip
    actor {
      type
      id
      name
      email
    }
  }
`);

type Row = ActivityTable_EntryFragment;

/** The actor's name (or email), with their email (or kind) beneath; the kind alone for the platform. */
function Who({ actor }: { actor: Row['actor'] }) {
  const kind = ACTOR_TYPE_LABELS[actor.type];
  const title = actor.name ?? actor.email ?? kind;
  const detail = actor.name && actor.email ? actor.email : title === kind ? null : kind;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {detail ? (
        <Text size="xs" c="gray.7">
          {detail}
        </Text>
      ) : null}
    </Stack>
  );
}

function RecordOf({ entry }: { entry: Row }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{recordTypeInWords(entry.recordType)}</Text>
      {entry.recordId ? (
        <Text size="xs" c="gray.7" style={{ wordBreak: 'break-all' }}>
          {entry.recordId}
        </Text>
      ) : null}
    </Stack>
  );
}

const column = dataTableColumnHelper<Row>();

const COLUMNS = column.columns([
  column.accessor('at', { header: 'When', cell: ({ getValue }) => formatDateTime(getValue(), { withTimeZone: true }), meta: { nowrap: true } }),
  column.display({ id: 'who', header: 'Who', cell: ({ row }) => <Who actor={row.original.actor} /> }),
  column.accessor('action', { header: 'What', cell: ({ getValue }) => actionInWords(getValue()) }),
  column.display({ id: 'record', header: 'Record', cell: ({ row }) => <RecordOf entry={row.original} /> }),
  column.accessor('ip', { header: 'IP', cell: ({ getValue }) => getValue() ?? <Text span size="sm" c="gray.7">—</Text> }),
]);

export function ActivityTable({ entries, empty }: { entries: Row[]; empty: React.ReactNode }) {
  return <DataTable caption="Activity" columns={COLUMNS} data={entries} getRowId={(row) => row.id} empty={empty} stackBelow="sm" minWidth={720} />;
}
