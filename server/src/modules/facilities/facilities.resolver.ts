import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { FIRST_DESCRIPTION } from '../../graphql/pagination.js';
import {
  createFacility,
  facilityTeamOf,
  grantFacilityAccess,
  inviteFacilityUser,
  listFacilityTeam,
  revokeFacilityAccess,
  setFacilityBulkDownload,
  updateFacility,
} from './facilities.service.js';
import type { FacilityRow } from './facilities.store.js';
import { Facility, FacilityInput, FacilityTeamMember, FacilityTeamMemberConnection } from './facilities.types.js';

@Resolver(() => Facility)
export class FacilitiesResolver {
  @Can('facility:create')
  @Mutation(() => Facility, { description: 'Adds a facility to the agency. With a contactEmail, that person is given Compliance Hub access to it and emailed a sign-in link.' })
  createFacility(@Ctx() ctx: Context, @Arg('input', () => FacilityInput) input: FacilityInput) {
    return createFacility(ctx.access, input);
  }

  @Can('facility:update')
  @Mutation(() => Facility, {
    description:
      "Changes a facility's name, address or contact. A new contactEmail is given Hub access and emailed a link; the previous contact keeps their access until it is revoked.",
  })
  updateFacility(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => FacilityInput) input: FacilityInput) {
    return updateFacility(ctx.access, id, input);
  }

  @Can('facility-access:grant')
  @Mutation(() => Boolean, { description: "Gives a person Compliance Hub access to a facility and emails them a sign-in link." })
  inviteFacilityUser(@Ctx() ctx: Context, @Arg('facilityId', () => ID) facilityId: string, @Arg('email', () => String) email: string) {
    return inviteFacilityUser(ctx.access, { facilityId, email });
  }

  @Can('facility-access:grant')
  @Mutation(() => Boolean, {
    description: 'Gives a person Compliance Hub access to several facilities the viewer may see, with one email naming them all.',
  })
  inviteFacilityTeamMember(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('facilityIds', () => [ID]) facilityIds: string[],
  ) {
    return grantFacilityAccess(ctx.access, { email, facilityIds });
  }

  @Can('facility-team:read')
  @Query(() => FacilityTeamMemberConnection, { description: 'The people with Compliance Hub access to a facility the viewer may see, by email. NOT_FOUND for any other facility.' })
  facilityTeam(
    @Ctx() ctx: Context,
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listFacilityTeam(ctx.access, { facilityId, first, after });
  }

  @Can('facility-access:revoke')
  @Mutation(() => Boolean, { description: "Takes a person's Compliance Hub access to one facility away. Nobody removes their own." })
  revokeFacilityAccess(@Ctx() ctx: Context, @Arg('facilityId', () => ID) facilityId: string, @Arg('facilityUserId', () => ID) facilityUserId: string) {
    return revokeFacilityAccess(ctx.access, { facilityId, facilityUserId });
  }

  @Can('facility:configure')
  @Mutation(() => Facility, { description: "Agency only: lets the facility's Compliance Hub users download every certificate as one ZIP, or stops it." })
  setFacilityBulkDownload(@Ctx() ctx: Context, @Arg('facilityId', () => ID) facilityId: string, @Arg('enabled', () => Boolean) enabled: boolean) {
    return setFacilityBulkDownload(ctx.access, { facilityId, enabled });
  }

  @FieldResolver(() => [FacilityTeamMember], { description: 'The people with Compliance Hub access to it now (as facilityTeam); empty for a viewer who may not see them.' })
  team(@Root() facility: FacilityRow, @Ctx() ctx: Context, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.facilityTeam)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.facilityTeam, () => facilityTeamOf(ctx.access, facility));
  }
}
