import { COVERAGE_TYPE_LABELS, type CoverageType } from './enums';

// DESIGN rule 5 and /shared/data/job-codes/PROVENANCE.md "How to use":
//   premium_wc = wage / 100   × WC rate per $100   (the rate already scaled by the state's WC index)
//   premium_gl = max(min_premium, wage / 1000 × GL rate per $1,000)
// In cents: WC = wageCents × rate / 100, GL = wageCents × rate / 1000.

export const WC_BASIS_DOLLARS = 100;
export const GL_BASIS_DOLLARS = 1000;

export type PremiumBasis = 'PER_100' | 'PER_1000';

/**
 * A rate for one coverage type: per $100 of wage for WORKERS_COMPENSATION, per $1,000 of wage
 * for GENERAL_LIABILITY. `minimumPremiumCents` is applied to whichever line carries it; per
 * PROVENANCE the job-code minimum premium belongs to the GL line, so a WC rate normally has 0.
 */
export type CoverageRate = {
  coverageType: CoverageType;
  rate: number;
  minimumPremiumCents: number;
};

export type PremiumLine = {
  coverageType: CoverageType;
  rateApplied: number;
  basis: PremiumBasis;
  cents: number;
  minimumApplied: boolean;
};

export type PremiumEstimate = { totalCents: number; lines: PremiumLine[] };

const RATE_SCALE = 1_000_000; // rates are exact to 6 decimals

function basisOf(coverageType: CoverageType): { dollars: number; basis: PremiumBasis } {
  return coverageType === 'WORKERS_COMPENSATION'
    ? { dollars: WC_BASIS_DOLLARS, basis: 'PER_100' }
    : { dollars: GL_BASIS_DOLLARS, basis: 'PER_1000' };
}

function scaledRate(rate: number, what: string): bigint {
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`${what} must be a non-negative number, got ${String(rate)}`);
  const scaled = Math.round(rate * RATE_SCALE);
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`${what} is too large: ${String(rate)}`);
  return BigInt(scaled);
}

/** Non-negative numerator / positive denominator, rounded half up. */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

function rawLineCents(wageCents: number, rate: CoverageRate): number {
  if (!Number.isSafeInteger(wageCents) || wageCents < 0) {
    throw new RangeError(`Wage must be a non-negative integer number of cents, got ${String(wageCents)}`);
  }
  const { dollars } = basisOf(rate.coverageType);
  const cents = divideRoundHalfUp(
    BigInt(wageCents) * scaledRate(rate.rate, 'Rate'),
    BigInt(dollars) * BigInt(RATE_SCALE),
  );
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Premium is too large');
  return Number(cents);
}

function checkMinimum(minimumPremiumCents: number): void {
  if (!Number.isSafeInteger(minimumPremiumCents) || minimumPremiumCents < 0) {
    throw new RangeError(`Minimum premium must be a non-negative integer number of cents, got ${String(minimumPremiumCents)}`);
  }
}

/**
 * Premium in cents of one coverage line: max(minimumPremiumCents, wageCents × rate / basis),
 * rounded half up to a whole cent, computed in integer arithmetic.
 */
export function premiumLineCents(wageCents: number, rate: CoverageRate): number {
  checkMinimum(rate.minimumPremiumCents);
  return Math.max(rate.minimumPremiumCents, rawLineCents(wageCents, rate));
}

/**
 * Premium for the requested coverage types (repeats ignored, order kept). Throws an Error when a
 * requested coverage type has no rate, or has more than one.
 */
export function estimatePremium(input: {
  wageCents: number;
  coverageTypes: readonly CoverageType[];
  rates: readonly CoverageRate[];
}): PremiumEstimate {
  const lines: PremiumLine[] = [];
  for (const coverageType of new Set(input.coverageTypes)) {
    const matching = input.rates.filter((r) => r.coverageType === coverageType);
    const rate = matching[0];
    if (!rate) {
      throw new Error(`No rate for ${COVERAGE_TYPE_LABELS[coverageType]} (${coverageType}): cannot estimate the premium.`);
    }
    if (matching.length > 1) {
      throw new Error(`More than one rate for ${COVERAGE_TYPE_LABELS[coverageType]} (${coverageType}).`);
    }
    checkMinimum(rate.minimumPremiumCents);
    const raw = rawLineCents(input.wageCents, rate);
    lines.push({
      coverageType,
      rateApplied: rate.rate,
      basis: basisOf(coverageType).basis,
      cents: Math.max(raw, rate.minimumPremiumCents),
      minimumApplied: raw < rate.minimumPremiumCents,
    });
  }
  const totalCents = lines.reduce((sum, line) => sum + line.cents, 0);
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('Premium is too large');
  return { totalCents, lines };
}

/** A state's WC rate per $100: base rate × the state's WC cost index, rounded half up to 4 decimals. */
export function stateWcRate(baseRatePer100: number, wcIndex: number): number {
  const product = scaledRate(baseRatePer100, 'Base rate') * scaledRate(wcIndex, 'WC index'); // scale 1e12
  const ten4 = divideRoundHalfUp(product, BigInt(RATE_SCALE) * BigInt(RATE_SCALE) / 10_000n);
  return Number(ten4) / 10_000;
}
