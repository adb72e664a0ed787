// The platform's job-code catalogue with its rates, optionally narrowed to one work state.
import { usStateCodeSchema } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { parseInput } from '../../graphql/validation.js';
import type { JobCode } from './job-codes.types.js';

export async function listJobCodes(access: Access, input: { state?: string | null }): Promise<JobCode[]> {
  const scope = authorize(access, 'job-code:read');
  const state = input.state == null ? null : parseInput(usStateCodeSchema, input.state, 'state');
  const [codes, rates] = await Promise.all([scope.stores.jobCodes.list(), scope.stores.jobCodes.rates(state)]);
  const ratesByCode = Map.groupBy(rates, (rate) => rate.jobCodeId);
  return codes.map((code) => ({ ...code, rates: ratesByCode.get(code.id) ?? [] }));
}
