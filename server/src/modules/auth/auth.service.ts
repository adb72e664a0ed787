// Agency sign-in: password login and logout, and accepting a team invitation by setting a password.
// What a login email or an invitation link names is found as the platform (a SYSTEM scope, before any
// tenant is known); what the sign-in then writes is done as the member, in their agency's scope.
import { loginInputSchema, passwordSchema } from '@coverline/domain';
import { z } from 'zod';
import { authorize } from '../../access/policy.js';
import { SYSTEM_ACTOR, type Viewer } from '../../access/viewer.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { describeSignedIn, type ViewerSource } from '../viewer/viewer.service.js';
import { refuseGuessablePassword } from './password-strength.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { consumeRateLimit } from './rate-limit.js';
import { claimSignInAttempt, clearSignInFailures } from './sign-in-failures.js';
import { startBrowserSession } from './session-cookies.js';
import { revokeSession } from './sessions.js';
import { hashToken } from './tokens.js';
import type { TeamInvitation } from './auth.types.js';

const LOGIN_LIMIT_PER_IP = { limit: 50, windowSeconds: 15 * 60 };
const WRONG_CREDENTIALS = 'Email or password is incorrect.';
const INVALID_INVITATION = 'This invitation link is invalid or has expired.';

/** The platform itself, finding what a login email or a link names. */
export function signInLookups(ctx: Context) {
  return ctx.access.scopeFor({ kind: 'SYSTEM' }, SYSTEM_ACTOR);
}

/** A member's own scope, for what their sign-in writes (the session, the audit record). */
export function memberScope(ctx: Context, member: { agencyId: string; id: string }) {
  return ctx.access.scopeFor({ kind: 'AGENCY', agencyId: member.agencyId }, { actorType: 'AGENCY_MEMBER', actorId: member.id });
}

export async function login(ctx: Context, input: { email: string; password: string }): Promise<ViewerSource> {
  authorize(ctx.access, 'session:sign-in');
  const { email, password } = parseInput(loginInputSchema, input);
  const { now } = ctx.access.deps;
  const failuresKey = `login:email:${email}`;
  // The attempt counts even when it is refused: the refusal is thrown after the commit.
  const { withinIpLimit, attempt, member } = await signInLookups(ctx).transaction(async (tx) => {
    const withinIpLimit = await consumeRateLimit(tx.db, `login:ip:${ctx.access.ip ?? 'unknown'}`, LOGIN_LIMIT_PER_IP, now());
    const attempt = withinIpLimit ? await claimSignInAttempt(tx.db, failuresKey, now()) : null;
    return { withinIpLimit, attempt, member: attempt?.allowed ? await tx.stores.team.activeMemberForLogin(email) : null };
  });
  if (!withinIpLimit) throw badUserInput('email', 'Too many sign-in attempts from your network. Wait 15 minutes and try again.');
  if (attempt && !attempt.allowed) {
    throw badUserInput('password', `Too many failed sign-ins for this email. Wait ${attempt.retryAfterSeconds} ${attempt.retryAfterSeconds === 1 ? 'second' : 'seconds'} and try again.`);
  }
  const passwordMatches = await verifyPassword(member?.passwordHash, password);
  if (!member || !passwordMatches) throw badUserInput('password', WRONG_CREDENTIALS);
  const viewer = await memberScope(ctx, member).transaction(async (tx): Promise<Viewer> => {
    await clearSignInFailures(tx.db, failuresKey);
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: member.agencyId });
    await tx.stores.team.recordSignIn(member, now());
    await recordAudit(tx, { action: 'session.login', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    return { kind: 'AGENCY_MEMBER', agencyId: member.agencyId, teamMemberId: member.id, sessionId };
  });
  return describeSignedIn(ctx.access, viewer);
}

/**
 * Ends the session of the app the request names (its session cookie). Without the app header no
 * cookie counts (CSRF), so no session is named: that is refused rather than answered true while the
 * session lives on. An API key has no session, and its logout ends nothing.
 */
export async function logout(ctx: Context): Promise<boolean> {
  authorize(ctx.access, 'session:sign-out');
  const { viewer, deps } = ctx.access;
  if (!ctx.app && viewer.kind === 'ANONYMOUS') {
    throw badUserInput('x-coverline-app', 'Name the app whose session to end in the x-coverline-app header (agency, facility or contractor); no session was ended.');
  }
  if ('sessionId' in viewer && viewer.sessionId) {
    await revokeSession(deps.database.unscoped, viewer.sessionId, deps.now());
    deps.signedInSessions.forget({ sessionId: viewer.sessionId });
  }
  if (ctx.app) ctx.clearSessionCookie(ctx.app);
  return true;
}

function openInvitation(ctx: Context, token: string) {
  return signInLookups(ctx).transaction(async (tx) => {
    const invitation = await tx.stores.team.openMemberLink('TEAM_INVITATION', hashToken(token), ctx.access.deps.now());
    const agency = invitation ? await tx.stores.agencies.byId(invitation.member.agencyId) : null;
    return invitation && agency ? { ...invitation, agencyName: agency.name } : null;
  });
}

export async function findTeamInvitation(ctx: Context, token: string): Promise<TeamInvitation | null> {
  authorize(ctx.access, 'invitation:read');
  const invitation = await openInvitation(ctx, token);
  return invitation ? { email: invitation.member.email, agencyName: invitation.agencyName, expiresAt: invitation.expiresAt } : null;
}

const acceptInputSchema = z.object({
  name: z.string().trim().min(1, { message: 'Enter your name' }).max(120),
  password: passwordSchema,
});

export async function acceptTeamInvitation(ctx: Context, input: { token: string; name: string; password: string }): Promise<ViewerSource> {
  authorize(ctx.access, 'session:sign-in');
  const { name, password } = parseInput(acceptInputSchema, input);
  const invitation = await openInvitation(ctx, input.token);
  if (!invitation) throw badUserInput('token', INVALID_INVITATION);
  const { member } = invitation;
  await refuseGuessablePassword(password, [member.email, name, invitation.agencyName]);
  const passwordHash = await hashPassword(password);
  const now = ctx.access.deps.now();
  const viewer = await memberScope(ctx, member).transaction(async (tx): Promise<Viewer> => {
    // Marking the token used is the gate: of two concurrent acceptances only one updates a row.
    if (!(await tx.stores.team.claimMemberLink('TEAM_INVITATION', invitation.tokenId, now))) throw badUserInput('token', INVALID_INVITATION);
    await tx.stores.team.activate(member, { name, passwordHash, at: now });
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: member.agencyId });
    await recordAudit(tx, { action: 'team_member.activate', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    return { kind: 'AGENCY_MEMBER', agencyId: member.agencyId, teamMemberId: member.id, sessionId };
  });
  return describeSignedIn(ctx.access, viewer);
}
