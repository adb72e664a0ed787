import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { firstOfList, NESTED_LIST_MAXIMUM, nestedFirst } from '../../graphql/nested-lists.js';
import { FIRST_DESCRIPTION } from '../../graphql/pagination.js';
import { Agency } from '../agencies/agencies.types.js';
import { findViewerAgency } from '../agencies/agencies.service.js';
import { Contractor } from '../contractors/contractors.types.js';
import { Facility, FacilityConnection } from '../facilities/facilities.types.js';
import { listViewerFacilities, pageViewerFacilities } from '../facilities/facilities.service.js';
import { describeViewer, findViewerContractor, type ViewerSource } from './viewer.service.js';
import { ViewerObject } from './viewer.types.js';

@Resolver(() => ViewerObject)
export class ViewerResolver {
  @Can('viewer:read')
  @Query(() => ViewerObject, { nullable: true, description: 'The signed-in viewer; null when signed out.' })
  viewer(@Ctx() ctx: Context) {
    return describeViewer(ctx.access);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The viewer's agency, for agency members, API keys and contractors." })
  agency(@Root() viewer: ViewerSource) {
    return findViewerAgency(viewer.access);
  }

  @FieldResolver(() => [Facility], { description: "For a facility user, the facilities they may see; for an agency, its facilities." })
  facilities(@Root() viewer: ViewerSource, @Arg('first', () => Int, nestedFirst(NESTED_LIST_MAXIMUM.facilities)) first?: number | null) {
    return firstOfList(first, NESTED_LIST_MAXIMUM.facilities, () => listViewerFacilities(viewer.access));
  }

  @FieldResolver(() => FacilityConnection, { description: 'facilities as a connection, by name: a page at a time, optionally only those whose name contains `search`.' })
  facilityConnection(
    @Root() viewer: ViewerSource,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, any case (at most 100 characters).' }) search?: string | null,
  ) {
    return pageViewerFacilities(viewer.access, { first, after, search });
  }

  @FieldResolver(() => Contractor, { nullable: true, description: 'For a contractor, their own profile.' })
  contractor(@Root() viewer: ViewerSource) {
    return findViewerContractor(viewer.access);
  }
}
