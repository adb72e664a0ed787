import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { selectsField } from '../../graphql/selection.js';
import { Certificate } from '../certificates/certificates.types.js';
import { listFacilityAssignmentCertificates, listFacilityAssignments } from './facility-assignments.service.js';
import { MAX_SEARCH_LENGTH } from '../../db/search.js';
import { FacilityAssignment, FacilityAssignmentConnection, FacilityAssignmentFilter, FacilityAssignmentOrder } from './facility-assignments.types.js';

@Resolver()
export class FacilityAssignmentsResolver {
  @Can('facility:read')
  @Query(() => FacilityAssignmentConnection, {
    description: "A facility's covered assignments with their certificates, newest effective date first unless orderBy says otherwise. An unknown facility, or one the viewer may not see, is NOT_FOUND.",
  })
  facilityAssignments(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('filter', () => FacilityAssignmentFilter, { nullable: true }) filter?: FacilityAssignmentFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true, description: `Part of the contractor's name (at most ${MAX_SEARCH_LENGTH} characters).` }) search?: string | null,
    @Arg('orderBy', () => FacilityAssignmentOrder, { nullable: true, description: 'A cursor belongs to its order: change the order and start again from the first page.' })
    orderBy?: FacilityAssignmentOrder | null,
  ) {
    const withCertificateHistory = selectsField(info, ['edges', 'node', 'certificates']);
    return listFacilityAssignments(ctx.access, { facilityId, filter, search, orderBy, first, after, withCertificateHistory });
  }
}

@Resolver(() => FacilityAssignment)
export class FacilityAssignmentFieldsResolver {
  @FieldResolver(() => [Certificate], {
    description: 'Every certificate of the assignment, valid and void, newest first: a voided one follows the one issued to replace it (after an extension).',
  })
  certificates(@Root() assignment: FacilityAssignment, @Ctx() ctx: Context) {
    return listFacilityAssignmentCertificates(ctx.access, assignment);
  }
}
