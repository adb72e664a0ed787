import { describe, expect, it } from 'vitest';
import {
  UNMET_REQUIREMENT_CODES,
  formatLimit,
  generalLiabilityRequirementSchema,
  providedLimitsOf,
  requiredLimitCentsSchema,
  unmetCoverageRequirements,
  workersCompensationRequirementSchema,
  type CoverageRequirements,
  type ProvidedLimits,
} from './coverage-requirements';
import type { CoverageType } from './enums';

const MILLION = 1_000_000_00;

const nothingRequired: CoverageRequirements = {
  generalLiability: { required: false, eachOccurrenceCents: null, aggregateCents: null },
  workersCompensation: {
    required: false,
    employersLiabilityEachAccidentCents: null,
    employersLiabilityDiseaseEachEmployeeCents: null,
    employersLiabilityDiseasePolicyLimitCents: null,
  },
};

/** The demo's master policies: GL $1M / $2M; WC statutory, employer's liability $1M / $1M / $1M. */
const demoPolicies: ProvidedLimits = {
  generalLiability: { eachOccurrenceCents: MILLION, aggregateCents: 2 * MILLION },
  workersCompensation: {
    employersLiabilityEachAccidentCents: MILLION,
    employersLiabilityDiseaseEachEmployeeCents: MILLION,
    employersLiabilityDiseasePolicyLimitCents: MILLION,
  },
};

function requiring(changes: { gl?: Partial<CoverageRequirements['generalLiability']>; wc?: Partial<CoverageRequirements['workersCompensation']> }): CoverageRequirements {
  return {
    generalLiability: { ...nothingRequired.generalLiability, ...changes.gl },
    workersCompensation: { ...nothingRequired.workersCompensation, ...changes.wc },
  };
}

const unmet = (requirements: CoverageRequirements, coverageTypes: CoverageType[], provided = demoPolicies) =>
  unmetCoverageRequirements({ requirements, coverageTypes, provided });

const BOTH: CoverageType[] = ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'];

