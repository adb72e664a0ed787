// The audit log as a table: when (with the time zone, since colleagues may sit in other zones), who,
// what in words, which record and from which IP. Below the small breakpoint each entry is a card.
// A person and a record each lead to their own history (the page's filters), and a contractor to
// their profile.
import { Anchor, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
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

/** WCAG 2.2's smallest target (2.5.8, 24 px square): the names, ids and links of a row are small text. */
const TARGET = { display: 'inline-block', minHeight: 24, minWidth: 24, textAlign: 'left' } as const;

/** Narrows the page to one actor's or one record's history. */
export type ActivityDrillDown = {
  onlyActor: (actor: { type: Row['actor']['type']; id: string }) => void;
  onlyRecord: (record: { type: string; id: string }) => void;
};

/** The actor's name (or email), with their email (or kind) beneath; the kind alone for the platform. */
function Who({ actor, drillDown }: { actor: Row['actor']; drillDown: ActivityDrillDown }) {
  const kind = ACTOR_TYPE_LABELS[actor.type];
  const title = actor.name ?? actor.email ?? kind;
  const detail = actor.name && actor.email ? actor.email : title === kind ? null : kind;
  const actorId = actor.id;
  return (
    <Stack gap={0}>
      {actorId ? (
        <UnstyledButton onClick={() => drillDown.onlyActor({ type: actor.type, id: actorId })} title="Show only their activity" style={TARGET}>
          <Text span size="sm" fw={600} c="indigo.8" td="underline">
            {title}
          </Text>
          <VisuallyHidden>: show only their activity</VisuallyHidden>
        </UnstyledButton>
      ) : (
        <Text size="sm" fw={600}>
          {title}
        </Text>
      )}
      {detail ? (
        <Text size="xs" c="gray.7">
          {detail}
        </Text>
      ) : null}
    </Stack>
  );
}

function RecordOf({ entry, drillDown }: { entry: Row; drillDown: ActivityDrillDown }) {
  const { recordType, recordId } = entry;
  const kind = recordTypeInWords(recordType);
  return (
    <Stack gap={0}>
      <Text size="sm">
        {recordId && recordType === 'contractor' ? (
          <Anchor component={Link} to={`/contractors/${recordId}`} size="sm" style={TARGET}>
            {kind}
          </Anchor>
        ) : (
          kind
        )}
      </Text>
      {recordId ? (
        <UnstyledButton onClick={() => drillDown.onlyRecord({ type: recordType, id: recordId })} title="Show this record's history" style={TARGET}>
          <Text span size="xs" c="indigo.8" td="underline" style={{ wordBreak: 'break-all' }}>
            {recordId}
          </Text>
          <VisuallyHidden>: show this {kind.toLowerCase()}'s history</VisuallyHidden>
        </UnstyledButton>
      ) : null}
    </Stack>
  );
}

const column = dataTableColumnHelper<Row>();

function columnsWith(drillDown: ActivityDrillDown) {
  return column.columns([
    column.accessor('at', { header: 'When', cell: ({ getValue }) => formatDateTime(getValue(), { withTimeZone: true }), meta: { nowrap: true } }),
    column.display({ id: 'who', header: 'Who', cell: ({ row }) => <Who actor={row.original.actor} drillDown={drillDown} /> }),
    column.accessor('action', { header: 'What', cell: ({ getValue }) => actionInWords(getValue()) }),
    column.display({ id: 'record', header: 'Record', cell: ({ row }) => <RecordOf entry={row.original} drillDown={drillDown} /> }),
    column.accessor('ip', { header: 'IP', cell: ({ getValue }) => getValue() ?? <Text span size="sm" c="gray.7">—</Text> }),
  ]);
}

export function ActivityTable({ entries, empty, drillDown }: { entries: Row[]; empty: React.ReactNode; drillDown: ActivityDrillDown }) {
  const columns = useMemo(() => columnsWith(drillDown), [drillDown]);
  return <DataTable caption="Activity" columns={columns} data={entries} getRowId={(row) => row.id} empty={empty} stackBelow="sm" minWidth={720} />;
}
