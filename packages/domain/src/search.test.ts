import { describe, expect, it } from 'vitest';
import { boundedCount, boundedCountText, COUNT_LIMIT, countInWords } from './search';

const CONTRACTORS = { one: 'contractor', many: 'contractors' };

describe('boundedCount', () => {
  it('is exact up to the limit and the limit, not exact, past it', () => {
    expect(boundedCount(0)).toEqual({ totalCount: 0, totalCountIsExact: true });
    expect(boundedCount(COUNT_LIMIT - 1)).toEqual({ totalCount: 9_999, totalCountIsExact: true });
    expect(boundedCount(COUNT_LIMIT)).toEqual({ totalCount: 10_000, totalCountIsExact: true });
    expect(boundedCount(COUNT_LIMIT + 1)).toEqual({ totalCount: 10_000, totalCountIsExact: false });
  });
});

describe('boundedCountText', () => {
  it('is the number, with a plus when it is a lower bound', () => {
    expect(boundedCountText({ totalCount: 2_500, totalCountIsExact: true })).toBe('2,500');
    expect(boundedCountText(boundedCount(COUNT_LIMIT + 1))).toBe('10,000+');
  });
});

describe('countInWords', () => {
  it('says one, many, and a lower bound with a plus', () => {
    expect(countInWords({ totalCount: 0, totalCountIsExact: true }, CONTRACTORS)).toBe('0 contractors');
    expect(countInWords({ totalCount: 1, totalCountIsExact: true }, CONTRACTORS)).toBe('1 contractor');
    expect(countInWords({ totalCount: 2_500, totalCountIsExact: true }, CONTRACTORS)).toBe('2,500 contractors');
    expect(countInWords({ totalCount: 10_000, totalCountIsExact: true }, CONTRACTORS)).toBe('10,000 contractors');
    expect(countInWords(boundedCount(COUNT_LIMIT + 1), CONTRACTORS)).toBe('10,000+ contractors');
  });
});
