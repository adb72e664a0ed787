import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { Facility } from '../facilities/facilities.types.js';
import { createAgency, listAgencyFacilities } from './agencies.service.js';
import { Agency, CreateAgencyInput } from './agencies.types.js';

@Resolver(() => Agency)
export class AgenciesResolver {
  @Can('agency:create')
  @Mutation(() => Agency, { description: 'Operator only: creates an agency and invites its first team member.' })
  createAgency(@Ctx() ctx: Context, @Arg('input', () => CreateAgencyInput) input: CreateAgencyInput) {
    return createAgency(ctx.access, input);
  }

  @FieldResolver(() => [Facility], { description: "The agency's facilities." })
  facilities(@Root() agency: Agency, @Ctx() ctx: Context) {
    return listAgencyFacilities(ctx.access, agency);
  }
}
