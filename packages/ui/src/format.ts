// Dates and times as people read them. API dates are calendar dates (`YYYY-MM-DD`, no time zone),
// so they are formatted in UTC to keep the same day everywhere; timestamps use the reader's zone.

const DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const DATE_NO_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

function calendarDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "2026-12-01" → "Dec 1, 2026"; anything else is returned as it came. */
export function formatDate(isoDate: string): string {
  const date = calendarDate(isoDate);
  return date ? DATE.format(date) : isoDate;
}

/** "2026-12-01", "2026-12-04" → "Dec 1 – Dec 4, 2026" (the year once when both share it). */
export function formatDateRange(start: string, end: string): string {
  const from = calendarDate(start);
  const to = calendarDate(end);
  if (!from || !to) return `${start} – ${end}`;
  if (start === end) return DATE.format(from);
  if (from.getUTCFullYear() === to.getUTCFullYear()) return `${DATE_NO_YEAR.format(from)} – ${DATE.format(to)}`;
  return `${DATE.format(from)} – ${DATE.format(to)}`;
}

const DATE_TIME_WITH_ZONE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});

/**
 * An ISO timestamp in the reader's time zone: "Nov 21, 2026, 2:05 PM", or with `withTimeZone`
 * "Nov 21, 2026, 2:05 PM EST" (where colleagues in other zones compare what they see).
 */
export function formatDateTime(isoDateTime: string, options: { withTimeZone?: boolean } = {}): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return (options.withTimeZone ? DATE_TIME_WITH_ZONE : DATE_TIME).format(date);
}

const RELATIVE = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['day', 24 * 60 * 60],
  ['hour', 60 * 60],
  ['minute', 60],
];

/** An ISO timestamp against `now`: "just now", "5 minutes ago", "yesterday", "in 2 hours". */
export function formatRelativeTime(isoDateTime: string, now: Date = new Date()): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  const [unit, size] = RELATIVE_UNITS.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ?? ['minute', 60];
  return RELATIVE.format(Math.trunc(seconds / size), unit);
}
