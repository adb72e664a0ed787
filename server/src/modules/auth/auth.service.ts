// Agency sign-in: password login and logout, and accepting a team invitation by setting a password.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { loginInputSchema, passwordSchema } from '@coverline/domain';
import { z } from 'zod';
import { agencies, authTokens, teamMembers } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { Viewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { consumeRateLimit } from './rate-limit.js';
import { revokeSession } from './sessions.js';
import { startBrowserSession } from './session-cookies.js';
import { hashToken } from './tokens.js';
import type { TeamInvitation } from './auth.types.js';

const LOGIN_LIMIT_PER_EMAIL = { limit: 10, windowSeconds: 15 * 60 };
const LOGIN_LIMIT_PER_IP = { limit: 50, windowSeconds: 15 * 60 };
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

export async function login(ctx: Context, input: { email: string; password: string }): Promise<Viewer> {
  const { email, password } = parseInput(loginInputSchema, input);
  const { db, now } = ctx.deps;
  const withinLimits =
    (await consumeRateLimit(db, `login:email:${email}`, LOGIN_LIMIT_PER_EMAIL, now())) &&
    (await consumeRateLimit(db, `login:ip:${ctx.ip ?? 'unknown'}`, LOGIN_LIMIT_PER_IP, now()));
  if (!withinLimits) throw badUserInput('email', 'Too many sign-in attempts. Wait 15 minutes and try again.');
  const member = await db.query.teamMembers.findFirst({
    where: and(sql`lower(${teamMembers.email}) = ${email}`, eq(teamMembers.status, 'ACTIVE')),
  });
  const passwordMatches = await verifyPassword(member?.passwordHash, password);
  if (!member || !passwordMatches) throw badUserInput('password', WRONG_CREDENTIALS);
  return db.transaction(async (tx) => {
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: member.agencyId });
    const viewer: Viewer = {
      kind: 'AGENCY_MEMBER',
      agencyId: member.agencyId,
      teamMemberId: member.id,
      email: member.email,
      name: member.name ?? member.email,
      sessionId,
    };
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'session.login', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    return viewer;
  });
}

export async function logout(ctx: Context): Promise<boolean> {
  const viewer = ctx.viewer;
  if ('sessionId' in viewer) await revokeSession(ctx.deps.db, viewer.sessionId, ctx.deps.now());
  if (ctx.app) ctx.clearSessionCookie(ctx.app);
  return true;
}

async function findOpenInvitation(ctx: Context, token: string) {
  const [row] = await ctx.deps.db
    .select({ tokenId: authTokens.id, expiresAt: authTokens.expiresAt, member: teamMembers, agencyName: agencies.name })
    .from(authTokens)
    .innerJoin(teamMembers, and(eq(teamMembers.agencyId, authTokens.agencyId), eq(teamMembers.id, authTokens.teamMemberId)))
    .innerJoin(agencies, eq(agencies.id, authTokens.agencyId))
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, 'TEAM_INVITATION'),
        isNull(authTokens.usedAt),
        isNull(authTokens.revokedAt),
        gt(authTokens.expiresAt, ctx.deps.now()),
        eq(teamMembers.status, 'INVITED'),
      ),
    );
  return row;
}

export async function findTeamInvitation(ctx: Context, token: string): Promise<TeamInvitation | null> {
  const invitation = await findOpenInvitation(ctx, token);
  return invitation ? { email: invitation.member.email, agencyName: invitation.agencyName, expiresAt: invitation.expiresAt } : null;
}

const acceptInputSchema = z.object({
  name: z.string().trim().min(1, { message: 'Enter your name' }).max(120),
  password: passwordSchema,
});

export async function acceptTeamInvitation(ctx: Context, input: { token: string; name: string; password: string }): Promise<Viewer> {
  const { name, password } = parseInput(acceptInputSchema, input);
  const invitation = await findOpenInvitation(ctx, input.token);
  if (!invitation) throw badUserInput('token', 'This invitation link is invalid or has expired.');
  const passwordHash = await hashPassword(password);
  return ctx.deps.db.transaction(async (tx) => {
    // Marking the token used is the gate: of two concurrent acceptances only one updates a row.
    const claimed = await tx
      .update(authTokens)
      .set({ usedAt: ctx.deps.now() })
      .where(and(eq(authTokens.id, invitation.tokenId), isNull(authTokens.usedAt)))
      .returning({ id: authTokens.id });
    if (claimed.length === 0) throw badUserInput('token', 'This invitation link is invalid or has expired.');
    const { member } = invitation;
    await tx
      .update(teamMembers)
      .set({ name, passwordHash, status: 'ACTIVE', activatedAt: ctx.deps.now() })
      .where(and(eq(teamMembers.agencyId, member.agencyId), eq(teamMembers.id, member.id)));
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: member.agencyId });
    const viewer: Viewer = { kind: 'AGENCY_MEMBER', agencyId: member.agencyId, teamMemberId: member.id, email: member.email, name, sessionId };
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'team_member.activate', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    return viewer;
  });
}
