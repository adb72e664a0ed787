// Facility users sign in by magic link: request (always true, constant work), send (a job), redeem (once).
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { magicLinkRequestSchema } from '@coverline/domain';
import type { Executor } from '../../db/client.js';
import { authTokens, facilityGrants, facilityUsers } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { Viewer } from '../../graphql/viewer.js';
import { addJob } from '../../jobs/queue.js';
import { enqueueMail } from '../../mail/outbox.js';
import { magicLinkMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { consumeRateLimit } from './rate-limit.js';
import { startBrowserSession } from './session-cookies.js';
import { generateToken, hashToken } from './tokens.js';

export const MAGIC_LINK_MINUTES = 15;
const PER_EMAIL = { limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { limit: 30, windowSeconds: 15 * 60 };
const INVALID_LINK = 'This sign-in link is invalid, expired or already used.';

/**
 * Does the same work whether or not the email belongs to anyone: counts the request and queues a job.
 * The job decides whether to send; the caller learns nothing, not even from the response time.
 */
export async function requestMagicLink(ctx: Context, input: { email: string }): Promise<boolean> {
  const { email } = parseInput(magicLinkRequestSchema, input);
  const { db, now, logger } = ctx.deps;
  await db.transaction(async (tx) => {
    const perEmail = await consumeRateLimit(tx, `magic-link:email:${email}`, PER_EMAIL, now());
    const perIp = await consumeRateLimit(tx, `magic-link:ip:${ctx.ip ?? 'unknown'}`, PER_IP, now());
    if (perEmail && perIp) await addJob(tx, 'send_magic_link', { email });
    else logger.warn({ ip: ctx.ip }, 'magic link request over its rate limit: nothing sent');
  });
  return true;
}

export function magicLinkUrl(deps: ServerDependencies, token: string): string {
  return `${deps.config.publicUrl}/facility/sign-in/confirm?token=${encodeURIComponent(token)}`;
}

export async function issueMagicLink(executor: Executor, deps: ServerDependencies, facilityUserId: string, minutes: number): Promise<string> {
  const { token, hash } = generateToken();
  await executor.insert(authTokens).values({
    tokenHash: hash,
    purpose: 'MAGIC_LINK',
    facilityUserId,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + minutes * 60_000),
  });
  return magicLinkUrl(deps, token);
}

/** The `send_magic_link` job: mails a link only to a facility user who still has a facility. */
export async function sendMagicLink(deps: ServerDependencies, email: string): Promise<void> {
  const [user] = await deps.db
    .select({ id: facilityUsers.id, email: facilityUsers.email })
    .from(facilityUsers)
    .innerJoin(facilityGrants, and(eq(facilityGrants.facilityUserId, facilityUsers.id), isNull(facilityGrants.revokedAt)))
    .where(sql`lower(${facilityUsers.email}) = ${email}`)
    .limit(1);
  if (!user) return;
  await deps.db.transaction(async (tx) => {
    const url = await issueMagicLink(tx, deps, user.id, MAGIC_LINK_MINUTES);
    await enqueueMail(tx, { to: user.email, ...magicLinkMail({ url, expiresInMinutes: MAGIC_LINK_MINUTES }) });
  });
}

export async function redeemMagicLink(ctx: Context, token: string): Promise<Viewer> {
  const { db, now } = ctx.deps;
  return db.transaction(async (tx) => {
    // One atomic UPDATE claims the token: of two concurrent redemptions exactly one gets the row.
    const [claimed] = await tx
      .update(authTokens)
      .set({ usedAt: now() })
      .where(
        and(
          eq(authTokens.tokenHash, hashToken(token)),
          eq(authTokens.purpose, 'MAGIC_LINK'),
          isNull(authTokens.usedAt),
          isNull(authTokens.revokedAt),
          gt(authTokens.expiresAt, now()),
        ),
      )
      .returning({ facilityUserId: authTokens.facilityUserId });
    if (!claimed?.facilityUserId) throw badUserInput('token', INVALID_LINK);
    const [user] = await tx
      .update(facilityUsers)
      .set({ lastSignInAt: now() })
      .where(eq(facilityUsers.id, claimed.facilityUserId))
      .returning();
    if (!user) throw badUserInput('token', INVALID_LINK);
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'FACILITY_USER', principalId: user.id, agencyId: null });
    const viewer: Viewer = { kind: 'FACILITY_USER', facilityUserId: user.id, email: user.email, name: user.name ?? user.email, sessionId };
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'session.magic_link', agencyId: null, targetType: 'facility_user', targetId: user.id });
    return viewer;
  });
}
