import { daysInMonth } from './dates';

// Dates as people type them into a date field in the US: 12/04/2026, Dec 4, 2026 or 2026-12-04, read
// as the ISO date they mean; and, for anything else, what is wrong with it in words the field can show.

/** What the text of a date field says: nothing yet, a date (YYYY-MM-DD), or why it is not one. */
export type TypedDate = { kind: 'empty' } | { kind: 'date'; date: string } | { kind: 'invalid'; problem: string };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const TYPED_DATE_FORMAT_PROBLEM = 'Type a date as MM/DD/YYYY, e.g. 12/04/2026.';

// The year is any run of digits, so that a 2-digit year is told apart from a typo.
const US_NUMERIC = /^(?<month>\d{1,2})\s*\/\s*(?<day>\d{1,2})\s*\/\s*(?<year>\d+)$/;
const ISO = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/;
// A comma or a space between the day and the year, so that "Dec 2026" is not read as Dec 20, '26.
const NAME_DAY_YEAR = /^(?<name>[a-z]+)\.?\s*(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?<year>\d+)$/i;
const DAY_NAME_YEAR = /^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<name>[a-z]+)\.?(?:\s*,\s*|\s+)(?<year>\d+)$/i;

/** The month a name means: in full or its first three letters ("Sept" too), in any case; null for none. */
function monthOfName(name: string): number | null {
  const typed = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => typed === month.toLowerCase() || typed === month.slice(0, 3).toLowerCase());
  if (index >= 0) return index + 1;
  return typed === 'sept' ? 9 : null;
}

function calendarDate(year: string, month: number, day: number): TypedDate {
  if (year.length === 2) return { kind: 'invalid', problem: 'Type the year with all 4 digits, e.g. 12/04/2026.' };
  if (year.length !== 4) return { kind: 'invalid', problem: TYPED_DATE_FORMAT_PROBLEM };
  if (Number(year) < 1) return { kind: 'invalid', problem: 'There is no year 0.' };
  if (month < 1 || month > 12) return { kind: 'invalid', problem: `There is no month ${month}: type the month first (MM/DD/YYYY).` };
  const monthName = `${MONTH_NAMES[month - 1]} ${Number(year)}`;
  if (day < 1) return { kind: 'invalid', problem: `There is no day 0 in ${monthName}.` };
  const days = daysInMonth(Number(year), month);
  if (day > days) return { kind: 'invalid', problem: `${monthName} has only ${days} days.` };
  return { kind: 'date', date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/**
 * What the text of a date field says. Read as US dates: M/D/YYYY (leading zeros optional, spaces
 * around the slashes allowed), a month by name before or after the day ("Dec 4, 2026", "December 4
 * 2026", "4 Dec 2026"), or YYYY-MM-DD. Leading and trailing spaces are ignored. A 2-digit year is
 * refused (which century is a guess), as is a date the calendar does not have (02/30/2026), each
 * with the reason; anything else, a half-typed date among them, is told the form to use.
 */
export function readTypedDate(text: string): TypedDate {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const numeric = (US_NUMERIC.exec(typed) ?? ISO.exec(typed))?.groups;
  if (numeric) return calendarDate(numeric.year!, Number(numeric.month), Number(numeric.day));
  const named = (NAME_DAY_YEAR.exec(typed) ?? DAY_NAME_YEAR.exec(typed))?.groups;
  if (named) {
    const month = monthOfName(named.name!);
    if (month === null) return { kind: 'invalid', problem: `“${named.name}” is not a month. ${TYPED_DATE_FORMAT_PROBLEM}` };
    return calendarDate(named.year!, month, Number(named.day));
  }
  return { kind: 'invalid', problem: TYPED_DATE_FORMAT_PROBLEM };
}

/** The ISO date the text says, or null (empty, half-typed or not a date): what a date field's parser answers. */
export function parseTypedDate(text: string): string | null {
  const reading = readTypedDate(text);
  return reading.kind === 'date' ? reading.date : null;
}
