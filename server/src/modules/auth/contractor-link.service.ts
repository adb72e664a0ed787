// Contractors have no account: a long-lived, revocable link in their email signs them in.
// The token is an HMAC of the link's id under SECRET_KEY: only its hash is stored, yet the agency
// can show the contractor's current link again ("Contractor.optInUrl").
import { createHmac, randomUUID } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { authTokens, contractors, sessions } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import type { Viewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { startBrowserSession } from './session-cookies.js';
import { hashToken } from './tokens.js';

export const CONTRACTOR_LINK_DAYS = 60;

function contractorLinkToken(deps: ServerDependencies, linkId: string): string {
  return createHmac('sha256', deps.config.secretKey).update(`contractor-link:${linkId}`).digest('base64url');
}

function contractorLinkUrl(deps: ServerDependencies, linkId: string): string {
  return `${deps.config.publicUrl}/contractor/t/${encodeURIComponent(contractorLinkToken(deps, linkId))}`;
}

export async function issueContractorLink(
  executor: Executor,
  deps: ServerDependencies,
  subject: { agencyId: string; contractorId: string; optInId?: string | null },
): Promise<string> {
  const id = randomUUID();
  await executor.insert(authTokens).values({
    id,
    tokenHash: hashToken(contractorLinkToken(deps, id)),
    purpose: 'CONTRACTOR_LINK',
    agencyId: subject.agencyId,
    contractorId: subject.contractorId,
    optInId: subject.optInId ?? null,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + CONTRACTOR_LINK_DAYS * 86_400_000),
  });
  return contractorLinkUrl(deps, id);
}

/** The contractor's newest link that still works, or null. */
export async function currentContractorLink(
  executor: Executor,
  deps: ServerDependencies,
  subject: { agencyId: string; contractorId: string },
): Promise<{ url: string; optInId: string | null } | null> {
  const [link] = await executor
    .select({ id: authTokens.id, optInId: authTokens.optInId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.agencyId, subject.agencyId),
        eq(authTokens.contractorId, subject.contractorId),
        eq(authTokens.purpose, 'CONTRACTOR_LINK'),
        isNull(authTokens.revokedAt),
        gt(authTokens.expiresAt, deps.now()),
      ),
    )
    .orderBy(desc(authTokens.createdAt))
    .limit(1);
  return link ? { url: contractorLinkUrl(deps, link.id), optInId: link.optInId } : null;
}

/** The link row a token names, if it still works: its contractor and the opt-in it was sent for. */
export async function findContractorLink(executor: Executor, deps: ServerDependencies, token: string) {
  const [link] = await executor
    .select({ agencyId: authTokens.agencyId, contractorId: authTokens.contractorId, optInId: authTokens.optInId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, 'CONTRACTOR_LINK'),
        isNull(authTokens.revokedAt),
        gt(authTokens.expiresAt, deps.now()),
      ),
    );
  return link?.agencyId && link.contractorId ? { agencyId: link.agencyId, contractorId: link.contractorId, optInId: link.optInId } : null;
}

export async function signInWithContractorLink(ctx: Context, token: string): Promise<Viewer> {
  const { db, now } = ctx.deps;
  const [link] = await db
    .select({ contractor: contractors })
    .from(authTokens)
    .innerJoin(contractors, and(eq(contractors.agencyId, authTokens.agencyId), eq(contractors.id, authTokens.contractorId)))
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, 'CONTRACTOR_LINK'),
        isNull(authTokens.revokedAt),
        gt(authTokens.expiresAt, now()),
      ),
    );
  if (!link) throw badUserInput('token', 'This link is invalid or has expired.');
  const { contractor } = link;
  return db.transaction(async (tx) => {
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
    const viewer: Viewer = {
      kind: 'CONTRACTOR',
      agencyId: contractor.agencyId,
      contractorId: contractor.id,
      email: contractor.email,
      name: `${contractor.firstName} ${contractor.lastName}`,
      sessionId,
    };
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'session.contractor_link', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id });
    return viewer;
  });
}

/**
 * Revokes every link of a contractor, e.g. when one was forwarded to the wrong person, and ends the
 * sessions those links opened: whoever already followed a forwarded link must not stay signed in.
 */
export async function revokeContractorLinks(executor: Executor, subject: { agencyId: string; contractorId: string }, now: Date): Promise<number> {
  await executor
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.principalType, 'CONTRACTOR'),
        eq(sessions.agencyId, subject.agencyId),
        eq(sessions.principalId, subject.contractorId),
        isNull(sessions.revokedAt),
      ),
    );
  const revoked = await executor
    .update(authTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(authTokens.agencyId, subject.agencyId),
        eq(authTokens.contractorId, subject.contractorId),
        eq(authTokens.purpose, 'CONTRACTOR_LINK'),
        isNull(authTokens.revokedAt),
      ),
    )
    .returning({ id: authTokens.id });
  return revoked.length;
}
