// Browser sessions: an opaque cookie token, stored hashed, with idle expiry, rotation and revocation.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { authTokens, rateLimitBuckets, sessions } from '../../db/schema.js';
import { generateToken, hashToken } from './tokens.js';

export type SessionPrincipal = 'AGENCY_MEMBER' | 'FACILITY_USER' | 'CONTRACTOR';

const ROTATE_AFTER_MS = 15 * 60 * 1000;
const ROTATION_GRACE_MS = 60 * 1000;
const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export type IssuedSession = { sessionId: string; token: string; expiresAt: Date };

export async function createSession(
  executor: Executor,
  input: { principalType: SessionPrincipal; principalId: string; agencyId: string | null; ip: string | null; userAgent: string | null },
  options: { now: Date; ttlHours: number },
): Promise<IssuedSession> {
  const { token, hash } = generateToken();
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3600_000);
  const [row] = await executor
    .insert(sessions)
    .values({ ...input, tokenHash: hash, createdAt: options.now, rotatedAt: options.now, expiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { sessionId: row.id, token, expiresAt };
}

export type ResolvedSession = {
  sessionId: string;
  principalType: SessionPrincipal;
  principalId: string;
  agencyId: string | null;
  /** Set when this request rotated the token: the caller sends the new cookie. */
  rotated: IssuedSession | null;
};

export async function resolveSession(db: Database, token: string, options: { now: Date; ttlHours: number }): Promise<ResolvedSession | null> {
  const hash = hashToken(token);
  const now = options.now;
  const session = await db.query.sessions.findFirst({
    where: and(
      or(
        eq(sessions.tokenHash, hash),
        and(eq(sessions.previousTokenHash, hash), sql`${sessions.rotatedAt} > ${new Date(now.getTime() - ROTATION_GRACE_MS).toISOString()}`),
      ),
      isNull(sessions.revokedAt),
      sql`${sessions.expiresAt} > ${now.toISOString()}`,
      sql`${sessions.createdAt} > ${new Date(now.getTime() - ABSOLUTE_LIFETIME_MS).toISOString()}`,
    ),
  });
  if (!session || session.principalType === 'OPERATOR' || session.principalType === 'API_KEY' || session.principalType === 'SYSTEM') return null;
  let rotated: IssuedSession | null = null;
  if (session.tokenHash === hash && now.getTime() - session.rotatedAt.getTime() > ROTATE_AFTER_MS) {
    const next = generateToken();
    const expiresAt = new Date(now.getTime() + options.ttlHours * 3600_000);
    // Only one of two concurrent requests rotates; the other keeps the old token for the grace period.
    const updated = await db
      .update(sessions)
      .set({ tokenHash: next.hash, previousTokenHash: hash, rotatedAt: now, expiresAt })
      .where(and(eq(sessions.id, session.id), eq(sessions.tokenHash, hash)))
      .returning({ id: sessions.id });
    if (updated.length === 1) rotated = { sessionId: session.id, token: next.token, expiresAt };
  }
  return {
    sessionId: session.id,
    principalType: session.principalType,
    principalId: session.principalId,
    agencyId: session.agencyId,
    rotated,
  };
}

export async function revokeSession(executor: Executor, sessionId: string, now: Date): Promise<void> {
  await executor.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

export async function removeExpiredSignInRecords(db: Database): Promise<void> {
  const dayAgo = sql`now() - interval '1 day'`;
  await db.delete(sessions).where(or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo)));
  await db.delete(authTokens).where(lt(authTokens.expiresAt, dayAgo));
  await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.windowStart, dayAgo));
}
