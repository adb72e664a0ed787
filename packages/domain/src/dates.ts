import { z } from 'zod/mini';
import { DEFAULT_LANGUAGE, LOCALE_OF_LANGUAGE, type Language } from './language';

// Dates are ISO calendar dates, `YYYY-MM-DD` strings, with no time and no time zone.
// Arithmetic is done on day numbers (days since 1970-01-01), never through local-time Date objects.

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days the month (1–12) of the year has. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type Ymd = { year: number; month: number; day: number };

function parseParts(s: string): Ymd | null {
  const m = ISO_DATE_PATTERN.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Year 0 fits the pattern, but PostgreSQL (and the calendar) have no year 0.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function requireDate(s: string, what = 'date'): Ymd {
  const parts = parseParts(s);
  if (!parts) throw new RangeError(`Expected a ${what} in the form YYYY-MM-DD, got ${JSON.stringify(s)}`);
  return parts;
}

function format({ year, month, day }: Ymd): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** True for a real calendar date written `YYYY-MM-DD` ("2026-02-30" is false). */
export function isIsoDate(s: unknown): boolean {
  return typeof s === 'string' && parseParts(s) !== null;
}

const DATE_MESSAGE = 'Use a date in the form YYYY-MM-DD';

export const isoDateSchema = z.string({ error: DATE_MESSAGE }).check(
  z.trim(),
  z.refine((s) => isIsoDate(s), { error: DATE_MESSAGE }),
);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for an IANA time zone name this runtime knows, e.g. "America/Chicago". */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date at instant `now` in `timeZone`, e.g. 2026-11-22T03:00Z in
 * America/Los_Angeles is "2026-11-21". Throws a RangeError for an unknown time zone.
 */
export function todayInTimeZone(timeZone: string, now: Date = new Date()): string {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}`);
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInTimeZone: invalid Date');
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return format({ year: get('year'), month: get('month'), day: get('day') });
}

const zonedDateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** How `formatDateTimeInZone` writes an instant: in which language (English unless said), and whether it names the zone (it does unless said). */
export type DateTimeInZoneOptions = { language?: Language; zoneName?: boolean };

/**
 * An instant as people in `timeZone` read it, with the zone named so no one takes it for their own:
 * "Dec 4, 2026, 3:00 PM EST" (in Spanish "4 dic 2026, 3:00 p.m. EST"); with `zoneName: false`, "Dec 4, 2026, 3:00 PM"
 * (where the reader's own zone goes without saying). Throws a RangeError for an unknown time zone or an invalid Date.
 */
export function formatDateTimeInZone(at: Date, timeZone: string, { language = DEFAULT_LANGUAGE, zoneName = true }: DateTimeInZoneOptions = {}): string {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone ${JSON.stringify(timeZone)}`);
  if (Number.isNaN(at.getTime())) throw new RangeError('formatDateTimeInZone: invalid Date');
  const key = `${language}:${timeZone}:${zoneName}`;
  let formatter = zonedDateTimeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE_OF_LANGUAGE[language], {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: zoneName ? 'short' : undefined,
      timeZone,
    });
    zonedDateTimeFormatters.set(key, formatter);
  }
  return formatter.format(at);
}

/** `date` plus `n` days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays expects an integer, got ${String(n)}`);
  const result = fromDayNumber(toDayNumber(requireDate(date)) + n);
  if (result.year < 0 || result.year > 9999) throw new RangeError(`addDays: year ${result.year} is out of range`);
  return format(result);
}

/** -1 if a is before b, 0 if the same day, 1 if a is after b. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const da = toDayNumber(requireDate(a));
  const db = toDayNumber(requireDate(b));
  return da < db ? -1 : da > db ? 1 : 0;
}

/**
 * Number of calendar days from `effective` to `end`, both included (same day = 1).
 * Throws a RangeError if `end` is before `effective`.
 */
export function daysInclusive(effective: string, end: string): number {
  const diff = toDayNumber(requireDate(end)) - toDayNumber(requireDate(effective));
  if (diff < 0) throw new RangeError(`End date ${end} is before effective date ${effective}`);
  return diff + 1;
}

/** Same day `n` months later (n may be negative), clamped to the month's last day: Aug 31 less 6 months is Feb 28 (29 in a leap year). */
export function addMonths(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addMonths expects an integer, got ${String(n)}`);
  const { year, month, day } = requireDate(date);
  const months = year * 12 + (month - 1) + n;
  const y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  if (y < 0 || y > 9999) throw new RangeError(`addMonths: year ${y} is out of range`);
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Same month and day `n` years later; Feb 29 becomes Feb 28 in a non-leap year. */
export function addYears(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addYears expects an integer, got ${String(n)}`);
  const { year, month, day } = requireDate(date);
  const y = year + n;
  if (y < 0 || y > 9999) throw new RangeError(`addYears: year ${y} is out of range`);
  return format({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
}

// ---------------------------------------------------------------- as people read them

// Calendar dates have no time zone: formatted in UTC, they keep the same day everywhere.
const CALENDAR_DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function calendarDateFormat(language: Language, withYear: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withYear ? 'year' : 'no-year'}`;
  let format = CALENDAR_DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_OF_LANGUAGE[language], { month: 'short', day: 'numeric', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' });
    CALENDAR_DATE_FORMATS.set(key, format);
  }
  return format;
}

function calendarDateOf(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

// One format per context (decision 0030): "Dec 1, 2026" in the apps, emails and Coverline's own
// PDFs; MM/DD/YYYY only on the certificate, where ACORD readers expect it.

/** "2026-12-01" → "Dec 1, 2026" (in Spanish "1 dic 2026"); anything else is returned as it came. */
export function formatDate(isoDate: string, language: Language = DEFAULT_LANGUAGE): string {
  const date = calendarDateOf(isoDate);
  return date ? calendarDateFormat(language, true).format(date) : isoDate;
}

/** "2026-12-01", "2026-12-04" → "Dec 1 – Dec 4, 2026" (in Spanish "1 dic – 4 dic 2026"; the year once when both share it). */
export function formatDateRange(start: string, end: string, language: Language = DEFAULT_LANGUAGE): string {
  const from = calendarDateOf(start);
  const to = calendarDateOf(end);
  if (!from || !to) return `${start} – ${end}`;
  const withYear = calendarDateFormat(language, true);
  if (start === end) return withYear.format(from);
  if (from.getUTCFullYear() === to.getUTCFullYear()) return `${calendarDateFormat(language, false).format(from)} – ${withYear.format(to)}`;
  return `${withYear.format(from)} – ${withYear.format(to)}`;
}


/** "2026-12-01" → "12/01/2026", as ACORD certificates print dates; only the certificate uses it. */
export function formatCertificateDate(isoDate: string): string {
  const { year, month, day } = requireDate(isoDate);
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
