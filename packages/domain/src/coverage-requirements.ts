// An agency's coverage requirements (which coverages every assignment must carry, and the limits
// it needs) checked against a choice of coverage types and the limits Coverline's master policies
// provide. The assignment form shows these sentences before submit; the server refuses the same.
import { z } from 'zod';
import type { CoverageType } from './enums';
import { formatCents } from './money';

export interface GeneralLiabilityRequirement {
  required: boolean;
  eachOccurrenceCents: number | null;
  aggregateCents: number | null;
}

/** Workers' compensation itself is statutory (no limit to choose); employer's liability has the three limits of a COI. */
export interface WorkersCompensationRequirement {
  required: boolean;
  employersLiabilityEachAccidentCents: number | null;
  employersLiabilityDiseaseEachEmployeeCents: number | null;
  employersLiabilityDiseasePolicyLimitCents: number | null;
}

export interface CoverageRequirements {
  generalLiability: GeneralLiabilityRequirement;
  workersCompensation: WorkersCompensationRequirement;
}

/** The limits of the master policy in force per coverage type; null when Coverline has none. */
export interface ProvidedLimits {
  generalLiability: { eachOccurrenceCents: number | null; aggregateCents: number | null } | null;
  workersCompensation: {
    employersLiabilityEachAccidentCents: number | null;
    employersLiabilityDiseaseEachEmployeeCents: number | null;
    employersLiabilityDiseasePolicyLimitCents: number | null;
  } | null;
}

export const UNMET_REQUIREMENT_CODES = [
  'GENERAL_LIABILITY_REQUIRED',
  'GENERAL_LIABILITY_EACH_OCCURRENCE',
  'GENERAL_LIABILITY_AGGREGATE',
  'WORKERS_COMPENSATION_REQUIRED',
  'EMPLOYERS_LIABILITY_EACH_ACCIDENT',
  'EMPLOYERS_LIABILITY_DISEASE_EACH_EMPLOYEE',
  'EMPLOYERS_LIABILITY_DISEASE_POLICY_LIMIT',
] as const;
export type UnmetRequirementCode = (typeof UNMET_REQUIREMENT_CODES)[number];

export interface UnmetRequirement {
  code: UnmetRequirementCode;
  message: string;
}

/** A limit as a broker writes it: "$2,000,000" (cents shown only when there are any). */
export function formatLimit(cents: number): string {
  return formatCents(cents).replace(/\.00$/, '');
}

function limitShortfall(code: UnmetRequirementCode, coverage: string, what: string, needed: number | null, provided: number | null): UnmetRequirement[] {
  if (needed === null || (provided !== null && provided >= needed)) return [];
  const provides = provided === null ? "Coverline's policy states no such limit." : `Coverline's policy provides ${formatLimit(provided)}.`;
  return [{ code, message: `Your agency requires ${coverage} of ${formatLimit(needed)} ${what}; ${provides}` }];
}

/**
 * Every requirement the chosen coverage types do not meet, in the order the settings list them:
 * a required coverage left out, and for each chosen coverage a limit the policy in force falls
 * short of. A coverage that is chosen but has no policy in force fails each limit it requires.
 */
export function unmetCoverageRequirements(input: {
  requirements: CoverageRequirements;
  coverageTypes: readonly CoverageType[];
  provided: ProvidedLimits;
}): UnmetRequirement[] {
  const { generalLiability: gl, workersCompensation: wc } = input.requirements;
  const chosen = new Set(input.coverageTypes);
  const unmet: UnmetRequirement[] = [];
  if (gl.required && !chosen.has('GENERAL_LIABILITY')) {
    unmet.push({ code: 'GENERAL_LIABILITY_REQUIRED', message: 'Your agency requires General Liability on every assignment.' });
  }
  if (chosen.has('GENERAL_LIABILITY')) {
    const provided = input.provided.generalLiability;
    unmet.push(
      ...limitShortfall('GENERAL_LIABILITY_EACH_OCCURRENCE', 'General Liability', 'each occurrence', gl.eachOccurrenceCents, provided?.eachOccurrenceCents ?? null),
      ...limitShortfall('GENERAL_LIABILITY_AGGREGATE', 'General Liability', 'aggregate', gl.aggregateCents, provided?.aggregateCents ?? null),
    );
  }
  if (wc.required && !chosen.has('WORKERS_COMPENSATION')) {
    unmet.push({ code: 'WORKERS_COMPENSATION_REQUIRED', message: "Your agency requires Workers' Compensation on every assignment." });
  }
  if (chosen.has('WORKERS_COMPENSATION')) {
    const provided = input.provided.workersCompensation;
    const el = "employer's liability";
    unmet.push(
      ...limitShortfall('EMPLOYERS_LIABILITY_EACH_ACCIDENT', el, 'each accident', wc.employersLiabilityEachAccidentCents, provided?.employersLiabilityEachAccidentCents ?? null),
      ...limitShortfall('EMPLOYERS_LIABILITY_DISEASE_EACH_EMPLOYEE', el, 'for disease, each employee', wc.employersLiabilityDiseaseEachEmployeeCents, provided?.employersLiabilityDiseaseEachEmployeeCents ?? null),
      ...limitShortfall('EMPLOYERS_LIABILITY_DISEASE_POLICY_LIMIT', el, 'for disease, policy limit', wc.employersLiabilityDiseasePolicyLimitCents, provided?.employersLiabilityDiseasePolicyLimitCents ?? null),
    );
  }
  return unmet;
}

