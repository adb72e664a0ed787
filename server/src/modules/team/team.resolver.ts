import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { FIRST_DESCRIPTION } from '../../graphql/pagination.js';
import { inviteTeamMember, listTeamMembers, pageTeamMembers, removeTeamMember, resendTeamInvitation, revokeTeamInvitation } from './team.service.js';
import { TeamMember, TeamMemberConnection } from './team.types.js';

@Resolver()
export class TeamResolver {
  @Can('team:read')
  @Query(() => [TeamMember], { description: "The viewer's agency team: invited, active and removed members." })
  teamMembers(@Ctx() ctx: Context) {
    return listTeamMembers(ctx.access);
  }

  @Can('team:read')
  @Query(() => TeamMemberConnection, { description: "teamMembers as a connection: the agency's team by email, a page at a time." })
  teamMemberConnection(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return pageTeamMembers(ctx.access, { first, after });
  }

  @Can('team:invite')
  @Mutation(() => Boolean, { description: 'Invites a person to the agency team by email (a set-password link).' })
  inviteTeamMember(@Ctx() ctx: Context, @Arg('email', () => String) email: string) {
    return inviteTeamMember(ctx.access, { email });
  }

  @Can('team:manage')
  @Mutation(() => Boolean, { description: 'Mails an invited person a new set-password link; the earlier link stops working.' })
  resendTeamInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return resendTeamInvitation(ctx.access, id);
  }

  @Can('team:manage')
  @Mutation(() => Boolean, { description: 'Withdraws an invitation not yet accepted: the link stops working and the email may be invited again later.' })
  revokeTeamInvitation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return revokeTeamInvitation(ctx.access, id);
  }

  @Can('team:manage')
  @Mutation(() => Boolean, { description: 'Removes an active member (not yourself, not the last one): their sessions and links end at once.' })
  removeTeamMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return removeTeamMember(ctx.access, id);
  }
}
