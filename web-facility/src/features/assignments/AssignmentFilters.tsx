// Effective-date and end-date ranges, applied together with Apply and cleared with Reset.
import { useEffect, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateRangeFilter, type DateRange } from '@coverline/ui/dates';
import type { FacilityAssignmentFilter } from '@coverline/domain';

const rangeOf = (from?: string, to?: string): DateRange => [from ?? null, to ?? null];

/** A lone first date is a one-day range: people pick "March 3" and mean that day. */
function bounds([from, to]: DateRange): [string | undefined, string | undefined] {
  if (!from) return [undefined, undefined];
  return [from, to ?? from];
}

export function AssignmentFilters({ filter, onApply }: { filter: FacilityAssignmentFilter; onApply: (filter: FacilityAssignmentFilter) => void }) {
  const [effective, setEffective] = useState<DateRange>(rangeOf(filter.effectiveFrom, filter.effectiveTo));
  const [end, setEnd] = useState<DateRange>(rangeOf(filter.endFrom, filter.endTo));
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
            <DateRangeFilter label="Effective date" description="When coverage started" value={effective} onChange={setEffective} />
            <DateRangeFilter label="End date" description="When coverage ended" value={end} onChange={setEnd} />
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
