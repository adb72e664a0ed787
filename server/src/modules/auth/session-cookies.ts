// Starts a browser session for a principal and hands its cookie to the app it belongs to.
import type { Executor } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { appForViewerKind } from '../../graphql/viewer.js';
import { createSession, type SessionPrincipal } from './sessions.js';

export async function startBrowserSession(
  executor: Executor,
  ctx: Context,
  principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null },
): Promise<string> {
  const session = await createSession(
    executor,
    { ...principal, ip: ctx.ip, userAgent: ctx.userAgent },
    { now: ctx.deps.now(), ttlHours: ctx.deps.config.sessionTtlHours },
  );
  ctx.setSessionCookie(appForViewerKind(principal.principalType), session);
  return session.sessionId;
}
