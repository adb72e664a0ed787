import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { listJobCodes } from './job-codes.service.js';
import { JobCode } from './job-codes.types.js';

@Resolver()
export class JobCodesResolver {
  @Can('job-code:read')
  @Query(() => [JobCode], { description: 'The job-code catalogue; with `state`, only that work state\'s rates.' })
  jobCodes(@Ctx() ctx: Context, @Arg('state', () => String, { nullable: true }) state?: string | null) {
    return listJobCodes(ctx.access, { state });
  }
}
