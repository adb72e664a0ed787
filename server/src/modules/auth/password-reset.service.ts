// Agency members who forgot their password: a request (always true, constant work, rate-limited) queues
// a job that mails an active member a single-use link for 30 minutes; redeeming it sets the new
// password, ends the member's other sessions and signs them in.
import { PASSWORD_RESET_MINUTES, passwordResetRequestSchema, passwordSchema } from '@coverline/domain';
import { z } from 'zod';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { SYSTEM_ACTOR, type Viewer } from '../../access/viewer.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { addJob } from '../../jobs/queue.js';
import { enqueueMail } from '../../mail/outbox.js';
import { passwordResetMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { describeSignedIn, type ViewerSource } from '../viewer/viewer.service.js';
import { memberScope, signInLookups } from './auth.service.js';
import { hashPassword } from './passwords.js';
import { consumeRateLimit } from './rate-limit.js';
import { startBrowserSession } from './session-cookies.js';
import { revokeMemberSessions } from './sessions.js';
import { generateToken, hashToken } from './tokens.js';

// The same limits as a magic link's: a few tries per inbox, more per office network.
const PER_EMAIL = { limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { limit: 30, windowSeconds: 15 * 60 };
const INVALID_LINK = 'This password reset link is invalid, expired or already used. Ask for a new one.';

/**
 * The same work whether or not the email belongs to anyone: counts the request and queues a job, which
 * decides whether to send. The caller learns nothing, not even from the response time.
 */
export async function requestPasswordReset(ctx: Context, input: { email: string }): Promise<boolean> {
  const scope = authorize(ctx.access, 'session:sign-in');
  const { email } = parseInput(passwordResetRequestSchema, input);
  const { now, logger } = ctx.access.deps;
  await scope.transaction(async (tx) => {
    const perEmail = await consumeRateLimit(tx.db, `password-reset:email:${email}`, PER_EMAIL, now());
    const perIp = await consumeRateLimit(tx.db, `password-reset:ip:${ctx.access.ip ?? 'unknown'}`, PER_IP, now());
    if (perEmail && perIp) await addJob(tx.db, 'send_password_reset', { email });
    else logger.warn({ ip: ctx.access.ip }, 'password reset request over its rate limit: nothing sent');
  });
  return true;
}

/** The `send_password_reset` job: mails a link only to an active member (never to an invited or removed one). */
export function sendPasswordReset(deps: ServerDependencies, email: string): Promise<void> {
  return asSystem(deps, 'send_password_reset', async (access) => {
    const scope = authorize(access, 'password-reset:send');
    const member = await scope.stores.team.activeMemberForLogin(email);
    if (!member) return;
    const memberAgency = access.scopeFor({ kind: 'AGENCY', agencyId: member.agencyId }, SYSTEM_ACTOR);
    await memberAgency.transaction(async (tx) => {
      const { token, hash } = generateToken();
      const now = deps.now();
      // One open link per member: asking again ends the earlier one.
      await tx.stores.team.replaceMemberLink('PASSWORD_RESET', member, { hash, createdAt: now, expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000) });
      const url = `${deps.config.publicUrl}/agency/reset-password?token=${encodeURIComponent(token)}`;
      await enqueueMail(tx.db, { to: member.email, agencyId: member.agencyId, ...passwordResetMail({ url, expiresInMinutes: PASSWORD_RESET_MINUTES }) });
      await recordAudit(tx, { action: 'team_member.password_reset_request', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    });
  });
}

const resetInputSchema = z.object({ password: passwordSchema });

export async function resetPassword(ctx: Context, input: { token: string; password: string }): Promise<ViewerSource> {
  authorize(ctx.access, 'session:sign-in');
  const { password } = parseInput(resetInputSchema, input);
  const { now } = ctx.access.deps;
  const link = await signInLookups(ctx).transaction((tx) => tx.stores.team.openMemberLink('PASSWORD_RESET', hashToken(input.token), now()));
  if (!link) throw badUserInput('token', INVALID_LINK);
  const passwordHash = await hashPassword(password);
  const { member } = link;
  const viewer = await memberScope(ctx, member).transaction(async (tx): Promise<Viewer> => {
    const at = now();
    // Marking the token used is the gate: of two concurrent redemptions only one updates a row.
    if (!(await tx.stores.team.claimMemberLink('PASSWORD_RESET', link.tokenId, at))) throw badUserInput('token', INVALID_LINK);
    if (!(await tx.stores.team.setPassword(member, { passwordHash, at }))) throw badUserInput('token', INVALID_LINK);
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: member.agencyId });
    // Whoever knew the old password (or holds an old session) is signed out.
    await revokeMemberSessions(tx.db, member, { now: at, keep: sessionId });
    await recordAudit(tx, { action: 'team_member.password_reset', agencyId: member.agencyId, targetType: 'team_member', targetId: member.id });
    return { kind: 'AGENCY_MEMBER', agencyId: member.agencyId, teamMemberId: member.id, sessionId };
  });
  return describeSignedIn(ctx.access, viewer);
}
