import { describe, expect, it } from 'vitest';
import {
  estimatePremium,
  GL_BASIS_DOLLARS,
  premiumLineCents,
  stateWcRate,
  WC_BASIS_DOLLARS,
  type CoverageRate,
} from './premium';

const wc = (rate: number, minimumPremiumCents = 0): CoverageRate => ({ coverageType: 'WORKERS_COMPENSATION', rate, minimumPremiumCents });
const gl = (rate: number, minimumPremiumCents = 0): CoverageRate => ({ coverageType: 'GENERAL_LIABILITY', rate, minimumPremiumCents });

describe('bases', () => {
  it('are $100 for WC and $1,000 for GL', () => {
    expect(WC_BASIS_DOLLARS).toBe(100);
    expect(GL_BASIS_DOLLARS).toBe(1000);
  });
});

describe('premiumLineCents', () => {
  it('WC: $10,000.00 at 0.62 per $100 is $62.00', () => {
    // 10,000 / 100 × 0.62 = 62 dollars
    expect(premiumLineCents(1_000_000, wc(0.62))).toBe(6200);
  });

  it('GL: $10,000.00 at 1.50 per $1,000 is $15.00, raised to the $500 minimum', () => {
    expect(premiumLineCents(1_000_000, gl(1.5))).toBe(1500);
    expect(premiumLineCents(1_000_000, gl(1.5, 50_000))).toBe(50_000);
  });

  it('GL above the minimum: $1,000,000.00 at 1.50 per $1,000 is $1,500.00', () => {
    expect(premiumLineCents(100_000_000, gl(1.5, 50_000))).toBe(150_000);
  });

  it('rounds half a cent up', () => {
    expect(premiumLineCents(150, wc(1))).toBe(2); // 1.5 cents
    expect(premiumLineCents(250, wc(1))).toBe(3); // 2.5 cents, not banker's 2
    expect(premiumLineCents(149, wc(1))).toBe(1); // 1.49 cents
    expect(premiumLineCents(500, gl(1))).toBe(1); // 0.5 cent
    expect(premiumLineCents(499, gl(1))).toBe(0);
  });

  it('is exact where floating point is not', () => {
    // 5000 × 0.57 / 100 = 28.5 exactly, but 5000 * 0.57 / 100 in floating point is 28.499999999999996
    expect(premiumLineCents(5000, wc(0.57))).toBe(29);
    expect(premiumLineCents(5000, wc(2.01))).toBe(101);
    expect(premiumLineCents(25_000, wc(0.29))).toBe(73);
  });

  it('handles the largest wage', () => {
    // $100,000,000.00 at 99.99 per $100
    expect(premiumLineCents(10_000_000_000, wc(99.99))).toBe(9_999_000_000);
  });

  it('refuses bad inputs', () => {
    expect(() => premiumLineCents(1.5, wc(1))).toThrow(RangeError);
    expect(() => premiumLineCents(-1, wc(1))).toThrow(RangeError);
    expect(() => premiumLineCents(100, wc(-1))).toThrow(RangeError);
    expect(() => premiumLineCents(100, wc(Number.NaN))).toThrow(RangeError);
    expect(() => premiumLineCents(100, gl(1, 1.5))).toThrow(RangeError);
  });
});

describe('estimatePremium', () => {
  const rates = [wc(0.62), gl(1.5, 50_000)];

  it('adds up the requested lines', () => {
    expect(estimatePremium({ wageCents: 1_000_000, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'], rates })).toEqual({
      totalCents: 56_200,
      lines: [
        { coverageType: 'WORKERS_COMPENSATION', rateApplied: 0.62, basis: 'PER_100', cents: 6200, minimumApplied: false },
        { coverageType: 'GENERAL_LIABILITY', rateApplied: 1.5, basis: 'PER_1000', cents: 50_000, minimumApplied: true },
      ],
    });
  });

  it('includes only the requested coverage types, once each', () => {
    const estimate = estimatePremium({
      wageCents: 1_000_000,
      coverageTypes: ['WORKERS_COMPENSATION', 'WORKERS_COMPENSATION'],
      rates,
    });
    expect(estimate.totalCents).toBe(6200);
    expect(estimate.lines.map((l) => l.coverageType)).toEqual(['WORKERS_COMPENSATION']);
  });

  it('reports no minimum when the computed premium equals it', () => {
    const [line] = estimatePremium({ wageCents: 1_000_000, coverageTypes: ['GENERAL_LIABILITY'], rates: [gl(1.5, 1500)] }).lines;
    expect(line).toMatchObject({ cents: 1500, minimumApplied: false });
  });

  it('is zero for no coverage', () => {
    expect(estimatePremium({ wageCents: 1_000_000, coverageTypes: [], rates })).toEqual({ totalCents: 0, lines: [] });
  });

  it('throws a clear error when a requested coverage has no rate', () => {
    expect(() => estimatePremium({ wageCents: 1_000_000, coverageTypes: ['GENERAL_LIABILITY'], rates: [wc(0.62)] })).toThrow(
      /No rate for General Liability \(GENERAL_LIABILITY\)/,
    );
  });

  it('throws when a coverage has two rates', () => {
    expect(() =>
      estimatePremium({ wageCents: 1_000_000, coverageTypes: ['WORKERS_COMPENSATION'], rates: [wc(0.62), wc(0.7)] }),
    ).toThrow(/More than one rate/);
  });

  it('works with a state-scaled WC rate (clerical in California)', () => {
    // 0.11 × 1.780 = 0.1958 per $100; $52,000.00 wage -> 52,000 / 100 × 0.1958 = $101.816 -> $101.82
    const rate = stateWcRate(0.11, 1.78);
    expect(rate).toBe(0.1958);
    expect(estimatePremium({ wageCents: 5_200_000, coverageTypes: ['WORKERS_COMPENSATION'], rates: [wc(rate)] }).totalCents).toBe(
      10_182,
    );
  });
});

describe('stateWcRate', () => {
  it.each([
    [0.62, 1, 0.62],
    [0.11, 1.087, 0.1196], // 0.11957
    [2.18, 1.78, 3.8804],
    [0.25, 1.0002, 0.2501], // 0.25005, half up
    [0.51, 0.565, 0.2882], // 0.288150 exactly; floating point gives 0.28814999...
    [0.51, 1.005, 0.5126], // 0.51255
    [0.95, 0, 0],
  ])('%d × %d = %d', (base, index, expected) => {
    expect(stateWcRate(base, index)).toBe(expected);
  });

  it('refuses negative or non-finite inputs', () => {
    expect(() => stateWcRate(-1, 1)).toThrow(RangeError);
    expect(() => stateWcRate(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
