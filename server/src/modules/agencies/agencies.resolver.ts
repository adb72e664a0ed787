import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { Facility } from '../facilities/facilities.types.js';
import { createAgency, findAgencySettings, findMasterPolicyLimits, listAgencyFacilities, updateAgencySettings } from './agencies.service.js';
import { Agency, AgencySettings, AgencySettingsInput, CreateAgencyInput, MasterPolicyLimits } from './agencies.types.js';

@Resolver(() => Agency)
export class AgenciesResolver {
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

  @FieldResolver(() => [Facility], { description: "The agency's facilities." })
  facilities(@Root() agency: Agency, @Ctx() ctx: Context) {
    return listAgencyFacilities(ctx.access, agency);
  }
}
