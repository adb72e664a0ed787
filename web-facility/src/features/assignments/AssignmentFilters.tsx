// The contractor search and the effective-date and end-date ranges, applied together with Apply and
// cleared with Reset.
import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateRangeFields, type DateRange } from '@coverline/ui/dates';
import { dateRangePresets, facilityAssignmentFilterSchema, MAX_SEARCH_LENGTH, todayInTimeZone, type FacilityAssignmentFilter } from '@coverline/domain';

const rangeOf = (from?: string, to?: string): DateRange => [from ?? null, to ?? null];

/** The periods counted from the manager's own today. */
function usePresets() {
  return useMemo(() => dateRangePresets(todayInTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone)), []);
}

type RangeErrors = { effectiveTo?: string; endTo?: string };

export function AssignmentFilters({
  filter,
  search,
  onApply,
}: {
  filter: FacilityAssignmentFilter;
  search: string;
  onApply: (filter: FacilityAssignmentFilter, search: string) => void;
}) {
  const presets = usePresets();
  const [effective, setEffective] = useState<DateRange>(rangeOf(filter.effectiveFrom, filter.effectiveTo));
  const [end, setEnd] = useState<DateRange>(rangeOf(filter.endFrom, filter.endTo));
  const [name, setName] = useState(search);
  const [errors, setErrors] = useState<RangeErrors>({});
  // The address is the source of truth: follow it when it changes (back button, shared link, Reset).
  useEffect(() => {
    setEffective(rangeOf(filter.effectiveFrom, filter.effectiveTo));
    setEnd(rangeOf(filter.endFrom, filter.endTo));
    setName(search);
    setErrors({});
  }, [filter.effectiveFrom, filter.effectiveTo, filter.endFrom, filter.endTo, search]);

  const apply = () => {
    const next: FacilityAssignmentFilter = {};
    const bounds = { effectiveFrom: effective[0], effectiveTo: effective[1], endFrom: end[0], endTo: end[1] };
    for (const [field, value] of Object.entries(bounds) as [keyof FacilityAssignmentFilter, string | null][]) if (value) next[field] = value;
    const checked = facilityAssignmentFilterSchema.safeParse(next);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    onApply(next, name);
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="filters-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Stack gap="md">
          <Text id="filters-heading" fw={700} component="h2" size="md" m={0}>
            Find assignments
          </Text>
          <TextInput
            type="search"
            label="Contractor name"
            placeholder="Part of a first or last name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={MAX_SEARCH_LENGTH}
            maw={420}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <DateRangeFields label="Effective date" description="When coverage started" value={effective} onChange={setEffective} presets={presets} error={errors.effectiveTo} />
            <DateRangeFields label="End date" description="When coverage ended" value={end} onChange={setEnd} presets={presets} error={errors.endTo} />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">Apply</Button>
            <Button
              variant="default"
              onClick={() => {
                setEffective([null, null]);
                setEnd([null, null]);
                setName('');
                setErrors({});
                onApply({}, '');
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
