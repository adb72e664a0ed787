// Link tokens found by their hash before any tenant is known (auth_tokens is a platform table):
// a contractor's link, and a facility user's one-time magic link.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { authTokens, facilityUsers } from '../../db/schema.js';

/** The contractor (and the opt-in it was sent for) a link's token names, if it still works. */
export async function findContractorLinkByHash(executor: Executor, tokenHash: string, now: Date) {
  const [link] = await executor
    .select({ agencyId: authTokens.agencyId, contractorId: authTokens.contractorId, optInId: authTokens.optInId })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, 'CONTRACTOR_LINK'), isNull(authTokens.revokedAt), gt(authTokens.expiresAt, now)));
  return link?.agencyId && link.contractorId ? { agencyId: link.agencyId, contractorId: link.contractorId, optInId: link.optInId } : null;
}

export async function insertMagicLink(executor: Executor, link: { tokenHash: string; facilityUserId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await executor.insert(authTokens).values({ ...link, purpose: 'MAGIC_LINK' });
}

/** Uses a magic link and returns its facility user (with the sign-in recorded); null for an invalid, expired or used one. */
export async function redeemMagicLinkToken(executor: Executor, tokenHash: string, now: Date) {
  // One atomic UPDATE claims the token: of two concurrent redemptions exactly one gets the row.
  const [claimed] = await executor
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, 'MAGIC_LINK'), isNull(authTokens.usedAt), isNull(authTokens.revokedAt), gt(authTokens.expiresAt, now)))
    .returning({ facilityUserId: authTokens.facilityUserId });
  if (!claimed?.facilityUserId) return null;
  const [user] = await executor.update(facilityUsers).set({ lastSignInAt: now }).where(eq(facilityUsers.id, claimed.facilityUserId)).returning();
  return user ?? null;
}
