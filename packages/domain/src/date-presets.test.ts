import { describe, expect, it } from 'vitest';
import { dateRangePresets, presetOfRange } from './date-presets';

const ranges = (today: string) => dateRangePresets(today).map(({ label, from, to }) => [label, from, to]);

describe('dateRangePresets', () => {
  it('offers the last 6 months, this year, last year and the four latest quarters, on Dec 1 2026', () => {
    expect(ranges('2026-12-01')).toEqual([
      ['Last 6 months', '2026-06-01', '2026-12-01'],
      ['This year (2026)', '2026-01-01', '2026-12-31'],
      ['Last calendar year (2025)', '2025-01-01', '2025-12-31'],
      ['Q4 2026 (Oct–Dec)', '2026-10-01', '2026-12-31'],
      ['Q3 2026 (Jul–Sep)', '2026-07-01', '2026-09-30'],
      ['Q2 2026 (Apr–Jun)', '2026-04-01', '2026-06-30'],
      ['Q1 2026 (Jan–Mar)', '2026-01-01', '2026-03-31'],
    ]);
  });

  it('reaches back into last year in January: the last quarter is Q4 of last year', () => {
    expect(ranges('2027-01-01')).toEqual([
      ['Last 6 months', '2026-07-01', '2027-01-01'],
      ['This year (2027)', '2027-01-01', '2027-12-31'],
      ['Last calendar year (2026)', '2026-01-01', '2026-12-31'],
      ['Q1 2027 (Jan–Mar)', '2027-01-01', '2027-03-31'],
      ['Q4 2026 (Oct–Dec)', '2026-10-01', '2026-12-31'],
      ['Q3 2026 (Jul–Sep)', '2026-07-01', '2026-09-30'],
      ['Q2 2026 (Apr–Jun)', '2026-04-01', '2026-06-30'],
    ]);
  });

  it('ends the year on Dec 31 whichever day it is', () => {
    expect(ranges('2026-12-31').slice(0, 4)).toEqual([
      ['Last 6 months', '2026-06-30', '2026-12-31'],
      ['This year (2026)', '2026-01-01', '2026-12-31'],
      ['Last calendar year (2025)', '2025-01-01', '2025-12-31'],
      ['Q4 2026 (Oct–Dec)', '2026-10-01', '2026-12-31'],
    ]);
  });

  it('clamps the last 6 months to the end of a shorter month, leap years included', () => {
    expect(dateRangePresets('2026-08-31')[0]).toMatchObject({ from: '2026-02-28', to: '2026-08-31' });
    expect(dateRangePresets('2028-08-31')[0]).toMatchObject({ from: '2028-02-29', to: '2028-08-31' });
    expect(ranges('2028-02-29').slice(3, 5)).toEqual([
      ['Q1 2028 (Jan–Mar)', '2028-01-01', '2028-03-31'],
      ['Q4 2027 (Oct–Dec)', '2027-10-01', '2027-12-31'],
    ]);
  });

  it.each([
    ['2026-01-15', 'Q1 2026 (Jan–Mar)', 'Q2 2025 (Apr–Jun)'],
    ['2026-03-31', 'Q1 2026 (Jan–Mar)', 'Q2 2025 (Apr–Jun)'],
    ['2026-04-01', 'Q2 2026 (Apr–Jun)', 'Q3 2025 (Jul–Sep)'],
    ['2026-06-30', 'Q2 2026 (Apr–Jun)', 'Q3 2025 (Jul–Sep)'],
    ['2026-07-01', 'Q3 2026 (Jul–Sep)', 'Q4 2025 (Oct–Dec)'],
    ['2026-09-30', 'Q3 2026 (Jul–Sep)', 'Q4 2025 (Oct–Dec)'],
    ['2026-10-01', 'Q4 2026 (Oct–Dec)', 'Q1 2026 (Jan–Mar)'],
  ])('on %s the quarters run from %s back to %s', (today, newest, oldest) => {
    const quarters = dateRangePresets(today).slice(3);
    expect(quarters[0]?.label).toBe(newest);
    expect(quarters[3]?.label).toBe(oldest);
    expect(quarters.every((quarter) => quarter.from <= today)).toBe(true);
    expect(quarters[0]!.from <= today && today <= quarters[0]!.to).toBe(true);
  });

  it('gives every preset its own id, and ranges that start before they end', () => {
    for (const today of ['2026-01-01', '2026-05-17', '2026-12-31']) {
      const presets = dateRangePresets(today);
      expect(new Set(presets.map((preset) => preset.id)).size).toBe(presets.length);
      expect(presets.every((preset) => preset.from <= preset.to)).toBe(true);
    }
  });

  it('refuses a today that is not a date', () => {
    expect(() => dateRangePresets('12/01/2026')).toThrow(RangeError);
    expect(() => dateRangePresets('2026-02-30')).toThrow(RangeError);
  });
});

describe('presetOfRange', () => {
  const presets = dateRangePresets('2026-12-01');
  it('finds the preset of exactly that range, and none for another or a half range', () => {
    expect(presetOfRange(presets, '2025-01-01', '2025-12-31')?.label).toBe('Last calendar year (2025)');
    expect(presetOfRange(presets, '2025-01-01', '2025-12-30')).toBeNull();
    expect(presetOfRange(presets, '2025-01-01', null)).toBeNull();
    expect(presetOfRange(presets, undefined, undefined)).toBeNull();
  });
});
