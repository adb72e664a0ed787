// Contractors have no account: a long-lived, revocable link in their email signs them in.
// The token is an HMAC of the link's id under SECRET_KEY: only its hash is stored, yet the agency
// can show the contractor's current link again ("Contractor.optInUrl"). Whoever holds a working link
// acts as its contractor, in the contractor's scope.
import { createHmac, randomUUID } from 'node:crypto';
import { contractorLinkRequestSchema } from '@coverline/domain';
import { asSystem, type Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Scope, ScopedTransaction } from '../../access/scope.js';
import { SYSTEM_ACTOR, type Viewer } from '../../access/viewer.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { contractorLinkMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { describeSignedIn, type ViewerSource } from '../viewer/viewer.service.js';
import { requestEmailedLink } from './emailed-link-request.js';
import { startBrowserSession } from './session-cookies.js';
import { findContractorLinkByHash } from './sign-in-tokens.js';
import { hashToken } from './tokens.js';

export const CONTRACTOR_LINK_DAYS = 60;

function contractorLinkToken(deps: ServerDependencies, linkId: string): string {
  return createHmac('sha256', deps.config.secretKey).update(`contractor-link:${linkId}`).digest('base64url');
}

export function contractorLinkUrl(deps: ServerDependencies, linkId: string): string {
  return `${deps.config.publicUrl}/contractor/t/${encodeURIComponent(contractorLinkToken(deps, linkId))}`;
}

export async function issueContractorLink(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  subject: { agencyId: string; contractorId: string; optInId?: string | null },
): Promise<string> {
  const id = randomUUID();
  await tx.stores.contractorLinks.issue({
    id,
    tokenHash: hashToken(contractorLinkToken(deps, id)),
    agencyId: subject.agencyId,
    contractorId: subject.contractorId,
    optInId: subject.optInId ?? null,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + CONTRACTOR_LINK_DAYS * 86_400_000),
  });
  return contractorLinkUrl(deps, id);
}

/** The contractor's newest link that still works, or a new one (for this opt-in, if any). */
export async function contractorLinkFor(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  subject: { agencyId: string; contractorId: string; optInId?: string | null },
): Promise<string> {
  const link = await tx.stores.contractorLinks.currentFor(subject.contractorId);
  return link ? contractorLinkUrl(deps, link.id) : issueContractorLink(tx, deps, subject);
}

/**
 * Issues a link to every contractor who has an open opt-in but no working link (never issued, as in
 * data loaded in bulk; expired; revoked), so the agency always has one to share. Returns how many.
 */
export async function issueMissingOptInLinks(tx: ScopedTransaction, deps: ServerDependencies): Promise<number> {
  const missing = await tx.stores.optIns.openWithoutLink(deps.now());
  for (const subject of missing) await issueContractorLink(tx, deps, subject);
  return missing.length;
}

/** The hourly job: links for open opt-ins whose contractor's link expired (or none was issued). */
export function issueMissingOptInLinksForAll(deps: ServerDependencies): Promise<number> {
  return asSystem(deps, 'issue_missing_opt_in_links', (access) => authorize(access, 'contractor-link:issue-missing').transaction((tx) => issueMissingOptInLinks(tx, deps)));
}

/**
 * A signed-out contractor asks for their link: always true, the same work whether or not the address
 * is a contractor's, and rate-limited per address and per network address (emailed-link-request.ts).
 */
export async function requestContractorLink(ctx: Context, input: { email: string }): Promise<boolean> {
  const scope = authorize(ctx.access, 'session:sign-in');
  const { email } = parseInput(contractorLinkRequestSchema, input);
  await requestEmailedLink(ctx, scope, 'contractor-link', email);
  return true;
}

/**
 * The `send_contractor_link` job: each contractor with this address (one per agency that placed them,
 * archived ones left out) is mailed their working link, or a new one when theirs expired or was revoked.
 */
export function sendContractorLinks(deps: ServerDependencies, email: string): Promise<void> {
  return asSystem(deps, 'send_contractor_link', async (access) => {
    const found = await authorize(access, 'contractor-link:send').stores.contractors.activeWithEmail(email);
    for (const contractor of found) {
      await access.scopeFor({ kind: 'AGENCY', agencyId: contractor.agencyId }, SYSTEM_ACTOR).transaction(async (tx) => {
        const agency = await tx.stores.agencies.byId(contractor.agencyId);
        if (!agency) throw new Error(`contractor ${contractor.id} of a missing agency`);
        const url = await contractorLinkFor(tx, deps, { agencyId: contractor.agencyId, contractorId: contractor.id });
        await enqueueMail(tx.db, {
          to: contractor.email,
          agencyId: contractor.agencyId,
          ...contractorLinkMail({ firstName: contractor.firstName, agencyName: agency.name, url, expiresInDays: CONTRACTOR_LINK_DAYS, language: contractor.preferredLanguage }),
        });
        await recordAudit(tx, { action: 'contractor_link.email_request', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id });
      });
    }
  });
}

export type ContractorLink = { agencyId: string; contractorId: string; optInId: string | null };

/**
 * The contractor a link's token names, and their scope (acting as them), if the link still works.
 * The token is the credential: it is found on the platform table before any tenant is known.
 */
export async function contractorScopeForLink(access: Access, token: string): Promise<{ link: ContractorLink; scope: Scope } | null> {
  const link = await findContractorLinkByHash(access.deps.database.unscoped, hashToken(token), access.deps.now());
  if (!link) return null;
  const scope = access.scopeFor({ kind: 'CONTRACTOR', agencyId: link.agencyId, contractorId: link.contractorId }, { actorType: 'CONTRACTOR', actorId: link.contractorId });
  return { link, scope };
}

export async function signInWithContractorLink(ctx: Context, token: string): Promise<ViewerSource> {
  authorize(ctx.access, 'session:sign-in');
  const found = await contractorScopeForLink(ctx.access, token);
  if (!found) throw badUserInput('token', 'This link is invalid or has expired.');
  const { link, scope } = found;
  const viewer = await scope.transaction(async (tx): Promise<Viewer> => {
    const contractor = await tx.stores.contractors.byId(link.contractorId);
    if (!contractor) throw badUserInput('token', 'This link is invalid or has expired.');
    const sessionId = await startBrowserSession(tx, ctx, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
    await recordAudit(tx, { action: 'session.contractor_link', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id });
    return { kind: 'CONTRACTOR', agencyId: contractor.agencyId, contractorId: contractor.id, sessionId };
  });
  return describeSignedIn(ctx.access, viewer);
}
