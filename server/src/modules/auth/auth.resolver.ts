import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { ViewerObject } from '../viewer/viewer.types.js';
import { acceptTeamInvitation, findTeamInvitation, login, logout } from './auth.service.js';
import { TeamInvitation } from './auth.types.js';
import { requestContractorLink, signInWithContractorLink } from './contractor-link.service.js';
import { redeemMagicLink, requestMagicLink } from './magic-link.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';

@Resolver()
export class AuthResolver {
  @Can('session:sign-in')
  @Mutation(() => ViewerObject, { description: 'Signs an agency team member in with email and password (sets the session cookie).' })
  login(@Ctx() ctx: Context, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string) {
    return login(ctx, { email, password });
  }

  @Can('session:sign-out')
  @Mutation(() => Boolean, { description: "Ends the browser session of the app named by the x-coverline-app header; without the header (and without an API key) it is refused, BAD_USER_INPUT on x-coverline-app." })
  logout(@Ctx() ctx: Context) {
    return logout(ctx);
  }

  @Can('session:sign-in')
  @Mutation(() => Boolean, { description: 'Emails a one-time Compliance Hub sign-in link. Always true: never reveals whether the email exists.' })
  requestMagicLink(@Ctx() ctx: Context, @Arg('email', () => String) email: string) {
    return requestMagicLink(ctx, { email });
  }

  @Can('session:sign-in')
  @Mutation(() => ViewerObject, { description: 'Redeems a magic link (once) and signs the facility user in.' })
  redeemMagicLink(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return redeemMagicLink(ctx, token);
  }

  @Can('invitation:read')
  @Query(() => TeamInvitation, { nullable: true, description: 'The open team invitation of an invite link; null when invalid, used or expired.' })
  teamInvitation(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return findTeamInvitation(ctx, token);
  }

  @Can('session:sign-in')
  @Mutation(() => ViewerObject, { description: 'Sets the password of an invited team member and signs them in.' })
  acceptTeamInvitation(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('name', () => String) name: string,
    @Arg('password', () => String) password: string,
  ) {
    return acceptTeamInvitation(ctx, { token, name, password });
  }

  @Can('session:sign-in')
  @Mutation(() => ViewerObject, { description: "Signs a contractor in from the unique link in their email." })
  signInWithContractorLink(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return signInWithContractorLink(ctx, token);
  }

  @Can('session:sign-in')
  @Mutation(() => Boolean, {
    description: "Emails a signed-out contractor their personal link (one per agency that placed them). Always true: never reveals whether the email is a contractor's.",
  })
  requestContractorLink(@Ctx() ctx: Context, @Arg('email', () => String) email: string) {
    return requestContractorLink(ctx, { email });
  }

  @Can('session:sign-in')
  @Mutation(() => Boolean, { description: "Emails an agency member a 30-minute link to choose a new password. Always true: never reveals whether the email exists." })
  requestPasswordReset(@Ctx() ctx: Context, @Arg('email', () => String) email: string) {
    return requestPasswordReset(ctx, { email });
  }

  @Can('session:sign-in')
  @Mutation(() => ViewerObject, { description: "Sets a new password from a reset link (once), ends the member's other sessions and signs them in." })
  resetPassword(@Ctx() ctx: Context, @Arg('token', () => String) token: string, @Arg('password', () => String) password: string) {
    return resetPassword(ctx, { token, password });
  }
}