describe('unmetCoverageRequirements', () => {
  it.each([[['GENERAL_LIABILITY']], [['WORKERS_COMPENSATION']], [BOTH]] as CoverageType[][][])('finds nothing when nothing is required (%j)', (types) => {
    expect(unmet(nothingRequired, types)).toEqual([]);
  });

  it('names a required General Liability left out', () => {
    expect(unmet(requiring({ gl: { required: true } }), ['WORKERS_COMPENSATION'])).toEqual([
      { code: 'GENERAL_LIABILITY_REQUIRED', message: 'Your agency requires General Liability on every assignment.' },
    ]);
  });

  it("names a required Workers' Compensation left out", () => {
    expect(unmet(requiring({ wc: { required: true } }), ['GENERAL_LIABILITY'])).toEqual([
      { code: 'WORKERS_COMPENSATION_REQUIRED', message: "Your agency requires Workers' Compensation on every assignment." },
    ]);
  });

  it('is met when each required coverage is chosen and the policies reach every limit (equal counts as met)', () => {
    const requirements = requiring({
      gl: { required: true, eachOccurrenceCents: MILLION, aggregateCents: 2 * MILLION },
      wc: { required: true, employersLiabilityEachAccidentCents: MILLION, employersLiabilityDiseaseEachEmployeeCents: 500_000_00, employersLiabilityDiseasePolicyLimitCents: MILLION },
    });
    expect(unmet(requirements, BOTH)).toEqual([]);
  });

  it('names a General Liability limit above what the policy provides, with both amounts', () => {
    expect(unmet(requiring({ gl: { required: true, eachOccurrenceCents: 2 * MILLION } }), ['GENERAL_LIABILITY'])).toEqual([
      {
        code: 'GENERAL_LIABILITY_EACH_OCCURRENCE',
        message: "Your agency requires General Liability of $2,000,000 each occurrence; Coverline's policy provides $1,000,000.",
      },
    ]);
    expect(unmet(requiring({ gl: { required: true, aggregateCents: 3 * MILLION } }), ['GENERAL_LIABILITY'])).toEqual([
      { code: 'GENERAL_LIABILITY_AGGREGATE', message: "Your agency requires General Liability of $3,000,000 aggregate; Coverline's policy provides $2,000,000." },
    ]);
  });

  it("names each employer's liability limit the Workers' Compensation policy falls short of", () => {
    const requirements = requiring({
      wc: { required: true, employersLiabilityEachAccidentCents: 2 * MILLION, employersLiabilityDiseaseEachEmployeeCents: 2 * MILLION, employersLiabilityDiseasePolicyLimitCents: 2 * MILLION },
    });
    expect(unmet(requirements, ['WORKERS_COMPENSATION'])).toEqual([
      { code: 'EMPLOYERS_LIABILITY_EACH_ACCIDENT', message: "Your agency requires employer's liability of $2,000,000 each accident; Coverline's policy provides $1,000,000." },
      {
        code: 'EMPLOYERS_LIABILITY_DISEASE_EACH_EMPLOYEE',
        message: "Your agency requires employer's liability of $2,000,000 for disease, each employee; Coverline's policy provides $1,000,000.",
      },
      {
        code: 'EMPLOYERS_LIABILITY_DISEASE_POLICY_LIMIT',
        message: "Your agency requires employer's liability of $2,000,000 for disease, policy limit; Coverline's policy provides $1,000,000.",
      },
    ]);
  });

  it('checks the limits of a coverage only when it is chosen (a missing coverage is one sentence, not one per limit)', () => {
    const requirements = requiring({ wc: { required: true, employersLiabilityEachAccidentCents: 2 * MILLION } });
    expect(unmet(requirements, ['GENERAL_LIABILITY']).map((problem) => problem.code)).toEqual(['WORKERS_COMPENSATION_REQUIRED']);
  });

  it('fails every required limit of a chosen coverage that has no policy in force, or whose policy states no such limit', () => {
    const requirements = requiring({ gl: { required: true, eachOccurrenceCents: MILLION } });
    expect(unmet(requirements, ['GENERAL_LIABILITY'], { generalLiability: null, workersCompensation: null })).toEqual([
      { code: 'GENERAL_LIABILITY_EACH_OCCURRENCE', message: "Your agency requires General Liability of $1,000,000 each occurrence; Coverline's policy states no such limit." },
    ]);
    expect(unmet(requirements, ['GENERAL_LIABILITY'], { ...demoPolicies, generalLiability: { eachOccurrenceCents: null, aggregateCents: 2 * MILLION } })).toHaveLength(1);
  });

  it('lists every unmet requirement at once, in the order the settings show them', () => {
    const requirements = requiring({ gl: { required: true, eachOccurrenceCents: 5 * MILLION, aggregateCents: 5 * MILLION }, wc: { required: true } });
    expect(unmet(requirements, ['GENERAL_LIABILITY']).map((problem) => problem.code)).toEqual([
      'GENERAL_LIABILITY_EACH_OCCURRENCE',
      'GENERAL_LIABILITY_AGGREGATE',
      'WORKERS_COMPENSATION_REQUIRED',
    ]);
    expect(unmet(requiring({ gl: { required: true }, wc: { required: true } }), []).map((problem) => problem.code)).toEqual([
      'GENERAL_LIABILITY_REQUIRED',
      'WORKERS_COMPENSATION_REQUIRED',
    ]);
  });

  it('has a sentence for every code', () => {
    const everything = requiring({
      gl: { required: true, eachOccurrenceCents: 9 * MILLION, aggregateCents: 9 * MILLION },
      wc: { required: true, employersLiabilityEachAccidentCents: 9 * MILLION, employersLiabilityDiseaseEachEmployeeCents: 9 * MILLION, employersLiabilityDiseasePolicyLimitCents: 9 * MILLION },
    });
    const codes = new Set([...unmet(everything, BOTH), ...unmet(everything, [])].map((problem) => problem.code));
    expect([...codes].sort()).toEqual([...UNMET_REQUIREMENT_CODES].sort());
  });
});

describe('providedLimitsOf', () => {
  it("reads the master policies' limits by the keys the certificates use", () => {
    expect(
      providedLimitsOf([
        { coverageType: 'GENERAL_LIABILITY', limits: { eachOccurrenceCents: MILLION, generalAggregateCents: 2 * MILLION, medicalExpenseCents: 5_000_00 } },
        {
          coverageType: 'WORKERS_COMPENSATION',
          limits: { workersCompensation: 'STATUTORY', employersLiabilityEachAccidentCents: MILLION, employersLiabilityDiseaseEachEmployeeCents: MILLION, employersLiabilityDiseasePolicyLimitCents: MILLION },
        },
      ]),
    ).toEqual(demoPolicies);
  });

  it('answers null for a coverage without a policy and for a limit that is missing or not an amount', () => {
    expect(providedLimitsOf([])).toEqual({ generalLiability: null, workersCompensation: null });
    expect(providedLimitsOf([{ coverageType: 'GENERAL_LIABILITY', limits: { eachOccurrenceCents: 'STATUTORY' } }]).generalLiability).toEqual({ eachOccurrenceCents: null, aggregateCents: null });
  });
});

