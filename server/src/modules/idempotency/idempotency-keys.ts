// Idempotency keys: the first answer to a mutation sent with an `Idempotency-Key` header, kept per
// viewer for 24 hours and replayed for a repeat (API.md, "Integrations"; docs/decisions/0021).
// A platform table: a key is claimed before the request's operation runs, keyed by who sent it.
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '@coverline/domain';
import canonicalize from 'canonicalize';
import { and, eq, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Viewer } from '../../access/viewer.js';
import type { Executor } from '../../db/client.js';
import { idempotencyKeys } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';

const RETENTION_MS = IDEMPOTENCY_KEY_RETENTION_HOURS * 3600_000;
/**
 * A claim this old without an answer belongs to a process that died mid-request (a crash, a
 * deploy): a repeat may take it over. Far longer than any mutation runs, a 20 MB import included.
 */
export const ABANDONED_CLAIM_MS = 5 * 60_000;

/** The principal a key belongs to: a signed-in viewer, or null (signing in is not idempotent by key). */
export function viewerKeyOf(viewer: Viewer): string | null {
  switch (viewer.kind) {
    case 'AGENCY_MEMBER':
      return `AGENCY_MEMBER:${viewer.teamMemberId}`;
    case 'AGENCY_API_KEY':
      return `API_KEY:${viewer.apiKeyId}`;
    case 'OPERATOR':
      // The configured operator key has no row of its own.
      return viewer.apiKeyId ? `API_KEY:${viewer.apiKeyId}` : 'OPERATOR';
    case 'FACILITY_USER':
      return `FACILITY_USER:${viewer.facilityUserId}`;
    case 'CONTRACTOR':
      return `CONTRACTOR:${viewer.contractorId}`;
    case 'SYSTEM':
    case 'ANONYMOUS':
      return null;
  }
}

export type GraphQLRequestBody = { query: string; operationName: string | null; variables: Record<string, unknown> };

/** SHA-256 of the request as canonical JSON (RFC 8785): the order of keys in the variables does not matter. */
export function requestHashOf(request: GraphQLRequestBody): string {
  return createHash('sha256')
    .update(canonicalize(request) ?? '')
    .digest('hex');
}

export type Claim = { viewerKey: string; key: string; requestHash: string; claimedAt: Date };
export type StoredAnswer = { body: string; status: number };

export type ClaimOutcome =
  | { kind: 'CLAIMED'; claim: Claim }
  | { kind: 'ANSWERED'; answer: StoredAnswer }
  /** Another request with this key and body is running (or has just given the key back). */
  | { kind: 'RUNNING' }
  /** The first request's writes committed, but its process died before it kept the answer: it must not run again. */
  | { kind: 'ANSWER_LOST' }
  | { kind: 'REUSED' };

/**
 * Claims `key` for this request, or says why not. The insert takes an absent key, and takes over an
 * expired one or one abandoned mid-request before anything of it committed (`completed_at` is the
 * commit mark, see committedMark): of racing requests exactly one gets a row back.
 */
export async function claimKey(db: Executor, request: Omit<Claim, 'claimedAt'>, now: Date): Promise<ClaimOutcome> {
  const claim = { ...request, claimedAt: now };
  const claimed = await db
    .insert(idempotencyKeys)
    .values({ viewerKey: claim.viewerKey, key: claim.key, requestHash: claim.requestHash, createdAt: now })
    .onConflictDoUpdate({
      target: [idempotencyKeys.viewerKey, idempotencyKeys.key],
      set: { requestHash: claim.requestHash, createdAt: now, response: null, responseStatus: null, completedAt: null },
      setWhere: or(
        lte(idempotencyKeys.createdAt, new Date(now.getTime() - RETENTION_MS)),
        and(isNull(idempotencyKeys.completedAt), lte(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_CLAIM_MS))),
      ),
    })
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 1) return { kind: 'CLAIMED', claim };

  const [held] = await db
    .select({
      requestHash: idempotencyKeys.requestHash,
      body: sql<string | null>`${idempotencyKeys.response} #>> '{}'`,
      status: idempotencyKeys.responseStatus,
      committed: sql<boolean>`${idempotencyKeys.completedAt} is not null`,
      abandoned: sql<boolean>`${idempotencyKeys.createdAt} <= ${new Date(now.getTime() - ABANDONED_CLAIM_MS).toISOString()}`,
    })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.viewerKey, claim.viewerKey), eq(idempotencyKeys.key, claim.key)));
  if (!held) return { kind: 'RUNNING' };
  if (held.requestHash !== claim.requestHash) return { kind: 'REUSED' };
  if (held.body !== null && held.status !== null) return { kind: 'ANSWERED', answer: { body: held.body, status: held.status } };
  // Committed and unanswered: the answer is on its way, unless the claim is as old as an abandoned one.
  return held.committed && held.abandoned ? { kind: 'ANSWER_LOST' } : { kind: 'RUNNING' };
}

/** This request's claim, not yet answered (a later claim of the key is another request's). */
const heldBy = (claim: Claim) =>
  and(eq(idempotencyKeys.viewerKey, claim.viewerKey), eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.createdAt, claim.claimedAt), isNull(idempotencyKeys.response));

/**
 * The statement each transaction of the claiming request also runs (Access.markEveryTransaction):
 * it sets `completed_at`, so the claim says "its writes committed" exactly when they did. A process
 * that dies before it keeps the answer then leaves a claim no repeat may take over and run again.
 */
export function committedMark(claim: Claim, now: Date): SQL {
  return sql`update ${idempotencyKeys} set completed_at = ${now.toISOString()} where ${heldBy(claim)}`;
}

/**
 * Keeps the answer of a claimed key. The body is kept as the JSON text that was sent, in a jsonb
 * string: a jsonb object would reorder its keys, and a GraphQL answer lists fields in the order asked.
 */
export async function recordAnswer(db: Executor, claim: Claim, answer: StoredAnswer, now: Date): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ response: sql`to_jsonb(${answer.body}::text)`, responseStatus: answer.status, completedAt: now })
    .where(heldBy(claim));
}

/** Gives a claimed key back unanswered, so that a retry runs. */
export async function releaseKey(db: Executor, claim: Claim): Promise<void> {
  await db.delete(idempotencyKeys).where(heldBy(claim));
}

/** The hourly job: keys past their 24 hours go (a claim already treats them as absent). */
export function removeExpiredIdempotencyKeys(deps: ServerDependencies): Promise<void> {
  return asSystem(deps, 'remove_expired_idempotency_keys', (access) =>
    authorize(access, 'idempotency-keys:remove-expired').transaction(async ({ db }) => {
      await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(deps.now().getTime() - RETENTION_MS)));
    }),
  );
}
