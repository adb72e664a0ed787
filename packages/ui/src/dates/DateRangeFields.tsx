// A range of calendar dates for filters: From and To, each typed (12/04/2026, Dec 4, 2026 or
// 2026-12-04) or picked from a calendar whose weeks start on Sunday, and a menu of the periods audits
// ask for that fills both. "Any date" when empty; either end may be left open. Dates are ISO strings
// (YYYY-MM-DD); typed text that is not a date is said so on its field, and holds no date.
// The app imports '@mantine/dates/styles.css'.
import { useId, useState, type ReactNode } from 'react';
import { Fieldset, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput, type DateInputProps, type DateStringValue } from '@mantine/dates';
import { parseTypedDate, presetOfRange, readTypedDate, type DateRangePreset } from '@coverline/domain';
import { formatDate } from '../format';

/** From and to, each an ISO date or null for an open end. */
export type DateRange = [from: string | null, to: string | null];

/**
 * What every Mantine date picker of the apps sets so that its calendar passes WCAG AA and reads like
 * a US calendar: arrows and days named in words, no faint days (Mantine greys the neighbouring
 * months' days and reds the weekends below 4.5:1), and weeks from Sunday. The month and year
 * controls keep their visible text ("December 2026") as their name, which is what a screen reader
 * should hear.
 */
export const ACCESSIBLE_CALENDAR_PROPS = {
  ariaLabels: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
  },
  getDayProps: (date: DateStringValue) => ({ 'aria-label': formatDate(date) }),
  hideOutsideDates: true,
  weekendDays: [],
  firstDayOfWeek: 0,
  // The calendar never takes focus, so it has none to give back when it closes; giving it back (the
  // theme's default for pop-ups) would pull the caret back into a field just left for the next one.
  popoverProps: { returnFocus: false },
} satisfies Pick<DateInputProps, 'ariaLabels' | 'getDayProps' | 'hideOutsideDates' | 'weekendDays' | 'firstDayOfWeek' | 'popoverProps'>;

export interface UsDateInputProps {
  label: string;
  /** The field's whole name, heard by screen readers and naming its calendar, e.g. "Effective date from" for a field labelled "From". */
  accessibleName: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** A problem to show: its typed problem once the form refused it, say. */
  error?: ReactNode;
  /** Told, as the text changes, why it is not a date (null: it is one, or it is empty), so the form can refuse it and say why. */
  onTypedProblem?: (problem: string | null) => void;
}

/**
 * One date, typed (12/04/2026, Dec 4, 2026 or 2026-12-04) or picked: the calendar never takes focus,
 * so after a click on a day the caret is still in the field. A half-typed date changes nothing until
 * it is whole; text that is not a date holds none and stays, to be corrected, while the form says
 * why on submit (not on leaving the field: a message appearing on mousedown would move the button
 * being clicked). A date typed any way reads MM/DD/YYYY after leaving it.
 */
export function UsDateInput({ label, accessibleName, value, onChange, error, onTypedProblem }: UsDateInputProps) {
  const [typedProblem, setTypedProblem] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    // A date set from outside (the calendar, a period, the address) replaces whatever was typed.
    if (value !== null) setTypedProblem(null);
  }
  const readText = (text: string) => {
    const reading = readTypedDate(text);
    const problem = reading.kind === 'invalid' ? reading.problem : null;
    setTypedProblem(problem);
    onTypedProblem?.(problem);
    // Mantine keeps the last date it could read; text that is not one holds no date at all.
    if (problem && value !== null) onChange(null);
  };
  return (
    <DateInput
      label={label}
      aria-label={accessibleName}
      placeholder="MM/DD/YYYY"
      value={value}
      onChange={onChange}
      onInput={(event) => readText(event.currentTarget.value)}
      valueFormat="MM/DD/YYYY"
      dateParser={parseTypedDate}
      // Rewritten as MM/DD/YYYY on leaving the field when it is a date; kept as typed when it is not.
      fixOnBlur={typedProblem === null}
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${accessibleName.toLowerCase()}` }}
      error={error}
      {...ACCESSIBLE_CALENDAR_PROPS}
      popoverProps={{ ...ACCESSIBLE_CALENDAR_PROPS.popoverProps, withinPortal: true, attributes: { dropdown: { role: 'dialog', 'aria-label': `Calendar: ${accessibleName}` } } }}
    />
  );
}

/** The ends of a range. */
export type DateRangeEnd = 'from' | 'to';

export interface DateRangeFieldsProps {
  /** The range's name, the fieldset's legend, e.g. "Effective date". */
  label: string;
  description?: ReactNode;
  value: DateRange;
  onChange: (value: DateRange) => void;
  /** The periods offered, e.g. `dateRangePresets(today)`. */
  presets: readonly DateRangePreset[];
  /** Problems to show on From and To: a typed date a form refused, a range that ends before it starts (on To). */
  errors?: Partial<Record<DateRangeEnd, ReactNode>>;
  /** Told, as From's or To's text changes, why it is not a date (null: it is one, or it is empty). */
  onTypedProblem?: (end: DateRangeEnd, problem: string | null) => void;
}

export function DateRangeFields({ label, description, value, onChange, presets, errors = {}, onTypedProblem }: DateRangeFieldsProps) {
  const [from, to] = value;
  const descriptionId = useId();
  return (
    <Fieldset legend={label} variant="unstyled" aria-describedby={description ? descriptionId : undefined} styles={{ legend: { fontWeight: 700, padding: 0 } }}>
      <Stack gap="xs">
        {description ? (
          <Text id={descriptionId} size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
        <Select
          label="Period"
          placeholder="Choose a period"
          data={presets.map((preset) => ({ value: preset.id, label: preset.label }))}
          value={presetOfRange(presets, from, to)?.id ?? null}
          onChange={(id) => {
            const preset = presets.find((candidate) => candidate.id === id);
            if (preset) onChange([preset.from, preset.to]);
          }}
          allowDeselect={false}
          aria-label={`${label} period`}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <UsDateInput
            label="From"
            accessibleName={`${label} from`}
            value={from}
            onChange={(next) => onChange([next, to])}
            error={errors.from}
            onTypedProblem={(problem) => onTypedProblem?.('from', problem)}
          />
          <UsDateInput
            label="To"
            accessibleName={`${label} to`}
            value={to}
            onChange={(next) => onChange([from, next])}
            error={errors.to}
            onTypedProblem={(problem) => onTypedProblem?.('to', problem)}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
