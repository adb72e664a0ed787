// Effective-date and end-date ranges, applied together with Apply and cleared with Reset.
import { useEffect, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { formatDate } from '@coverline/ui';
import type { FacilityAssignmentFilter } from '@coverline/domain';

type Range = DatesRangeValue<string>;

const rangeOf = (from?: string, to?: string): Range => [from ?? null, to ?? null];

/** A lone first date is a one-day range: people pick "March 3" and mean that day. */
function bounds([from, to]: Range): [string | undefined, string | undefined] {
  if (!from) return [undefined, undefined];
  return [from, to ?? from];
}

function DateRangeField({ label, description, value, onChange }: { label: string; description: string; value: Range; onChange: (value: Range) => void }) {
  return (
    <DatePickerInput
      type="range"
      label={label}
      description={description}
      placeholder="Any date"
      value={value}
      onChange={onChange}
      valueFormat="MMM D, YYYY"
      allowSingleDateInRange
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      ariaLabels={{ previousMonth: 'Previous month', nextMonth: 'Next month', previousYear: 'Previous year', nextYear: 'Next year', previousDecade: 'Previous decade', nextDecade: 'Next decade', monthLevelControl: 'Choose a month', yearLevelControl: 'Choose a year' }}
      getDayProps={(date) => ({ 'aria-label': formatDate(date) })}
      popoverProps={{ withinPortal: true }}
    />
  );
}

export function AssignmentFilters({ filter, onApply }: { filter: FacilityAssignmentFilter; onApply: (filter: FacilityAssignmentFilter) => void }) {
  const [effective, setEffective] = useState<Range>(rangeOf(filter.effectiveFrom, filter.effectiveTo));
  const [end, setEnd] = useState<Range>(rangeOf(filter.endFrom, filter.endTo));
  // The address is the source of truth: follow it when it changes (back button, shared link, Reset).
  useEffect(() => {
    setEffective(rangeOf(filter.effectiveFrom, filter.effectiveTo));
    setEnd(rangeOf(filter.endFrom, filter.endTo));
  }, [filter.effectiveFrom, filter.effectiveTo, filter.endFrom, filter.endTo]);

  const apply = () => {
    const [effectiveFrom, effectiveTo] = bounds(effective);
    const [endFrom, endTo] = bounds(end);
    onApply({ effectiveFrom, effectiveTo, endFrom, endTo });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="filters-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Stack gap="sm">
          <Text id="filters-heading" fw={700} component="h2" size="md" m={0}>
            Filter assignments
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <DateRangeField label="Effective date" description="When coverage started" value={effective} onChange={setEffective} />
            <DateRangeField label="End date" description="When coverage ended" value={end} onChange={setEnd} />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">Apply</Button>
            <Button
              variant="default"
              onClick={() => {
                setEffective([null, null]);
                setEnd([null, null]);
                onApply({});
              }}
            >
              Reset
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