describe('formatLimit', () => {
  it.each([
    [MILLION, '$1,000,000'],
    [2_500_000_00, '$2,500,000'],
    [12_345, '$123.45'],
  ])('%i cents reads %s', (cents, text) => expect(formatLimit(cents)).toBe(text));
});

describe('requiredLimitCentsSchema', () => {
  it('takes whole dollars above $0 up to $20,000,000, and null or nothing for no minimum', () => {
    expect(requiredLimitCentsSchema.parse(100)).toBe(100);
    expect(requiredLimitCentsSchema.parse(20_000_000_00)).toBe(20_000_000_00);
    expect(requiredLimitCentsSchema.parse(null)).toBeNull();
    expect(requiredLimitCentsSchema.parse(undefined)).toBeNull();
  });

  it.each([
    [0, 'Enter a limit in whole dollars greater than $0'],
    [-100, 'Enter a limit in whole dollars greater than $0'],
    [150, 'Enter a limit in whole dollars greater than $0'],
    [1.5, 'Enter a limit in whole dollars greater than $0'],
    [20_000_000_00 + 100, 'Enter at most $20,000,000'],
  ])('refuses %d cents', (cents, message) => {
    expect(requiredLimitCentsSchema.safeParse(cents).error?.issues[0]?.message).toBe(message);
  });
});

describe('generalLiabilityRequirementSchema', () => {
  it('takes a required coverage with or without limits, and an aggregate equal to each occurrence', () => {
    expect(generalLiabilityRequirementSchema.parse({ required: true })).toEqual({ required: true, eachOccurrenceCents: null, aggregateCents: null });
    expect(generalLiabilityRequirementSchema.parse({ required: true, eachOccurrenceCents: MILLION, aggregateCents: MILLION })).toEqual({
      required: true,
      eachOccurrenceCents: MILLION,
      aggregateCents: MILLION,
    });
    expect(generalLiabilityRequirementSchema.parse({ required: false, eachOccurrenceCents: null, aggregateCents: null }).required).toBe(false);
  });

  it.each([
    ['an aggregate below each occurrence', { required: true, eachOccurrenceCents: 2 * MILLION, aggregateCents: MILLION }, ['aggregateCents'], 'The aggregate must be at least the each-occurrence limit'],
    ['a limit on a coverage that is not required', { required: false, eachOccurrenceCents: MILLION }, ['eachOccurrenceCents'], 'Limits apply only to a required coverage: require it or leave the limit empty'],
    ['an aggregate on a coverage that is not required', { required: false, aggregateCents: MILLION }, ['aggregateCents'], 'Limits apply only to a required coverage: require it or leave the limit empty'],
    ['no answer to "required"', { eachOccurrenceCents: MILLION }, ['required'], 'Say whether General Liability is required'],
  ])('refuses %s on its field', (_, input, path, message) => {
    const issue = generalLiabilityRequirementSchema.safeParse(input).error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toBe(message);
  });
});

describe('workersCompensationRequirementSchema', () => {
  it('takes a required coverage with its three limits, the policy limit at least each employee', () => {
    const input = { required: true, employersLiabilityEachAccidentCents: 500_000_00, employersLiabilityDiseaseEachEmployeeCents: 500_000_00, employersLiabilityDiseasePolicyLimitCents: 500_000_00 };
    expect(workersCompensationRequirementSchema.parse(input)).toEqual(input);
  });

  it.each([
    [
      'a disease policy limit below each employee',
      { required: true, employersLiabilityDiseaseEachEmployeeCents: MILLION, employersLiabilityDiseasePolicyLimitCents: 500_000_00 },
      ['employersLiabilityDiseasePolicyLimitCents'],
      'The disease policy limit must be at least the disease limit for each employee',
    ],
    ['a limit on a coverage that is not required', { required: false, employersLiabilityEachAccidentCents: MILLION }, ['employersLiabilityEachAccidentCents'], 'Limits apply only to a required coverage: require it or leave the limit empty'],
    ['a limit that is not whole dollars', { required: true, employersLiabilityDiseaseEachEmployeeCents: 99 }, ['employersLiabilityDiseaseEachEmployeeCents'], 'Enter a limit in whole dollars greater than $0'],
    ['no answer to "required"', {}, ['required'], "Say whether Workers' Compensation is required"],
  ])('refuses %s on its field', (_, input, path, message) => {
    const issue = workersCompensationRequirementSchema.safeParse(input).error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toBe(message);
  });
});
