import type { JobCategoryStatus } from '@coverline/domain';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { JobCategoryStatusEnum } from '../../graphql/enums.js';
import { FIRST_DESCRIPTION } from '../../graphql/pagination.js';
import { decideJobCategory, listJobCategories, listJobCategoriesAwaitingApproval, pageJobCategories } from './job-categories.service.js';
import { JobCategory, JobCategoryAwaitingApprovalConnection, JobCategoryConnection } from './job-categories.types.js';

@Resolver()
export class JobCategoriesResolver {
  @Can('job-category:read')
  @Query(() => [JobCategory], { description: "The viewer's agency's job categories, in any status." })
  jobCategories(@Ctx() ctx: Context) {
    return listJobCategories(ctx.access);
  }

  @Can('job-category:read')
  @Query(() => JobCategoryConnection, { description: 'jobCategories as a connection, by job code title and work state: a page at a time, in one status or any.' })
  jobCategoryConnection(
    @Ctx() ctx: Context,
    @Arg('status', () => JobCategoryStatusEnum, { nullable: true }) status?: JobCategoryStatus | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return pageJobCategories(ctx.access, { status, first, after });
  }

  @Can('job-category:decide')
  @Query(() => JobCategoryAwaitingApprovalConnection, { description: "Operator only: every agency's proposed job categories, oldest first." })
  jobCategoriesAwaitingApproval(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listJobCategoriesAwaitingApproval(ctx.access, { first, after });
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
