// The Activity page's filters: who (a kind of actor), which kind of record, and a range of dates.
import { Group, Select, TextInput } from '@mantine/core';
import type { ActorType } from '../../gql/graphql';
import { ACTOR_TYPE_LABELS, RECORD_TYPE_LABELS, isActorType } from './activity-words';

export type ActivityFilterValues = { actorType: ActorType | null; recordType: string | null; from: string; to: string };

const ACTOR_OPTIONS = Object.entries(ACTOR_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const RECORD_OPTIONS = Object.entries(RECORD_TYPE_LABELS).map(([value, label]) => ({ value, label }));

export function ActivityFilters({ value, onChange }: { value: ActivityFilterValues; onChange: (next: ActivityFilterValues) => void }) {
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Select
        label="Who"
        placeholder="Anyone"
        data={ACTOR_OPTIONS}
        value={value.actorType}
        clearable
        w={200}
        onChange={(actorType) => onChange({ ...value, actorType: isActorType(actorType) ? actorType : null })}
      />
      <Select label="Record" placeholder="Any record" data={RECORD_OPTIONS} value={value.recordType} clearable w={180} onChange={(recordType) => onChange({ ...value, recordType })} />
      <TextInput type="date" label="From" w={160} value={value.from} onChange={(event) => onChange({ ...value, from: event.currentTarget.value })} />
      <TextInput type="date" label="To" w={160} value={value.to} onChange={(event) => onChange({ ...value, to: event.currentTarget.value })} />
    </Group>
  );
}
