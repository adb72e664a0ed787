// Browser sessions: an opaque cookie token, stored hashed, with idle expiry, rotation and revocation.
// A platform table: sessions are found by their token's hash before any tenant is known.
import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Executor } from '../../db/client.js';
import { authTokens, rateLimitBuckets, sessions } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { removeForgottenSignInFailures } from './sign-in-failures.js';
import { generateToken } from './tokens.js';

export type SessionPrincipal = 'AGENCY_MEMBER' | 'FACILITY_USER' | 'CONTRACTOR';

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

/** A new token for a session whose token is due; of two concurrent requests only one rotates (the other keeps the old token for the grace period). */
export async function rotateSession(
  executor: Executor,
  session: { sessionId: string; currentHash: string },
  options: { now: Date; ttlHours: number },
): Promise<IssuedSession | null> {
  const next = generateToken();
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3600_000);
  const updated = await executor
    .update(sessions)
    .set({ tokenHash: next.hash, previousTokenHash: session.currentHash, rotatedAt: options.now, expiresAt })
    .where(and(eq(sessions.id, session.sessionId), eq(sessions.tokenHash, session.currentHash)))
    .returning({ id: sessions.id });
  return updated.length === 1 ? { sessionId: session.sessionId, token: next.token, expiresAt } : null;
}

export async function revokeSession(executor: Executor, sessionId: string, now: Date): Promise<void> {
  await executor.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** Ends every open session of an agency member except `keep` (the one a password reset has just started). */
export async function revokeMemberSessions(executor: Executor, member: { agencyId: string; id: string }, options: { now: Date; keep: string }): Promise<void> {
  await executor
    .update(sessions)
    .set({ revokedAt: options.now })
    .where(
      and(
        eq(sessions.principalType, 'AGENCY_MEMBER'),
        eq(sessions.agencyId, member.agencyId),
        eq(sessions.principalId, member.id),
        isNull(sessions.revokedAt),
        ne(sessions.id, options.keep),
      ),
    );
}

/** The hourly job: sessions, links and rate-limit counters a day past their end go. */
export function removeExpiredSignInRecords(deps: ServerDependencies): Promise<void> {
  return asSystem(deps, 'remove_expired_sign_in_records', (access) =>
    authorize(access, 'sign-in-records:remove-expired').transaction(async ({ db }) => {
      const dayAgo = sql`now() - interval '1 day'`;
      await db.delete(sessions).where(or(lt(sessions.expiresAt, dayAgo), lt(sessions.revokedAt, dayAgo)));
      await db.delete(authTokens).where(lt(authTokens.expiresAt, dayAgo));
      await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.windowStart, dayAgo));
      await removeForgottenSignInFailures(db);
    }),
  );
}
