import { describe, expect, it } from 'vitest';
import {
  assignmentCountSchema,
  basisOfCoverage,
  describeRate,
  estimateBudget,
  jobCodeInputSchema,
  jobCodeRatesInputSchema,
  MAX_BUDGET_ASSIGNMENTS,
  MAX_INT_CENTS,
  MAX_RATES_PER_CHANGE,
} from './job-codes';
import { estimatePremium, type CoverageRate } from './premium';

const wc = (rate: number, minimumPremiumCents = 0): CoverageRate => ({ coverageType: 'WORKERS_COMPENSATION', rate, minimumPremiumCents });
const gl = (rate: number, minimumPremiumCents = 0): CoverageRate => ({ coverageType: 'GENERAL_LIABILITY', rate, minimumPremiumCents });

const validCode = { code: 'it-field-technician', title: 'IT Field Technician', description: 'Installs and repairs equipment at client sites.', wcClassCode: '5191', glClassCode: '41677' };
const validRate = { state: 'AL', coverageType: 'WORKERS_COMPENSATION', rate: 1.0327, minimumPremiumCents: 0 };

/** The path of the first problem, as the API names the field. */
function firstIssuePath(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.success ? null : result.error?.issues[0]?.path.join('.');
}

describe('jobCodeInputSchema', () => {
  it('accepts a catalogue-like code and trims its text', () => {
    expect(jobCodeInputSchema.parse({ ...validCode, title: '  IT Field Technician ' })).toEqual(validCode);
  });

  it('makes the class codes optional (null when left out)', () => {
    const { wcClassCode: _wc, glClassCode: _gl, ...withoutClassCodes } = validCode;
    expect(jobCodeInputSchema.parse(withoutClassCodes)).toEqual({ ...withoutClassCodes, wcClassCode: null, glClassCode: null });
    expect(jobCodeInputSchema.parse({ ...validCode, wcClassCode: null })).toMatchObject({ wcClassCode: null });
  });

  it.each(['IT-Tech', 'it tech', 'it--tech', '-it', 'it-', 'it_tech', ''])('refuses the code %j, naming code', (code) => {
    expect(firstIssuePath(jobCodeInputSchema.safeParse({ ...validCode, code }))).toBe('code');
  });

  it('refuses a code of more than 60 characters', () => {
    expect(firstIssuePath(jobCodeInputSchema.safeParse({ ...validCode, code: 'a'.repeat(61) }))).toBe('code');
    expect(jobCodeInputSchema.safeParse({ ...validCode, code: 'a'.repeat(60) }).success).toBe(true);
  });

  it.each([
    ['title', ''],
    ['title', '   '],
    ['title', 'x'.repeat(121)],
    ['description', ''],
    ['description', 'x'.repeat(501)],
    ['wcClassCode', '519'],
    ['wcClassCode', '51910'],
    ['wcClassCode', 'abcd'],
    ['glClassCode', '4167'],
    ['glClassCode', '416777'],
  ])('refuses %s = %j, naming that field', (field, value) => {
    expect(firstIssuePath(jobCodeInputSchema.safeParse({ ...validCode, [field]: value }))).toBe(field);
  });
});

describe('jobCodeRatesInputSchema', () => {
  it('accepts rates for several states and coverage types, upper-casing the state', () => {
    const parsed = jobCodeRatesInputSchema.parse([
      { ...validRate, state: 'al' },
      { state: 'AL', coverageType: 'GENERAL_LIABILITY', rate: 1.5, minimumPremiumCents: 50_000 },
      { ...validRate, state: 'DC' },
    ]);
    expect(parsed.map((rate) => `${rate.state}/${rate.coverageType}`)).toEqual(['AL/WORKERS_COMPENSATION', 'AL/GENERAL_LIABILITY', 'DC/WORKERS_COMPENSATION']);
  });

  it.each([
    ['rate', 0],
    ['rate', -1],
    ['rate', Number.NaN],
    ['rate', 1_000_000],
    ['rate', 1.23456],
    ['state', 'XX'],
    ['state', 'Alabama'],
    ['coverageType', 'DENTAL'],
    ['minimumPremiumCents', -1],
    ['minimumPremiumCents', 10.5],
    ['minimumPremiumCents', MAX_INT_CENTS + 1],
  ])('refuses %s = %j in the third row, naming 2.%s', (field, value) => {
    const rates = [validRate, { ...validRate, state: 'AK' }, { ...validRate, state: 'AZ', [field]: value }];
    expect(firstIssuePath(jobCodeRatesInputSchema.safeParse(rates))).toBe(`2.${field}`);
  });

  it('accepts a rate of 4 decimals and a zero minimum', () => {
    expect(jobCodeRatesInputSchema.safeParse([{ ...validRate, rate: 0.0001, minimumPremiumCents: 0 }]).success).toBe(true);
  });

  it('refuses the same state and coverage type twice, naming the repeat', () => {
    const result = jobCodeRatesInputSchema.safeParse([validRate, { ...validRate, state: 'AK' }, { ...validRate, rate: 2 }]);
    expect(firstIssuePath(result)).toBe('2.coverageType');
  });

  it('refuses an empty change and one of more than one row per state and coverage type', () => {
    expect(jobCodeRatesInputSchema.safeParse([]).success).toBe(false);
    const tooMany = Array.from({ length: MAX_RATES_PER_CHANGE + 1 }, () => validRate);
    expect(jobCodeRatesInputSchema.safeParse(tooMany).error?.issues[0]?.message).toMatch(/at most 102/);
  });
});

