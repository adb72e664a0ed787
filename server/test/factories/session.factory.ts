// Browser clients already signed in, by sessions made straight in the database (no login, no rate limit).
import { createSession, type SessionPrincipal } from '../../src/modules/auth/sessions.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import type { TestServer } from '../support/test-server.js';

const APP_OF: Record<SessionPrincipal, 'agency' | 'facility' | 'contractor'> = {
  AGENCY_MEMBER: 'agency',
  FACILITY_USER: 'facility',
  CONTRACTOR: 'contractor',
};

/** A new session's cookie (name and token) for `principal`. */
export async function sessionCookie(server: TestServer, principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null }) {
  const session = await createSession(server.db, { ...principal, ip: null, userAgent: null }, { now: server.clock.now(), ttlHours: server.coverline.deps.config.sessionTtlHours });
  const app = APP_OF[principal.principalType];
  return { app, name: `coverline_${app}`, token: session.token, header: `coverline_${app}=${session.token}` };
}

/** The request headers of a browser signed in as `principal` (a download link opened in a tab). */
export async function sessionHeaders(server: TestServer, principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null }) {
  return { cookie: (await sessionCookie(server, principal)).header };
}

/** A browser client already signed in as `principal`. */
export async function sessionClient(server: TestServer, principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null }): Promise<GraphQLClient> {
  const cookie = await sessionCookie(server, principal);
  const client = server.client(cookie.app);
  client.setCookie(cookie.name, cookie.token);
  return client;
}

/** A browser client signed in through the login mutation as one of the demo data's reps (rep@acme.test, rep@globex.test). */
export async function signedInDemoRep(server: TestServer, email: string): Promise<GraphQLClient> {
  const client = server.client('agency');
  await client.data('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: email, p: DEMO_PASSWORD });
  return client;
}
