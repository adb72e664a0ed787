// A range of calendar dates picked from a calendar (Mantine's range DatePickerInput), for filters:
// "any date" when empty, clearable, a lone first date allowed, and every control named for screen
// readers. Dates are ISO strings (YYYY-MM-DD). The app imports '@mantine/dates/styles.css'.
import type { ReactNode } from 'react';
import { DatePickerInput, type DateStringValue } from '@mantine/dates';
import { formatDate } from './format';

/** From and to, each an ISO date or null; `[from, null]` while only the first date is picked. */
export type DateRange = [from: string | null, to: string | null];

/** Names for the calendar's controls and days, for every Mantine date picker. */
export const DATE_PICKER_LABELS = {
  ariaLabels: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
    monthLevelControl: 'Choose a month',
    yearLevelControl: 'Choose a year',
  },
  getDayProps: (date: DateStringValue) => ({ 'aria-label': formatDate(date) }),
};

export interface DateRangeFilterProps {
  label: string;
  description?: ReactNode;
  value: DateRange;
  onChange: (value: DateRange) => void;
  /** Shown while no date is picked. */
  placeholder?: string;
}

export function DateRangeFilter({ label, description, value, onChange, placeholder = 'Any date' }: DateRangeFilterProps) {
  return (
    <DatePickerInput
      type="range"
      label={label}
      description={description}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      valueFormat="MMM D, YYYY"
      allowSingleDateInRange
      clearable
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      {...DATE_PICKER_LABELS}
      popoverProps={{ withinPortal: true }}
    />
  );
}
