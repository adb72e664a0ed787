// The request context: the request's access (its viewer and scopes), the app it comes from, and the
// cookie controls of this response.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, type AccessOpener } from '../access/access.js';
import type { Tenant } from '../access/tenant.js';
import { APP_NAMES, sessionCookieName, type AppName, type Viewer } from '../access/viewer.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import type { ServerDependencies } from '../dependencies.js';
import { serviceUnavailable } from './errors.js';
import type { IssuedSession, SessionPrincipal } from '../modules/auth/sessions.js';
import { viewerFromApiKey, viewerFromSession } from '../modules/auth/request-viewer.js';

export type Context = {
  access: Access;
  /** The app named by the `x-coverline-app` header; it selects the session cookie. */
  app: AppName | null;
  setSessionCookie: (app: AppName, session: IssuedSession) => void;
  clearSessionCookie: (app: AppName) => void;
  /** The request's Idempotency-Key header as sent, an empty one included (Apollo's header map drops empty ones). */
  idempotencyKey: string | undefined;
  /** Whether the operation signed someone in or out (set or cleared a session cookie): such an answer is not replayed. */
  signedInOrOut: () => boolean;
};

const PRINCIPAL_OF_APP: Record<AppName, SessionPrincipal> = { agency: 'AGENCY_MEMBER', facility: 'FACILITY_USER', contractor: 'CONTRACTOR' };

/** Sets and clears the session cookie of an app on this response. */
export function sessionCookieControls(deps: ServerDependencies, reply: FastifyReply): Pick<Context, 'setSessionCookie' | 'clearSessionCookie'> {
  const secure = deps.config.secureCookies;
  return {
    setSessionCookie: (target, session) => {
      reply.setCookie(sessionCookieName(target), session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: session.expiresAt });
    },
    clearSessionCookie: (target) => {
      reply.clearCookie(sessionCookieName(target), { path: '/', httpOnly: true, sameSite: 'lax', secure });
    },
  };
}

/**
 * The access of a request as one viewer: the API key's, or the session of `app` (rotating its token
 * when due). Released by the HTTP server when the response is done.
 */
export async function requestAccess(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply, app: AppName | null): Promise<Access> {
  const reads = deps.database.openReadConnection();
  const access = (viewer: Viewer, tenant: Tenant | null = null) => new Access(deps, viewer, request.ip ?? null, request.headers['user-agent'] ?? null, reads, tenant);
  try {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) return access(await viewerFromApiKey(reads, deps, authorization.slice('Bearer '.length).trim()));
    const token = app ? request.cookies[sessionCookieName(app)] : undefined;
    if (!app || !token) return access({ kind: 'ANONYMOUS' });
    const { viewer, tenant, rotated } = await viewerFromSession(reads, deps, token, PRINCIPAL_OF_APP[app]);
    if (rotated) sessionCookieControls(deps, reply).setSessionCookie(app, rotated);
    return access(viewer, tenant);
  } catch (error) {
    // Not awaited: the connection goes back once its statement is answered, which a silent database never does.
    void reads.release();
    throw error;
  }
}

/**
 * Every viewer a download link speaks for: the API key, or each app whose session cookie it carries,
 * each signed in only when it is tried (firstFoundInScope) and released when the response is done.
 * A link opened in the browser sends no app header, so the cookies are read directly; that is safe
 * for read-only GETs (SameSite=Lax cookies, nothing changes).
 */
export function downloadAccesses(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): AccessOpener[] {
  const apps = request.headers.authorization?.startsWith('Bearer ') ? [null] : APP_NAMES.filter((app) => request.cookies[sessionCookieName(app)]);
  return apps.map((app) => async () => {
    const access = await requestAccess(deps, request, reply, app);
    onResponseDone(reply, () => access.release());
    return access;
  });
}

export async function createContext(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): Promise<Context> {
  const header = request.headers['x-coverline-app'];
  const app = APP_NAMES.find((name) => name === header) ?? null;
  // Cookies count only with the app header: a cross-site form cannot set it (CSRF).
  const access = await requestAccess(deps, request, reply, app).catch((error: unknown) => {
    throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
  });
  onResponseDone(reply, () => access.release());
  const cookies = sessionCookieControls(deps, reply);
  let signedInOrOut = false;
  const idempotencyKey = request.headers['idempotency-key'];
  return {
    access,
    app,
    idempotencyKey: Array.isArray(idempotencyKey) ? idempotencyKey.join(', ') : idempotencyKey,
    setSessionCookie: (target, session) => {
      signedInOrOut = true;
      cookies.setSessionCookie(target, session);
    },
    clearSessionCookie: (target) => {
      signedInOrOut = true;
      cookies.clearSessionCookie(target);
    },
    signedInOrOut: () => signedInOrOut,
  };
}

/**
 * Runs `release` once the response is over: sent to the end (a streamed ZIP included), or cut short
 * by a client that went away, even before the request got this far.
 */
export function onResponseDone(reply: FastifyReply, release: () => Promise<void>): void {
  const response = reply.raw;
  const run = () => void release().catch((error: unknown) => reply.log.error({ err: error }, 'releasing a request connection failed'));
  if (response.destroyed || response.writableFinished) run();
  else response.once('close', run);
}
