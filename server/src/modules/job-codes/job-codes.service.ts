// The platform's job-code catalogue with its rates, optionally narrowed to one work state.
import { asc, eq } from 'drizzle-orm';
import { usStateCodeSchema } from '@coverline/domain';
import { jobCodeRates, jobCodes } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { parseInput } from '../../graphql/validation.js';
import type { JobCode } from './job-codes.types.js';

export async function listJobCodes(ctx: Context, input: { state?: string | null }): Promise<JobCode[]> {
  const state = input.state == null ? null : parseInput(usStateCodeSchema, input.state, 'state');
  const { db } = ctx.deps;
  const [codes, rates] = await Promise.all([
    db.select().from(jobCodes).orderBy(asc(jobCodes.title)),
    db
      .select()
      .from(jobCodeRates)
      .where(state ? eq(jobCodeRates.state, state) : undefined)
      .orderBy(asc(jobCodeRates.state), asc(jobCodeRates.coverageType)),
  ]);
  const ratesByCode = Map.groupBy(rates, (rate) => rate.jobCodeId);
  return codes.map((code) => ({ ...code, rates: ratesByCode.get(code.id) ?? [] }));
}
