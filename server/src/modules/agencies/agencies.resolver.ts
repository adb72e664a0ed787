import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { FIRST_DESCRIPTION } from '../../graphql/pagination.js';
import { Facility } from '../facilities/facilities.types.js';
import type { AgencyRow } from './agencies.store.js';
import { agencyCounts, createAgency, findAgencySettings, findMasterPolicyLimits, listAgencies, listAgencyFacilities, updateAgencySettings } from './agencies.service.js';
import { Agency, AgencyConnection, AgencySettings, AgencySettingsInput, CreateAgencyInput, MasterPolicyLimits } from './agencies.types.js';

@Resolver(() => Agency)
export class AgenciesResolver {
  @Can('agency:list')
  @Query(() => AgencyConnection, { description: 'Operator only: every agency of the platform, newest first.' })
  agencies(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listAgencies(ctx.access, { first, after });
  }

  @Can('agency:create')
  @Mutation(() => Agency, { description: 'Operator only: creates an agency and invites its first team member.' })
  createAgency(@Ctx() ctx: Context, @Arg('input', () => CreateAgencyInput) input: CreateAgencyInput) {
    return createAgency(ctx.access, input);
  }

  @Can('agency:configure')
  @Mutation(() => Agency, { description: "Changes any of the viewer's agency's settings." })
  updateAgencySettings(@Ctx() ctx: Context, @Arg('input', () => AgencySettingsInput) input: AgencySettingsInput) {
    return updateAgencySettings(ctx.access, input);
  }

  @Can('master-policy:read')
  @Query(() => MasterPolicyLimits, { description: "The limits Coverline's master policies in force today provide: what the agency's coverage requirements are checked against." })
  masterPolicyLimits(@Ctx() ctx: Context) {
    return findMasterPolicyLimits(ctx.access);
  }

  @FieldResolver(() => AgencySettings, { description: "The agency's settings, for its team." })
  settings(@Root() agency: Agency, @Ctx() ctx: Context) {
    return findAgencySettings(ctx.access, agency);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Operator only (null for anyone else): the agency's team members, invited or active." })
  async memberCount(@Root() agency: AgencyRow, @Ctx() ctx: Context) {
    return (await agencyCounts(ctx.access, agency))?.memberCount ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Operator only (null for anyone else): the agency's contractors, not archived." })
  async contractorCount(@Root() agency: AgencyRow, @Ctx() ctx: Context) {
    return (await agencyCounts(ctx.access, agency))?.contractorCount ?? null;
  }

  @FieldResolver(() => [Facility], { description: "The agency's facilities." })
  facilities(@Root() agency: Agency, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.facilities)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.facilities, () => listAgencyFacilities(ctx.access, agency));
  }
}
