// The Activity page's filters: who (a kind of actor, or one of them), which kind of record (or one
// record), and a range of dates.
import { Button, Group, Select, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import type { ActorType } from '../../gql/graphql';
import { ACTOR_TYPE_LABELS, RECORD_TYPE_LABELS, isActorType, recordTypeInWords } from './activity-words';

export type ActivityFilterValues = {
  actorType: ActorType | null;
  actorId: string | null;
  recordType: string | null;
  recordId: string | null;
  from: string;
  to: string;
};

const ACTOR_OPTIONS = Object.entries(ACTOR_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const RECORD_OPTIONS = Object.entries(RECORD_TYPE_LABELS).map(([value, label]) => ({ value, label }));

/** `actorName` names the one actor the page is narrowed to, when it is. */
export function ActivityFilters({
  value,
  actorName,
  onChange,
}: {
  value: ActivityFilterValues;
  actorName: string | null;
  onChange: (next: ActivityFilterValues) => void;
}) {
  // One person's or one record's history: each shown as a button that widens it again.
  const narrowings = [
    ...(value.actorId ? [{ label: `Only ${actorName ?? 'one person'}`, undo: 'show everyone', widened: { ...value, actorId: null } }] : []),
    ...(value.recordId
      ? [{ label: `Only ${value.recordType ? recordTypeInWords(value.recordType).toLowerCase() : 'record'} ${value.recordId}`, undo: 'show every record', widened: { ...value, recordId: null } }]
      : []),
  ];
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label="Who"
          placeholder="Anyone"
          data={ACTOR_OPTIONS}
          value={value.actorType}
          clearable
          w={200}
          onChange={(actorType) => onChange({ ...value, actorType: isActorType(actorType) ? actorType : null, actorId: null })}
        />
        <Select
          label="Record"
          placeholder="Any record"
          data={RECORD_OPTIONS}
          value={value.recordType}
          clearable
          w={180}
          onChange={(recordType) => onChange({ ...value, recordType, recordId: null })}
        />
        <TextInput type="date" label="From" w={160} value={value.from} onChange={(event) => onChange({ ...value, from: event.currentTarget.value })} />
        <TextInput type="date" label="To" w={160} value={value.to} onChange={(event) => onChange({ ...value, to: event.currentTarget.value })} />
      </Group>
      {narrowings.length > 0 ? (
        <Group gap="xs" wrap="wrap">
          {narrowings.map((narrowing) => (
            <Button key={narrowing.label} size="xs" variant="light" rightSection="×" onClick={() => onChange(narrowing.widened)}>
              {narrowing.label}
              <VisuallyHidden>: {narrowing.undo}</VisuallyHidden>
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