function centsLimit(limits: Readonly<Record<string, number | string>>, key: string): number | null {
  const value = limits[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/**
 * The limits a checked requirement compares against, read from the master policies' `limits`
 * (the keys the demo's and the certificates' policies use); a coverage type without a policy is null.
 */
export function providedLimitsOf(policies: readonly { coverageType: CoverageType; limits: Readonly<Record<string, number | string>> }[]): ProvidedLimits {
  const gl = policies.find((policy) => policy.coverageType === 'GENERAL_LIABILITY');
  const wc = policies.find((policy) => policy.coverageType === 'WORKERS_COMPENSATION');
  return {
    generalLiability: gl ? { eachOccurrenceCents: centsLimit(gl.limits, 'eachOccurrenceCents'), aggregateCents: centsLimit(gl.limits, 'generalAggregateCents') } : null,
    workersCompensation: wc
      ? {
          employersLiabilityEachAccidentCents: centsLimit(wc.limits, 'employersLiabilityEachAccidentCents'),
          employersLiabilityDiseaseEachEmployeeCents: centsLimit(wc.limits, 'employersLiabilityDiseaseEachEmployeeCents'),
          employersLiabilityDiseasePolicyLimitCents: centsLimit(wc.limits, 'employersLiabilityDiseasePolicyLimitCents'),
        }
      : null,
  };
}

// ---------------------------------------------------------------- the settings' limits

/** $20,000,000: above any limit a client asks of one contractor (more is an umbrella policy), and in cents it fits GraphQL's 32-bit Int like wages do. */
export const MAX_REQUIRED_LIMIT_CENTS = 20_000_000_00;

const LIMIT_MESSAGE = 'Enter a limit in whole dollars greater than $0';

/** A required limit in integer cents: whole dollars, more than $0, at most $20,000,000; null for "no minimum". */
export const requiredLimitCentsSchema = z
  .number({ error: LIMIT_MESSAGE })
  .int({ error: LIMIT_MESSAGE })
  .positive({ error: LIMIT_MESSAGE })
  .multipleOf(100, { error: LIMIT_MESSAGE })
  .max(MAX_REQUIRED_LIMIT_CENTS, { error: `Enter at most ${formatLimit(MAX_REQUIRED_LIMIT_CENTS)}` })
  .nullish()
  .transform((value) => value ?? null);

const NO_LIMITS_UNLESS_REQUIRED = 'Limits apply only to a required coverage: require it or leave the limit empty';

/**
 * General liability: limits only when the coverage is required, and an aggregate (the most the
 * policy pays in its term) at least the each-occurrence limit.
 */
export const generalLiabilityRequirementSchema = z
  .object({ required: z.boolean({ error: 'Say whether General Liability is required' }), eachOccurrenceCents: requiredLimitCentsSchema, aggregateCents: requiredLimitCentsSchema })
  .superRefine((gl, ctx) => {
    if (!gl.required) {
      for (const field of ['eachOccurrenceCents', 'aggregateCents'] as const) {
        if (gl[field] !== null) ctx.addIssue({ code: 'custom', path: [field], message: NO_LIMITS_UNLESS_REQUIRED });
      }
    }
    if (gl.eachOccurrenceCents !== null && gl.aggregateCents !== null && gl.aggregateCents < gl.eachOccurrenceCents) {
      ctx.addIssue({ code: 'custom', path: ['aggregateCents'], message: 'The aggregate must be at least the each-occurrence limit' });
    }
  });

/**
 * Workers' compensation (statutory) with employer's liability: limits only when required, and a
 * disease policy limit at least the disease limit for each employee (it caps all employees together).
 */
export const workersCompensationRequirementSchema = z
  .object({
    required: z.boolean({ error: "Say whether Workers' Compensation is required" }),
    employersLiabilityEachAccidentCents: requiredLimitCentsSchema,
    employersLiabilityDiseaseEachEmployeeCents: requiredLimitCentsSchema,
    employersLiabilityDiseasePolicyLimitCents: requiredLimitCentsSchema,
  })
  .superRefine((wc, ctx) => {
    if (!wc.required) {
      for (const field of ['employersLiabilityEachAccidentCents', 'employersLiabilityDiseaseEachEmployeeCents', 'employersLiabilityDiseasePolicyLimitCents'] as const) {
        if (wc[field] !== null) ctx.addIssue({ code: 'custom', path: [field], message: NO_LIMITS_UNLESS_REQUIRED });
      }
    }
    const eachEmployee = wc.employersLiabilityDiseaseEachEmployeeCents;
    const policyLimit = wc.employersLiabilityDiseasePolicyLimitCents;
    if (eachEmployee !== null && policyLimit !== null && policyLimit < eachEmployee) {
      ctx.addIssue({ code: 'custom', path: ['employersLiabilityDiseasePolicyLimitCents'], message: 'The disease policy limit must be at least the disease limit for each employee' });
    }
  });
