// The contractor search and the effective-date and end-date ranges, applied together with Apply and
// cleared with Reset. A date field whose text is not a date keeps Apply from applying anything.
import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateRangeFields, type DateRange, type DateRangeEnd } from '@coverline/ui/dates';
import { dateRangePresets, facilityAssignmentFilterSchema, MAX_SEARCH_LENGTH, todayInTimeZone, type FacilityAssignmentFilter, type FacilityFilterField } from '@coverline/domain';

const rangeOf = (from?: string, to?: string): DateRange => [from ?? null, to ?? null];

/** The periods counted from the manager's own today. */
function usePresets() {
  return useMemo(() => dateRangePresets(todayInTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone)), []);
}

type FieldProblems = Partial<Record<FacilityFilterField, string>>;

/** The filter's fields of each range, From then To. */
const EFFECTIVE = ['effectiveFrom', 'effectiveTo'] as const satisfies readonly FacilityFilterField[];
const END = ['endFrom', 'endTo'] as const satisfies readonly FacilityFilterField[];
type RangeFields = typeof EFFECTIVE | typeof END;

const without = (problems: FieldProblems, fields: readonly FacilityFilterField[]): FieldProblems =>
  Object.fromEntries(Object.entries(problems).filter(([field]) => !fields.includes(field as FacilityFilterField)));

/** The problems left once a range holds these dates: a date in a field, however it got there, ends what was wrong with its text. */
const withoutDated = (problems: FieldProblems, fields: RangeFields, range: DateRange): FieldProblems =>
  without(problems, fields.filter((_, index) => range[index] !== null));

const fieldOf = (fields: RangeFields, end: DateRangeEnd): FacilityFilterField => fields[end === 'from' ? 0 : 1];

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
  // Why each date field's text is not a date, as it is typed; and what the form shows on its fields.
  const [typedProblems, setTypedProblems] = useState<FieldProblems>({});
  const [errors, setErrors] = useState<FieldProblems>({});
  // Reset empties the date fields' text, which a field that held no date keeps otherwise.
  const [emptied, setEmptied] = useState(0);
  // The address is the source of truth: follow it when it changes (back button, shared link).
  useEffect(() => {
    const nextEffective = rangeOf(filter.effectiveFrom, filter.effectiveTo);
    const nextEnd = rangeOf(filter.endFrom, filter.endTo);
    setEffective(nextEffective);
    setEnd(nextEnd);
    setName(search);
    setErrors({});
    setTypedProblems((problems) => withoutDated(withoutDated(problems, EFFECTIVE, nextEffective), END, nextEnd));
  }, [filter.effectiveFrom, filter.effectiveTo, filter.endFrom, filter.endTo, search]);

  const rangeProps = (fields: RangeFields, value: DateRange, setRange: (range: DateRange) => void) => ({
    value,
    onChange: (next: DateRange) => {
      setRange(next);
      setTypedProblems((problems) => withoutDated(problems, fields, next));
      setErrors((shown) => withoutDated(shown, fields, next));
    },
    onTypedProblem: (rangeEnd: DateRangeEnd, problem: string | null) => {
      const field = fieldOf(fields, rangeEnd);
      setTypedProblems((problems) => ({ ...without(problems, [field]), ...(problem ? { [field]: problem } : {}) }));
      // What Apply refused is being corrected: the next Apply says again if it still is not a date.
      setErrors((shown) => without(shown, [field]));
    },
    errors: { from: errors[fields[0]], to: errors[fields[1]] },
  });

  const apply = () => {
    if (Object.keys(typedProblems).length > 0) {
      setErrors(typedProblems);
      return;
    }
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
            <DateRangeFields key={`effective-${emptied}`} label="Effective date" description="When coverage started" presets={presets} {...rangeProps(EFFECTIVE, effective, setEffective)} />
            <DateRangeFields key={`end-${emptied}`} label="End date" description="When coverage ended" presets={presets} {...rangeProps(END, end, setEnd)} />
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
                setTypedProblems({});
                setEmptied((count) => count + 1);
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
