// Dates and times as people read them, in the domain's one format (decision 0030) that the emails
// share: calendar dates (`YYYY-MM-DD`) as "Dec 4, 2026"; timestamps in the reader's zone.
import { formatDateTimeInZone } from '@coverline/domain';

export { formatDate, formatDateRange } from '@coverline/domain';

const READER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * An ISO timestamp in the reader's time zone: "Nov 21, 2026, 2:05 PM", or with `withTimeZone`
 * "Nov 21, 2026, 2:05 PM EST" (where colleagues in other zones compare what they see).
 */
export function formatDateTime(isoDateTime: string, options: { withTimeZone?: boolean } = {}): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return formatDateTimeInZone(date, READER_TIME_ZONE, { zoneName: options.withTimeZone ?? false });
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
