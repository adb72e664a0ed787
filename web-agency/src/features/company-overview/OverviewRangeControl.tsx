// The overview's date range: a preset, or a custom range of effective dates picked as two dates.
import { Group, Select, TextInput } from '@mantine/core';
import { OVERVIEW_RANGE_PRESET_LABELS, OVERVIEW_RANGE_PRESETS } from '@coverline/domain';
import type { OverviewRangeChoice } from './overview-range-params';

const OPTIONS = [...OVERVIEW_RANGE_PRESETS.map((preset) => ({ value: preset, label: OVERVIEW_RANGE_PRESET_LABELS[preset] })), { value: 'CUSTOM', label: 'Custom range' }];

export interface OverviewRangeControlProps {
  value: OverviewRangeChoice;
  onChange: (choice: OverviewRangeChoice) => void;
  /** The problem with a custom range, shown on its end date. */
  error?: string | null;
}

export function OverviewRangeControl({ value, onChange, error }: OverviewRangeControlProps) {
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Select
        label="Date range"
        data={OPTIONS}
        value={value.preset}
        allowDeselect={false}
        w={170}
        onChange={(preset) => {
          const chosen = OVERVIEW_RANGE_PRESETS.find((candidate) => candidate === preset);
          onChange(chosen ? { preset: chosen } : { preset: 'CUSTOM', from: '', to: '' });
        }}
      />
      {value.preset === 'CUSTOM' ? (
        <>
          <TextInput type="date" label="From" w={160} value={value.from} onChange={(event) => onChange({ ...value, from: event.currentTarget.value })} />
          <TextInput type="date" label="To" w={160} value={value.to} error={error} onChange={(event) => onChange({ ...value, to: event.currentTarget.value })} />
        </>
      ) : null}
    </Group>
  );
}
