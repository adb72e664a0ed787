import { describe, expect, it } from 'vitest';
import {
  facilityAssignmentFilterSchema,
  facilityFilterFromSearchParams,
  facilityFilterEntries,
  matchesFacilityFilter,
} from './facility-filters';

describe('facilityAssignmentFilterSchema', () => {
  it('accepts any subset of the four bounds, including none', () => {
    expect(facilityAssignmentFilterSchema.safeParse({}).success).toBe(true);
    expect(facilityAssignmentFilterSchema.safeParse({ endTo: '2026-03-31' }).success).toBe(true);
    expect(facilityAssignmentFilterSchema.safeParse({ effectiveFrom: '2026-01-01', effectiveTo: '2026-01-01' }).success).toBe(true);
  });

  it('refuses a range that ends before it starts, on its end field', () => {
    const effective = facilityAssignmentFilterSchema.safeParse({ effectiveFrom: '2026-02-01', effectiveTo: '2026-01-31' });
    expect(effective.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['effectiveTo', 'The effective-date range ends before it starts.'],
    ]);
    const end = facilityAssignmentFilterSchema.safeParse({ endFrom: '2026-02-01', endTo: '2026-01-31' });
    expect(end.error?.issues[0]?.path).toEqual(['endTo']);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(facilityAssignmentFilterSchema.safeParse({ effectiveFrom: '2026-02-30' }).success).toBe(false);
    expect(facilityAssignmentFilterSchema.safeParse({ endTo: '03/31/2026' }).success).toBe(false);
  });
});

/** A query string read the way URLSearchParams reads it, without needing the DOM's types here. */
function query(text: string) {
  const pairs = new Map(text.split('&').map((pair) => pair.split('=') as [string, string]));
  return { get: (name: string) => pairs.get(name) ?? null };
}

describe('filters in the URL', () => {
  it('round-trips through the query string in a fixed order', () => {
    const filter = { endTo: '2026-06-30', effectiveFrom: '2026-01-01' };
    const entries = facilityFilterEntries(filter);
    expect(entries).toEqual([
      ['effectiveFrom', '2026-01-01'],
      ['endTo', '2026-06-30'],
    ]);
    expect(facilityFilterFromSearchParams(query(entries.map((pair) => pair.join('=')).join('&')))).toEqual(filter);
  });

  it('drops what is not a date, and a reversed range as a whole', () => {
    expect(facilityFilterFromSearchParams(query('effectiveFrom=yesterday&endTo=2026-06-30&facility=x'))).toEqual({ endTo: '2026-06-30' });
    expect(facilityFilterFromSearchParams(query('effectiveFrom=2026-02-01&effectiveTo=2026-01-01'))).toEqual({});
  });
});

describe('matchesFacilityFilter', () => {
  const march = { effectiveDate: '2026-03-02', endDate: '2026-03-06' };
  it.each([
    [{}, true],
    [{ effectiveFrom: '2026-03-02', effectiveTo: '2026-03-02' }, true],
    [{ effectiveFrom: '2026-03-03' }, false],
    [{ effectiveTo: '2026-03-01' }, false],
    [{ endFrom: '2026-03-06' }, true],
    [{ endFrom: '2026-03-07' }, false],
    [{ endTo: '2026-03-05' }, false],
    [{ effectiveFrom: '2026-03-01', endTo: '2026-03-06' }, true],
  ])('with %j: %s (inclusive bounds)', (filter, expected) => {
    expect(matchesFacilityFilter(march, filter)).toBe(expected);
  });
});
