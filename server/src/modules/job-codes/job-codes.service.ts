// The platform's job-code catalogue with its rates: everyone who prices assignments reads it (by work
// state, searched by title or code); an operator maintains it, every change audited with its old and
// new values. Rates are read when an assignment is priced and its premium is stored, so a rate change
// never reprices an existing assignment.
import { jobCodeInputSchema, jobCodeRatesInputSchema, usStateCodeSchema, type JobCodeRateInputData } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { notFound } from '../../graphql/errors.js';
import { parseInput, parseSearch } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import type { JobCodeRow } from './job-codes.store.js';
import type { JobCode, JobCodeInput, JobCodeRateInput } from './job-codes.types.js';

export async function listJobCodes(access: Access, input: { state?: string | null; search?: string | null }): Promise<JobCode[]> {
  const scope = authorize(access, 'job-code:read');
  const state = input.state == null ? null : parseInput(usStateCodeSchema, input.state, 'state');
  const search = parseSearch(input.search, 'search');
  const codes = await scope.stores.jobCodes.list({ search });
  return codes.map((code) => ({ ...code, ratesState: state }));
}

/** A listed job code's rates, of the state it was listed for: loaded only when asked for, one statement for the list. */
export function jobCodeRates(access: Access, code: JobCode) {
  return authorize(access, 'job-code:read').stores.jobCodes.ratesOf(code.id, code.ratesState);
}

/** A changed job code as the operator's answer shows it: with every state's rates. */
function withEveryRate(code: JobCodeRow): JobCode {
  return { ...code, ratesState: null };
}

/** Creates the job code of `input.code`, or changes its title, description and class codes. */
export async function upsertJobCode(access: Access, input: JobCodeInput): Promise<JobCode> {
  const scope = authorize(access, 'job-code:maintain');
  const data = parseInput(jobCodeInputSchema, input);
  return scope.transaction(async (tx) => {
    const { row, created } = await tx.stores.jobCodes.lockOrCreateByCode(data, access.deps.now());
    if (created) {
      await recordAudit(tx, { action: 'job-code.create', agencyId: null, targetType: 'job_code', targetId: row.id, data: { values: data } });
      return withEveryRate(row);
    }
    const fields = ['title', 'description', 'wcClassCode', 'glClassCode'] as const;
    const changes = Object.fromEntries(fields.filter((field) => row[field] !== data[field]).map((field) => [field, { from: row[field], to: data[field] }]));
    if (Object.keys(changes).length === 0) return withEveryRate(row);
    const updated = await tx.stores.jobCodes.update(row.id, { title: data.title, description: data.description, wcClassCode: data.wcClassCode, glClassCode: data.glClassCode });
    await recordAudit(tx, { action: 'job-code.update', agencyId: null, targetType: 'job_code', targetId: row.id, data: { code: row.code, changes } });
    return withEveryRate(updated);
  });
}

type RateValues = Pick<JobCodeRateInputData, 'rate' | 'minimumPremiumCents'>;

/**
 * Writes the given (state, coverage type) rates of a job code: each row is inserted, or replaces the
 * rate and minimum of that state and coverage type; rows not given stay as they are. Assignments keep
 * the premium they were created with.
 */
export async function setJobCodeRates(access: Access, input: { jobCodeId: string; rates: JobCodeRateInput[] }): Promise<JobCode> {
  const scope = authorize(access, 'job-code:maintain');
  const rates = parseInput(jobCodeRatesInputSchema, input.rates, 'rates');
  if (!isUuid(input.jobCodeId)) throw notFound('Job code');
  return scope.transaction(async (tx) => {
    const code = await tx.stores.jobCodes.lock(input.jobCodeId);
    if (!code) throw notFound('Job code');
    const before = new Map((await tx.stores.jobCodes.ratesAt(code.id, rates)).map((row) => [`${row.state}/${row.coverageType}`, row]));
    const changes = rates.flatMap((rate) => {
      const old = before.get(`${rate.state}/${rate.coverageType}`);
      const from: RateValues | null = old ? { rate: old.rate, minimumPremiumCents: old.minimumPremiumCents } : null;
      if (from && from.rate === rate.rate && from.minimumPremiumCents === rate.minimumPremiumCents) return [];
      return [{ state: rate.state, coverageType: rate.coverageType, from, to: { rate: rate.rate, minimumPremiumCents: rate.minimumPremiumCents } }];
    });
    if (changes.length > 0) {
      await tx.stores.jobCodes.upsertRates(code.id, rates);
      await recordAudit(tx, { action: 'job-code.set-rates', agencyId: null, targetType: 'job_code', targetId: code.id, data: { code: code.code, changes } });
    }
    return withEveryRate(code);
  });
}