describe('describeRate', () => {
  it('words a WC rate per $100 and a GL rate per $1,000 of wage', () => {
    expect(describeRate(1.0327, 'PER_100')).toBe('$1.0327 per $100 of wage');
    expect(describeRate(1.5, 'PER_1000')).toBe('$1.50 per $1,000 of wage');
    expect(describeRate(1234.5, 'PER_1000')).toBe('$1,234.50 per $1,000 of wage');
    expect(describeRate(0.0001, 'PER_100')).toBe('$0.0001 per $100 of wage');
  });

  it('words the same rate on payroll, as an audit prices it', () => {
    expect(describeRate(0.29, 'PER_100', 'payroll')).toBe('$0.29 per $100 of payroll');
  });

  it('knows which basis each coverage type is rated on', () => {
    expect(basisOfCoverage('WORKERS_COMPENSATION')).toBe('PER_100');
    expect(basisOfCoverage('GENERAL_LIABILITY')).toBe('PER_1000');
  });
});

describe('assignmentCountSchema', () => {
  it.each([1, 3, MAX_BUDGET_ASSIGNMENTS])('accepts %d', (count) => expect(assignmentCountSchema.safeParse(count).success).toBe(true));
  it.each([0, -1, 1.5, MAX_BUDGET_ASSIGNMENTS + 1])('refuses %d', (count) => expect(assignmentCountSchema.safeParse(count).success).toBe(false));
});

describe('estimateBudget', () => {
  it('prices one assignment exactly as estimatePremium does and multiplies by the count', () => {
    const input = { wageCents: 200_000, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'] as const, rates: [wc(1.0327), gl(1.5, 50_000)] };
    const budget = estimateBudget({ ...input, assignmentCount: 3 });
    expect(budget.perAssignmentCents).toBe(estimatePremium(input).totalCents);
    // WC: 2,000 / 100 × 1.0327 = $20.654 → $20.65; GL: 2,000 / 1,000 × 1.5 = $3.00, held to the $500 minimum.
    expect(budget.perAssignmentCents).toBe(2065 + 50_000);
    expect(budget.assignmentCount).toBe(3);
    expect(budget.totalCents).toBe(3 * 52_065);
  });

  it('shows what each line is made of: the rate × wage amount and the minimum it is held to', () => {
    const budget = estimateBudget({ wageCents: 200_000, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'], rates: [wc(1.0327), gl(1.5, 50_000)], assignmentCount: 1 });
    expect(budget.lines).toEqual([
      { coverageType: 'WORKERS_COMPENSATION', rateApplied: 1.0327, basis: 'PER_100', rateCents: 2065, minimumPremiumCents: 0, minimumApplied: false, cents: 2065 },
      { coverageType: 'GENERAL_LIABILITY', rateApplied: 1.5, basis: 'PER_1000', rateCents: 300, minimumPremiumCents: 50_000, minimumApplied: true, cents: 50_000 },
    ]);
  });

  it('rounds each assignment before multiplying: 3 × $0.51, not 3 × $0.505 rounded once', () => {
    // $50.50 at 1 per $100 is $0.505 → $0.51 an assignment.
    const budget = estimateBudget({ wageCents: 5050, coverageTypes: ['WORKERS_COMPENSATION'], rates: [wc(1)], assignmentCount: 3 });
    expect(budget.perAssignmentCents).toBe(51);
    expect(budget.totalCents).toBe(153);
  });

  it('leaves the minimum off when the rate × wage amount is above it', () => {
    const budget = estimateBudget({ wageCents: 100_000_000, coverageTypes: ['GENERAL_LIABILITY'], rates: [gl(1.5, 50_000)], assignmentCount: 2 });
    expect(budget.lines[0]).toMatchObject({ rateCents: 150_000, minimumApplied: false, cents: 150_000 });
    expect(budget.totalCents).toBe(300_000);
  });

  it('refuses a coverage type without a rate, as estimatePremium does', () => {
    expect(() => estimateBudget({ wageCents: 1000, coverageTypes: ['GENERAL_LIABILITY'], rates: [wc(1)], assignmentCount: 1 })).toThrow(/No rate/);
  });

  it.each([0, -2, 1.5, Number.NaN])('refuses %d assignments', (assignmentCount) => {
    expect(() => estimateBudget({ wageCents: 1000, coverageTypes: ['WORKERS_COMPENSATION'], rates: [wc(1)], assignmentCount })).toThrow(RangeError);
  });
});
