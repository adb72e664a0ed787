import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import { MAX_SEARCH_LENGTH } from '../../db/search.js';
import type { Context } from '../../graphql/context.js';
import { jobCodeRates, listJobCodes, setJobCodeRates, upsertJobCode } from './job-codes.service.js';
import { JobCode, JobCodeInput, JobCodeRate, JobCodeRateInput } from './job-codes.types.js';

@Resolver(() => JobCode)
export class JobCodesResolver {
  @Can('job-code:read')
  @Query(() => [JobCode], { description: "The job-code catalogue by title; with `state`, only that work state's rates; with `search`, only the codes whose title or code contains it." })
  jobCodes(
    @Ctx() ctx: Context,
    @Arg('state', () => String, { nullable: true }) state?: string | null,
    @Arg('search', () => String, { nullable: true, description: `Part of the title or the code, any case (at most ${MAX_SEARCH_LENGTH} characters).` }) search?: string | null,
  ) {
    return listJobCodes(ctx.access, { state, search });
  }

  @FieldResolver(() => [JobCodeRate], { description: "By state and coverage type: with jobCodes(state:), only that state's; otherwise every state's." })
  rates(@Root() code: JobCode, @Ctx() ctx: Context) {
    return jobCodeRates(ctx.access, code);
  }

  @Can('job-code:maintain')
  @Mutation(() => JobCode, { description: 'Operator only: creates the job code of `input.code`, or replaces its title, description and class codes. Audited with the old and new values. Answers the job code with every rate.' })
  upsertJobCode(@Ctx() ctx: Context, @Arg('input', () => JobCodeInput) input: JobCodeInput) {
    return upsertJobCode(ctx.access, input);
  }

  @Can('job-code:maintain')
  @Mutation(() => JobCode, {
    description:
      "Operator only: upserts the given rates of a job code. Each (state, coverage type) row given is inserted, or replaces that row's rate and minimum; rows not given stay as they are; a (state, coverage type) may appear once. Existing assignments keep the premium they were created with. Audited with the old and new values. Answers the job code with every rate.",
  })
  setJobCodeRates(
    @Ctx() ctx: Context,
    @Arg('jobCodeId', () => ID) jobCodeId: string,
    @Arg('rates', () => [JobCodeRateInput], { description: '1 to 102 rows.' }) rates: JobCodeRateInput[],
  ) {
    return setJobCodeRates(ctx.access, { jobCodeId, rates });
  }
}
