import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { decideJobCategory, listJobCategories, listJobCategoriesAwaitingApproval } from './job-categories.service.js';
import { JobCategory, JobCategoryAwaitingApproval } from './job-categories.types.js';

@Resolver()
export class JobCategoriesResolver {
  @Can('job-category:read')
  @Query(() => [JobCategory], { description: "The viewer's agency's job categories, in any status." })
  jobCategories(@Ctx() ctx: Context) {
    return listJobCategories(ctx.access);
  }

  @Can('job-category:decide')
  @Query(() => [JobCategoryAwaitingApproval], { description: "Operator only: every agency's proposed job categories, oldest first." })
  jobCategoriesAwaitingApproval(@Ctx() ctx: Context) {
    return listJobCategoriesAwaitingApproval(ctx.access);
  }

  @Can('job-category:decide')
  @Mutation(() => JobCategory, { description: 'Operator only: approves a proposed job category; its waiting assignments move on.' })
  approveJobCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return decideJobCategory(ctx.access, { id, approve: true });
  }

  @Can('job-category:decide')
  @Mutation(() => JobCategory, { description: 'Operator only: rejects a proposed job category; its waiting assignments are cancelled.' })
  rejectJobCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string | null) {
    return decideJobCategory(ctx.access, { id, approve: false, reason });
  }
}
