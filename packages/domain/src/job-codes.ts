// The job-code catalogue as an operator maintains it (codes and their rates per state and coverage
// type), and the Job Codes tab's budget: what N assignments of one wage cost, line by line, from the
// same estimatePremium that prices a created assignment.
import { z } from 'zod';
import { COVERAGE_TYPES, type CoverageType } from './enums';
import { estimatePremium, premiumLineCents, type CoverageRate, type PremiumBasis, type PremiumLine } from './premium';
import { usStateCodeSchema } from './us-states';

/** A job code is a lowercase slug, like the catalogue's `it-field-technician`. */
export const JOB_CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The rate column holds 4 decimals below 1,000,000 (numeric(10, 4)). */
export const MAX_RATE = 999_999.9999;
const RATE_DECIMALS = 4;
/** The largest amount of money the API carries: a GraphQL Int of cents ($21,474,836.47). */
export const MAX_INT_CENTS = 2_147_483_647;
/** setJobCodeRates takes at most one row per state and coverage type: 51 × 2. */
export const MAX_RATES_PER_CHANGE = 102;

const optionalClassCode = (digits: number, name: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${digits}}$`), { error: `${name} is ${digits} digits` })
    .nullish()
    .transform((value) => value ?? null);

export const jobCodeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, { error: 'Enter the job code' })
    .max(60, { error: 'A job code has at most 60 characters' })
    .regex(JOB_CODE_PATTERN, { error: 'Use lowercase letters, digits and single hyphens, e.g. it-field-technician' }),
  title: z.string().trim().min(1, { error: 'Enter the title' }).max(120, { error: 'A title has at most 120 characters' }),
  description: z.string().trim().min(1, { error: 'Enter a description' }).max(500, { error: 'A description has at most 500 characters' }),
  wcClassCode: optionalClassCode(4, "The workers' compensation (NCCI) class code"),
  glClassCode: optionalClassCode(5, 'The general liability (ISO) class code'),
});
export type JobCodeInputData = z.output<typeof jobCodeInputSchema>;

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

export const jobCodeRateInputSchema = z.object({
  state: usStateCodeSchema,
  coverageType: z.enum(COVERAGE_TYPES, { error: 'Use GENERAL_LIABILITY or WORKERS_COMPENSATION' }),
  rate: z
    .number({ error: 'Enter the rate as a number' })
    .positive({ error: 'A rate is greater than zero' })
    .max(MAX_RATE, { error: 'A rate is below 1,000,000' })
    .refine((rate) => hasAtMostDecimals(rate, RATE_DECIMALS), { error: `A rate has at most ${RATE_DECIMALS} decimals` }),
  minimumPremiumCents: z
    .number({ error: 'Enter the minimum premium in cents' })
    .int({ error: 'The minimum premium is a whole number of cents' })
    .min(0, { error: 'The minimum premium is zero or more' })
    .max(MAX_INT_CENTS, { error: 'The minimum premium is too large' }),
});
export type JobCodeRateInputData = z.output<typeof jobCodeRateInputSchema>;

/** The rows of one setJobCodeRates call: 1 to 102, each (state, coverage type) at most once. */
export const jobCodeRatesInputSchema = z
  .array(jobCodeRateInputSchema)
  .min(1, { error: 'Give at least one rate' })
  .max(MAX_RATES_PER_CHANGE, { error: `Give at most ${MAX_RATES_PER_CHANGE} rates at once (one per state and coverage type)` })
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((rate, index) => {
      const key = `${rate.state}/${rate.coverageType}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'coverageType'], message: `${rate.state} already has a ${rate.coverageType} rate in this change` });
      seen.add(key);
    });
  });

/**
 * "$1.0327 per $100 of wage" (workers' compensation) or "$1.50 per $1,000 of wage" (general liability): cents at least,
 * every decimal the rate has. An audit prices `payroll`, the same rate on another name.
 */
export function describeRate(rate: number, basis: PremiumBasis, of: 'wage' | 'payroll' = 'wage'): string {
  const perWhat = basis === 'PER_100' ? '$100' : '$1,000';
  return `$${rate.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: RATE_DECIMALS })} per ${perWhat} of ${of}`;
}

export function basisOfCoverage(coverageType: CoverageType): PremiumBasis {
  return coverageType === 'WORKERS_COMPENSATION' ? 'PER_100' : 'PER_1000';
}

// ---------------------------------------------------------------- budget

/** How many assignments one budget may price at once. */
export const MAX_BUDGET_ASSIGNMENTS = 1000;

export const assignmentCountSchema = z
  .number({ error: 'Enter the number of assignments' })
  .int({ error: 'The number of assignments is a whole number' })
  .min(1, { error: 'Budget at least one assignment' })
  .max(MAX_BUDGET_ASSIGNMENTS, { error: `Budget at most ${MAX_BUDGET_ASSIGNMENTS} assignments at once` });

/** A premium line with what it is made of: the rate × wage amount, and the minimum it is held to. */
export type BudgetLine = PremiumLine & { rateCents: number; minimumPremiumCents: number };

export type Budget = {
  /** Exactly the premium createAssignment stores for one assignment of these inputs. */
  perAssignmentCents: number;
  lines: BudgetLine[];
  assignmentCount: number;
  totalCents: number;
};

/**
 * The premium of one assignment (estimatePremium, as createAssignment prices it) and of
 * `assignmentCount` alike ones. Each assignment is priced and rounded on its own, so the total is
 * the per-assignment premium times the count, never a rounding of the product.
 */
export function estimateBudget(input: { wageCents: number; coverageTypes: readonly CoverageType[]; rates: readonly CoverageRate[]; assignmentCount: number }): Budget {
  if (!Number.isSafeInteger(input.assignmentCount) || input.assignmentCount < 1) {
    throw new RangeError(`The number of assignments must be a positive whole number, got ${String(input.assignmentCount)}`);
  }
  const premium = estimatePremium(input);
  const lines = premium.lines.map((line): BudgetLine => {
    // estimatePremium found exactly one rate of each line's coverage type.
    const rate = input.rates.find((r) => r.coverageType === line.coverageType) as CoverageRate;
    return { ...line, rateCents: premiumLineCents(input.wageCents, { ...rate, minimumPremiumCents: 0 }), minimumPremiumCents: rate.minimumPremiumCents };
  });
  const totalCents = premium.totalCents * input.assignmentCount;
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('The budget is too large');
  return { perAssignmentCents: premium.totalCents, lines, assignmentCount: input.assignmentCount, totalCents };
}
