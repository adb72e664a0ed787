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
import { enqueueMail } from '../../mail/outbox.js';
import { passwordResetMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { describeSignedIn, type ViewerSource } from '../viewer/viewer.service.js';
import { memberScope, signInLookups } from './auth.service.js';
import { refuseGuessablePassword } from './password-strength.js';
import { hashPassword } from './passwords.js';
import { requestEmailedLink } from './emailed-link-request.js';
import { startBrowserSession } from './session-cookies.js';
import { revokeMemberSessions } from './sessions.js';
import { generateToken, hashToken } from './tokens.js';

const INVALID_LINK = 'This password reset link is invalid, expired or already used. Ask for a new one.';

/** Always true: never reveals whether the email belongs to an active member. */
export async function requestPasswordReset(ctx: Context, input: { email: string }): Promise<boolean> {
  const scope = authorize(ctx.access, 'session:sign-in');
  const { email } = parseInput(passwordResetRequestSchema, input);
  await requestEmailedLink(ctx, scope, 'password-reset', email);
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
  const { member } = link;
  await refuseGuessablePassword(password, [member.email, member.name]);
  const passwordHash = await hashPassword(password);
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
  ctx.access.deps.signedInSessions.forget({ principalId: member.id });
  return describeSignedIn(ctx.access, viewer);
}
