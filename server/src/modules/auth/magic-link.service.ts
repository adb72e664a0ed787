// Facility users sign in by magic link: request (always true, constant work), send (a job), redeem (once).
import { magicLinkRequestSchema } from '@coverline/domain';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { SYSTEM_ACTOR, type Viewer } from '../../access/viewer.js';
import type { Executor } from '../../db/client.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { magicLinkMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { describeSignedIn, type ViewerSource } from '../viewer/viewer.service.js';
import { requestEmailedLink } from './emailed-link-request.js';
import { startBrowserSession } from './session-cookies.js';
import { insertMagicLink, redeemMagicLinkToken } from './sign-in-tokens.js';
import { generateToken, hashToken } from './tokens.js';

export const MAGIC_LINK_MINUTES = 15;
const INVALID_LINK = 'This sign-in link is invalid, expired or already used.';

/** Always true: never reveals whether the email belongs to a facility user. */
export async function requestMagicLink(ctx: Context, input: { email: string }): Promise<boolean> {
  const scope = authorize(ctx.access, 'session:sign-in');
  const { email } = parseInput(magicLinkRequestSchema, input);
  await requestEmailedLink(ctx, scope, 'magic-link', email);
  return true;
}

export function magicLinkUrl(deps: ServerDependencies, token: string): string {
  return `${deps.config.publicUrl}/facility/sign-in/confirm?token=${encodeURIComponent(token)}`;
}

export async function issueMagicLink(executor: Executor, deps: ServerDependencies, facilityUserId: string, minutes: number): Promise<string> {
  const { token, hash } = generateToken();
  await insertMagicLink(executor, { tokenHash: hash, facilityUserId, createdAt: deps.now(), expiresAt: new Date(deps.now().getTime() + minutes * 60_000) });
  return magicLinkUrl(deps, token);
}

/** The `send_magic_link` job: mails a link only to a facility user who still has a facility. */
export function sendMagicLink(deps: ServerDependencies, email: string): Promise<void> {
  return asSystem(deps, 'send_magic_link', async (access) => {
    const scope = authorize(access, 'magic-link:send');
    const user = await scope.stores.facilities.userWithAccess(email);
    if (!user) return;
    await scope.transaction(async (tx) => {
      const url = await issueMagicLink(tx.db, deps, user.id, MAGIC_LINK_MINUTES);
      await enqueueMail(tx.db, { to: user.email, ...magicLinkMail({ url, expiresInMinutes: MAGIC_LINK_MINUTES }) });
    });
  });
}

export async function redeemMagicLink(ctx: Context, token: string): Promise<ViewerSource> {
  authorize(ctx.access, 'session:sign-in');
  const now = ctx.access.deps.now();
  // The sign-in touches only platform tables (the token, the user, the session): a scope with no tenant.
  const signingIn = ctx.access.scopeFor({ kind: 'NONE' }, SYSTEM_ACTOR);
  const viewer = await signingIn.transaction(async (tx): Promise<Viewer> => {
    const user = await redeemMagicLinkToken(tx.db, hashToken(token), now);
    if (!user) throw badUserInput('token', INVALID_LINK);
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'FACILITY_USER', principalId: user.id, agencyId: null });
    await recordAudit(tx, { action: 'session.magic_link', agencyId: null, targetType: 'facility_user', targetId: user.id }, { actorType: 'FACILITY_USER', actorId: user.id });
    return { kind: 'FACILITY_USER', facilityUserId: user.id, email: user.email, name: user.name ?? user.email, sessionId };
  });
  return describeSignedIn(ctx.access, viewer);
}
