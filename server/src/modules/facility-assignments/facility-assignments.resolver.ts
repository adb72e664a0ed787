import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { listFacilityAssignments } from './facility-assignments.service.js';
import { FacilityAssignmentConnection, FacilityAssignmentFilter } from './facility-assignments.types.js';

@Resolver()
export class FacilityAssignmentsResolver {
  @Can('facility:read')
  @Query(() => FacilityAssignmentConnection, {
    description: "A facility's covered assignments with their certificates, newest effective date first. An unknown facility, or one the viewer may not see, is NOT_FOUND.",
  })
  facilityAssignments(
    @Ctx() ctx: Context,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('filter', () => FacilityAssignmentFilter, { nullable: true }) filter?: FacilityAssignmentFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listFacilityAssignments(ctx.access, { facilityId, filter, first, after });
  }
}
