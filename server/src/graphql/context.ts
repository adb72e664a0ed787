// The request context: who is asking (viewer), the dependencies, and the cookie controls of this request.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, isNull } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import type { ServerDependencies } from '../dependencies.js';
import { apiKeys, contractors, facilityUsers, teamMembers } from '../db/schema.js';
import { resolveSession, type IssuedSession } from '../modules/auth/sessions.js';
import { hashToken } from '../modules/auth/tokens.js';
import { APP_NAMES, sessionCookieName, type AppName, type Viewer } from './viewer.js';

export type Context = {
  deps: ServerDependencies;
  viewer: Viewer;
  /** The app named by the `x-coverline-app` header; it selects the session cookie. */
  app: AppName | null;
  ip: string | null;
  userAgent: string | null;
  setSessionCookie: (app: AppName, session: IssuedSession) => void;
  clearSessionCookie: (app: AppName) => void;
};

export async function createContext(deps: ServerDependencies, request: FastifyRequest, reply: FastifyReply): Promise<Context> {
  const header = request.headers['x-coverline-app'];
  const app = APP_NAMES.find((name) => name === header) ?? null;
  const { setSessionCookie, clearSessionCookie } = sessionCookieControls(deps, reply);
  const viewer = await resolveViewer(deps, request, app, setSessionCookie);
  return {
    deps,
    viewer,
    app,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    setSessionCookie,
    clearSessionCookie,
  };
}

/** Sets and clears the session cookie of an app on this response. */
export function sessionCookieControls(deps: ServerDependencies, reply: FastifyReply): Pick<Context, 'setSessionCookie' | 'clearSessionCookie'> {
  const secure = deps.config.publicUrl.startsWith('https://');
  return {
    setSessionCookie: (target, session) => {
      reply.setCookie(sessionCookieName(target), session.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: session.expiresAt });
    },
    clearSessionCookie: (target) => {
      reply.clearCookie(sessionCookieName(target), { path: '/', httpOnly: true, sameSite: 'lax', secure });
    },
  };
}

async function resolveViewer(
  deps: ServerDependencies,
  request: FastifyRequest,
  app: AppName | null,
  setSessionCookie: Context['setSessionCookie'],
): Promise<Viewer> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return viewerFromApiKey(deps, authorization.slice('Bearer '.length).trim());
  // Cookies count only with the app header: a cross-site form cannot set it (CSRF).
  if (!app) return { kind: 'ANONYMOUS' };
  return viewerFromSessionCookie(deps, request, app, setSessionCookie);
}

/**
 * The viewer signed in to `app` by its session cookie (rotating the token when due). Without the
 * app header check: only for safe, read-only GET routes such as a certificate download.
 */
export async function viewerFromSessionCookie(
  deps: ServerDependencies,
  request: FastifyRequest,
  app: AppName,
  setSessionCookie: Context['setSessionCookie'],
): Promise<Viewer> {
  const token = request.cookies[sessionCookieName(app)];
  if (!token) return { kind: 'ANONYMOUS' };
  const session = await resolveSession(deps.db, token, { now: deps.now(), ttlHours: deps.config.sessionTtlHours });
  if (!session) return { kind: 'ANONYMOUS' };
  const expected = app === 'agency' ? 'AGENCY_MEMBER' : app === 'facility' ? 'FACILITY_USER' : 'CONTRACTOR';
  if (session.principalType !== expected) return { kind: 'ANONYMOUS' };
  const viewer = await loadSessionViewer(deps, session.principalType, session.principalId, session.agencyId, session.sessionId);
  if (viewer.kind !== 'ANONYMOUS' && session.rotated) setSessionCookie(app, session.rotated);
  return viewer;
}

async function loadSessionViewer(
  deps: ServerDependencies,
  principalType: 'AGENCY_MEMBER' | 'FACILITY_USER' | 'CONTRACTOR',
  principalId: string,
  agencyId: string | null,
  sessionId: string,
): Promise<Viewer> {
  if (principalType === 'AGENCY_MEMBER' && agencyId) {
    const member = await deps.db.query.teamMembers.findFirst({
      where: and(eq(teamMembers.agencyId, agencyId), eq(teamMembers.id, principalId), eq(teamMembers.status, 'ACTIVE')),
    });
    if (!member) return { kind: 'ANONYMOUS' };
    return { kind: 'AGENCY_MEMBER', agencyId, teamMemberId: member.id, email: member.email, name: member.name ?? member.email, sessionId };
  }
  if (principalType === 'FACILITY_USER') {
    const user = await deps.db.query.facilityUsers.findFirst({ where: eq(facilityUsers.id, principalId) });
    if (!user) return { kind: 'ANONYMOUS' };
    return { kind: 'FACILITY_USER', facilityUserId: user.id, email: user.email, name: user.name ?? user.email, sessionId };
  }
  if (principalType === 'CONTRACTOR' && agencyId) {
    const contractor = await deps.db.query.contractors.findFirst({
      where: and(eq(contractors.agencyId, agencyId), eq(contractors.id, principalId)),
    });
    if (!contractor) return { kind: 'ANONYMOUS' };
    const name = `${contractor.firstName} ${contractor.lastName}`;
    return { kind: 'CONTRACTOR', agencyId, contractorId: contractor.id, email: contractor.email, name, sessionId };
  }
  return { kind: 'ANONYMOUS' };
}

export async function viewerFromApiKey(deps: ServerDependencies, key: string): Promise<Viewer> {
  const hash = hashToken(key);
  const operatorKey = deps.config.operatorApiKey;
  if (operatorKey && timingSafeEqual(Buffer.from(hashToken(operatorKey), 'hex'), Buffer.from(hash, 'hex'))) {
    return { kind: 'OPERATOR', apiKeyId: null, name: 'Operator' };
  }
  const [row] = await deps.db
    .update(apiKeys)
    .set({ lastUsedAt: deps.now() })
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    .returning();
  if (!row) return { kind: 'ANONYMOUS' };
  if (row.agencyId === null) return { kind: 'OPERATOR', apiKeyId: row.id, name: row.name };
  return { kind: 'AGENCY_API_KEY', agencyId: row.agencyId, apiKeyId: row.id, name: row.name };
}
