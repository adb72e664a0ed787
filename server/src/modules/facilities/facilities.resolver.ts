import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Can } from '../../graphql/authorization.js';
import type { Context } from '../../graphql/context.js';
import { signedInViewer } from '../../graphql/scope.js';
import { inviteFacilityUser } from './facilities.service.js';

@Resolver()
export class FacilitiesResolver {
  @Can('facility-user:invite')
  @Mutation(() => Boolean, { description: "Gives a person Compliance Hub access to a facility and emails them a sign-in link." })
  inviteFacilityUser(@Ctx() ctx: Context, @Arg('facilityId', () => ID) facilityId: string, @Arg('email', () => String) email: string) {
    return inviteFacilityUser(ctx, signedInViewer(ctx), { facilityId, email });
  }
}
