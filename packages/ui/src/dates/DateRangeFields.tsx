// A range of calendar dates picked from a calendar (Mantine's range DatePickerInput), for filters:
// "any date" when empty, clearable, a lone first date allowed, and every control named for screen
// readers. Dates are ISO strings (YYYY-MM-DD). The app imports '@mantine/dates/styles.css'.
import type { ReactNode } from 'react';
import { DatePickerInput, type DatePickerInputProps, type DateStringValue } from '@mantine/dates';
import { formatDate } from '../format';

/** From and to, each an ISO date or null; `[from, null]` while only the first date is picked. */
export type DateRange = [from: string | null, to: string | null];

/**
 * What every Mantine date picker of the apps sets so that its calendar passes WCAG AA: arrows and
 * days named in words, and no faint days (Mantine greys the neighbouring months' days and reds the
 * weekends below 4.5:1). The month and year controls keep their visible text ("December 2026") as
 * their name, which is what a screen reader should hear.
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
} satisfies Pick<DatePickerInputProps<'range'>, 'ariaLabels' | 'getDayProps' | 'hideOutsideDates' | 'weekendDays'>;

export interface DateRangeFilterProps {
  label: string;
  description?: ReactNode;
  value: DateRange;
  onChange: (value: DateRange) => void;
}

export function DateRangeFilter({ label, description, value, onChange }: DateRangeFilterProps) {
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
      {...ACCESSIBLE_CALENDAR_PROPS}
      popoverProps={{ withinPortal: true }}
    />
  );
}
