import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { readCompanyOverview } from './company-overview.service.js';
import { CompanyOverview } from './company-overview.types.js';

@Resolver(() => CompanyOverview)
export class CompanyOverviewResolver {
  @Can('company-overview:read')
  @Query(() => CompanyOverview, {
    description: "The agency's Company Overview, for the assignments whose effective date falls in [from, to] (YYYY-MM-DD, both included; either or both left out: open).",
  })
  companyOverview(@Ctx() ctx: Context, @Arg('from', () => String, { nullable: true }) from?: string | null, @Arg('to', () => String, { nullable: true }) to?: string | null) {
    return readCompanyOverview(ctx.access, { from, to });
  }
}
