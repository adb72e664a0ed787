import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS,
  bucketLabel,
  completionRate,
  distributionBuckets,
  filledSeries,
  OVERVIEW_RANGE_PRESETS,
  overviewGranularity,
  overviewRangeForPreset,
  overviewRangeSchema,
  periodStartOf,
  WAGE_BUCKET_EDGES_CENTS,
} from './company-overview';
import { formatCents } from './money';

describe('overviewRangeSchema', () => {
  it('takes no range, either bound alone, or both in order', () => {
    expect(overviewRangeSchema.parse({})).toEqual({ from: null, to: null });
    expect(overviewRangeSchema.parse({ from: '2026-01-01' })).toEqual({ from: '2026-01-01', to: null });
    expect(overviewRangeSchema.parse({ to: '2026-01-01', from: null })).toEqual({ from: null, to: '2026-01-01' });
    expect(overviewRangeSchema.parse({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('refuses an end before the start, naming the end', () => {
    const result = overviewRangeSchema.safeParse({ from: '2026-03-02', to: '2026-03-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['to']);
    expect(result.error?.issues[0]?.message).toBe('The end of the range must be on or after its start.');
  });

  it('refuses a date that is not a calendar date, naming its bound', () => {
    expect(overviewRangeSchema.safeParse({ from: '2026-02-30' }).error?.issues[0]?.path).toEqual(['from']);
    expect(overviewRangeSchema.safeParse({ to: 'yesterday' }).error?.issues[0]?.path).toEqual(['to']);
  });
});

describe('overviewRangeForPreset', () => {
  it('makes the last 30 days end today and include it', () => {
    expect(overviewRangeForPreset('LAST_30_DAYS', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
  });

  it('makes this year and last year whole calendar years', () => {
    expect(overviewRangeForPreset('THIS_YEAR', '2026-12-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(overviewRangeForPreset('LAST_YEAR', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('makes all time open at both ends', () => {
    expect(overviewRangeForPreset('ALL_TIME', '2026-12-01')).toEqual({ from: null, to: null });
  });

  it('gives every preset a range the schema accepts', () => {
    for (const preset of OVERVIEW_RANGE_PRESETS) expect(overviewRangeSchema.safeParse(overviewRangeForPreset(preset, '2026-06-15')).success).toBe(true);
  });
});

describe('overviewGranularity', () => {
  it('counts by week up to 92 days and by month beyond', () => {
    expect(overviewGranularity({ from: '2026-01-01', to: '2026-04-02' })).toBe('WEEK'); // 92 days
    expect(overviewGranularity({ from: '2026-01-01', to: '2026-04-03' })).toBe('MONTH'); // 93 days
    expect(overviewGranularity({ from: '2026-03-01', to: '2026-03-01' })).toBe('WEEK');
  });

  it('counts an open range by month', () => {
    expect(overviewGranularity({ from: null, to: null })).toBe('MONTH');
    expect(overviewGranularity({ from: '2026-01-01', to: null })).toBe('MONTH');
    expect(overviewGranularity({ from: null, to: '2026-01-01' })).toBe('MONTH');
  });
});

describe('periodStartOf', () => {
  it("starts a week on its Monday, as PostgreSQL's date_trunc does", () => {
    expect(periodStartOf('2026-12-07', 'WEEK')).toBe('2026-12-07'); // a Monday
    expect(periodStartOf('2026-12-13', 'WEEK')).toBe('2026-12-07'); // its Sunday
    expect(periodStartOf('2026-01-01', 'WEEK')).toBe('2025-12-29'); // a Thursday, across a year
  });

  it('starts a month on its 1st', () => {
    expect(periodStartOf('2026-02-28', 'MONTH')).toBe('2026-02-01');
    expect(periodStartOf('2026-02-01', 'MONTH')).toBe('2026-02-01');
  });
});

describe('filledSeries', () => {
  it('fills the weeks without starts with 0, from the first bound to the last', () => {
    expect(filledSeries([{ periodStart: '2026-12-14', count: 2 }], 'WEEK', { first: '2026-12-02', last: '2026-12-21' })).toEqual([
      { periodStart: '2026-11-30', count: 0 },
      { periodStart: '2026-12-07', count: 0 },
      { periodStart: '2026-12-14', count: 2 },
      { periodStart: '2026-12-21', count: 0 },
    ]);
  });

  it('runs months across a year end', () => {
    expect(filledSeries([{ periodStart: '2027-01-01', count: 3 }, { periodStart: '2026-11-01', count: 1 }], 'MONTH', { first: '2026-11-15', last: '2027-01-02' })).toEqual([
      { periodStart: '2026-11-01', count: 1 },
      { periodStart: '2026-12-01', count: 0 },
      { periodStart: '2027-01-01', count: 3 },
    ]);
  });

  it('without bounds, keeps the periods counted, in order', () => {
    expect(filledSeries([{ periodStart: '2026-05-01', count: 1 }, { periodStart: '2026-02-01', count: 4 }], 'MONTH', null)).toEqual([
      { periodStart: '2026-02-01', count: 4 },
      { periodStart: '2026-05-01', count: 1 },
    ]);
    expect(filledSeries([], 'MONTH', null)).toEqual([]);
  });
});

describe('distributionBuckets', () => {
  it('makes one bucket more than edges, numbered as width_bucket numbers them', () => {
    const counts = [5, 0, 2];
    expect(distributionBuckets([10, 20], 1, (index) => counts[index] ?? 0)).toEqual([
      { min: 1, max: 9, count: 5 },
      { min: 10, max: 19, count: 0 },
      { min: 20, max: null, count: 2 },
    ]);
  });

  it('covers every wage and every length without gaps', () => {
    for (const [edges, lowest] of [[WAGE_BUCKET_EDGES_CENTS, 1], [ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS, 1]] as const) {
      const buckets = distributionBuckets(edges, lowest, () => 0);
      expect(buckets).toHaveLength(edges.length + 1);
      expect(buckets[0]?.min).toBe(lowest);
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.min).toBe((buckets[i - 1]?.max ?? Number.NaN) + 1);
      expect(buckets.at(-1)?.max).toBeNull();
    }
  });
});

describe('bucketLabel', () => {
  it('reads a closed bucket as a range and the last as "or more"', () => {
    expect(bucketLabel({ min: 100_000, max: 499_999 }, formatCents)).toBe('$1,000.00 – $4,999.99');
    expect(bucketLabel({ min: 5_000_000, max: null }, formatCents)).toBe('$50,000.00 or more');
  });

  it('puts the unit once, after the range', () => {
    expect(bucketLabel({ min: 8, max: 30 }, String, { unit: 'days' })).toBe('8–30 days');
    expect(bucketLabel({ min: 366, max: null }, String, { unit: 'days' })).toBe('366 days or more');
  });

  it('reads the first bucket as "under" its upper edge when asked', () => {
    expect(bucketLabel({ min: 1, max: 99_999 }, formatCents, { under: true })).toBe('Under $1,000.00');
    expect(bucketLabel({ min: 1, max: 7 }, String, { unit: 'days', under: true })).toBe('Under 8 days');
  });
});

describe('completionRate', () => {
  it('is the share of those asked who completed', () => {
    expect(completionRate(4, 3)).toBe(0.75);
    expect(completionRate(3, 3)).toBe(1);
    expect(completionRate(5, 0)).toBe(0);
  });

  it('is 0 when nobody was asked', () => {
    expect(completionRate(0, 0)).toBe(0);
  });

  it('refuses counts that are not a share', () => {
    expect(() => completionRate(2, 3)).toThrow(RangeError);
    expect(() => completionRate(-1, 0)).toThrow(RangeError);
    expect(() => completionRate(2.5, 1)).toThrow(RangeError);
  });
});
