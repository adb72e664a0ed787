// Starts a browser session for a principal and hands its cookie to the app it belongs to.
import { appForViewerKind } from '../../access/viewer.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { Context } from '../../graphql/context.js';
import { createSession, type SessionPrincipal } from './sessions.js';

export async function startBrowserSession(
  tx: ScopedTransaction,
  ctx: Context,
  principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null },
): Promise<string> {
  const { deps } = ctx.access;
  const session = await createSession(
    tx.db,
    { ...principal, ip: ctx.access.ip, userAgent: ctx.access.userAgent },
    { now: deps.now(), ttlHours: deps.config.sessionTtlHours },
  );
  ctx.setSessionCookie(appForViewerKind(principal.principalType), session);
  return session.sessionId;
}
