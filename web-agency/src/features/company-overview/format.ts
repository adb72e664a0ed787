// How the overview writes its numbers: counts with thousands separators, a share as a percentage,
// days with at most one decimal, and the start of a week or month as a chart's label.
import { formatDate } from '@coverline/domain';
import type { OverviewGranularity } from '../../gql/graphql';

const COUNT = new Intl.NumberFormat('en-US');
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const DAYS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatCount = (count: number) => COUNT.format(count);
export const formatShare = (share: number) => PERCENT.format(share);
export const formatDays = (days: number) => `${DAYS.format(days)} ${days === 1 ? 'day' : 'days'}`;

/** "Mar 2026" for a month, "Week of Mar 2, 2026" for a week. */
export function formatPeriod(periodStart: string, granularity: OverviewGranularity): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  return granularity === 'MONTH' ? MONTH.format(date) : `Week of ${formatDate(periodStart)}`;
}

/** The same, short enough for an axis: "Mar 2026", "Mar 2". */
export function formatPeriodTick(periodStart: string, granularity: OverviewGranularity): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  return granularity === 'MONTH' ? MONTH.format(date) : formatDate(periodStart).replace(/, \d{4}$/, '');
}
