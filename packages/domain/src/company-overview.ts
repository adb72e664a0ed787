// The Company Overview's rules that are not SQL: the date range a rep picks (presets, validation), how
// finely "assignments started" is counted (weeks or months), the series with its empty periods filled,
// the edges of the wage and length distributions, and the completion rate.
import { z } from 'zod';
import { addDays, compareIsoDates, isoDateSchema } from './dates';

/** An inclusive range of effective dates; a missing end is open. */
export type OverviewRange = { from: string | null; to: string | null };

export const overviewRangeSchema = z
  .object({ from: z.nullish(isoDateSchema), to: z.nullish(isoDateSchema) })
  .transform(({ from, to }): OverviewRange => ({ from: from ?? null, to: to ?? null }))
  .refine(({ from, to }) => from === null || to === null || compareIsoDates(from, to) <= 0, {
    error: 'The end of the range must be on or after its start.',
    path: ['to'],
  });

export const OVERVIEW_RANGE_PRESETS = ['LAST_30_DAYS', 'THIS_YEAR', 'LAST_YEAR', 'ALL_TIME'] as const;
export type OverviewRangePreset = (typeof OVERVIEW_RANGE_PRESETS)[number];

export const OVERVIEW_RANGE_PRESET_LABELS: Record<OverviewRangePreset, string> = {
  LAST_30_DAYS: 'Last 30 days',
  THIS_YEAR: 'This year',
  LAST_YEAR: 'Last year',
  ALL_TIME: 'All time',
};

/** The range a preset stands for on `today` (the agency's date): the last 30 days include today. */
export function overviewRangeForPreset(preset: OverviewRangePreset, today: string): OverviewRange {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'LAST_30_DAYS':
      return { from: addDays(today, -29), to: today };
    case 'THIS_YEAR':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'LAST_YEAR':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'ALL_TIME':
      return { from: null, to: null };
  }
}

export type OverviewGranularity = 'WEEK' | 'MONTH';

/** Up to about a quarter, weeks; longer (or open) ranges by month, so a chart never has hundreds of bars. */
export const WEEKLY_SERIES_UP_TO_DAYS = 92;

export function overviewGranularity(range: OverviewRange): OverviewGranularity {
  if (range.from === null || range.to === null) return 'MONTH';
  const days = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= WEEKLY_SERIES_UP_TO_DAYS ? 'WEEK' : 'MONTH';
}

/** The first day of the period holding `date`: its Monday (as PostgreSQL's date_trunc('week')), or the 1st of its month. */
export function periodStartOf(date: string, granularity: OverviewGranularity): string {
  if (granularity === 'MONTH') return `${date.slice(0, 7)}-01`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

function nextPeriodStart(start: string, granularity: OverviewGranularity): string {
  if (granularity === 'WEEK') return addDays(start, 7);
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export type PeriodCount = { periodStart: string; count: number };

/**
 * One entry per period from the one holding `first` to the one holding `last`, those without any
 * count as 0 (a chart's gaps are weeks without starts, not missing bars). With no bounds (all time and
 * nothing yet), the periods the counts name.
 */
export function filledSeries(counts: readonly PeriodCount[], granularity: OverviewGranularity, bounds: { first: string; last: string } | null): PeriodCount[] {
  const byStart = new Map(counts.map((entry) => [entry.periodStart, entry.count]));
  if (!bounds) return [...counts].sort((a, b) => compareIsoDates(a.periodStart, b.periodStart));
  const series: PeriodCount[] = [];
  const end = periodStartOf(bounds.last, granularity);
  for (let start = periodStartOf(bounds.first, granularity); compareIsoDates(start, end) <= 0; start = nextPeriodStart(start, granularity)) {
    series.push({ periodStart: start, count: byStart.get(start) ?? 0 });
  }
  return series;
}

/** The lower edges of the wage buckets after the first, in cents: under $1,000, to $5,000, $10,000, $25,000, $50,000, and above. */
export const WAGE_BUCKET_EDGES_CENTS = [100_000, 500_000, 1_000_000, 2_500_000, 5_000_000] as const;
/** The same for assignment lengths in days (both dates included): a week, a month, a quarter, half a year, a year, longer. */
export const ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS = [8, 31, 91, 181, 366] as const;

/** A bucket of whole numbers from `min` to `max` inclusive; `max` null: no upper end. */
export type DistributionBucket = { min: number; max: number | null; count: number };

/**
 * The buckets that `edges` make (one more than there are edges), each with its count; `countAt`
 * answers by bucket index as PostgreSQL's width_bucket(value, edges) numbers them (0 below the first
 * edge, edges.length at or above the last). `lowest` is the smallest value the first bucket holds.
 */
export function distributionBuckets(edges: readonly number[], lowest: number, countAt: (index: number) => number): DistributionBucket[] {
  return Array.from({ length: edges.length + 1 }, (_, index) => ({
    min: index === 0 ? lowest : (edges[index - 1] ?? lowest),
    max: index === edges.length ? null : (edges[index] ?? 0) - 1,
    count: countAt(index),
  }));
}

/**
 * How a bucket reads: "$1,000.00 – $4,999.99", "8–30 days", "366 days or more"; with `under`, the
 * first bucket as "Under $1,000.00" (its smallest value is not worth saying).
 */
export function bucketLabel(bucket: Pick<DistributionBucket, 'min' | 'max'>, formatValue: (value: number) => string, options: { unit?: string; under?: boolean } = {}): string {
  const unit = options.unit ? ` ${options.unit}` : '';
  if (bucket.max === null) return `${formatValue(bucket.min)}${unit} or more`;
  if (options.under) return `Under ${formatValue(bucket.max + 1)}${unit}`;
  return options.unit ? `${formatValue(bucket.min)}–${formatValue(bucket.max)}${unit}` : `${formatValue(bucket.min)} – ${formatValue(bucket.max)}`;
}

/** Of the contractors asked to opt in, the share who completed it: 0 to 1 (0 when nobody was asked). */
export function completionRate(asked: number, completed: number): number {
  if (!Number.isSafeInteger(asked) || !Number.isSafeInteger(completed) || asked < 0 || completed < 0 || completed > asked) {
    throw new RangeError(`completionRate: ${completed} of ${asked} is not a share`);
  }
  return asked === 0 ? 0 : completed / asked;
}

/** An opt-in link open this many days without an answer needs the rep's attention (the default first reminder's day). */
export const AWAITING_OPT_IN_ATTENTION_DAYS = 2;
