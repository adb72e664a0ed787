import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { inviteTeamMember, listTeamMembers } from './team.service.js';
import { TeamMember } from './team.types.js';

@Resolver()
export class TeamResolver {
  @Can('team:read')
  @Query(() => [TeamMember], { description: "The viewer's agency team, invited and active." })
  teamMembers(@Ctx() ctx: Context) {
    return listTeamMembers(ctx.access);
  }

  @Can('team:invite')
  @Mutation(() => Boolean, { description: 'Invites a person to the agency team by email (a set-password link).' })
  inviteTeamMember(@Ctx() ctx: Context, @Arg('email', () => String) email: string) {
    return inviteTeamMember(ctx.access, { email });
  }
}
