import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createTeamMember, PASSWORD, signedInAgencyMember } from './factories/index.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { role email name agency { name } } }`;
const VIEWER = `{ viewer { role email name agency { id name } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

describe('agency sign-in', () => {
  it('signs a member in with an HttpOnly, SameSite session cookie and shows their agency', async () => {
    const agency = await createAgency(server, { name: 'Northwind Staffing' });
    const member = await createTeamMember(server, agency, { email: 'pat@northwind.test', name: 'Pat Lee' });
    const client = server.client('agency');
    const login = await client.data<{ login: { role: string; name: string; agency: { name: string } } }>(LOGIN, { e: 'PAT@northwind.test', p: PASSWORD });
    expect(login.login).toMatchObject({ role: 'AGENCY_MEMBER', name: 'Pat Lee', agency: { name: 'Northwind Staffing' } });
    const cookie = client.lastSetCookies.find((c) => c.startsWith('coverline_agency='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const viewer = await client.data<{ viewer: { email: string } }>(VIEWER);
    expect(viewer.viewer.email).toBe(member.email);
  });

  it('refuses a wrong password and an unknown email with the same message, and sets no cookie', async () => {
    const agency = await createAgency(server);
    const member = await createTeamMember(server, agency);
    const client = server.client('agency');
    const wrongPassword = await client.request(LOGIN, { e: member.email, p: 'not-the-password' });
    const unknownEmail = await client.request(LOGIN, { e: 'nobody@nowhere.test', p: PASSWORD });
    expect(errorCode(wrongPassword)).toBe('BAD_USER_INPUT');
    expect(errorField(wrongPassword)).toBe('password');
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(client.cookie('coverline_agency')).toBeUndefined();
  });

  it('slows failed sign-ins down without locking the right password out: after five failures it waits 1, 2, 4 … seconds', async () => {
    const agency = await createAgency(server);
    const member = await createTeamMember(server, agency);
    const client = server.client('agency');
    for (let attempt = 0; attempt < 5; attempt++) expect(errorField(await client.request(LOGIN, { e: member.email, p: 'a-wrong-guess' }))).toBe('password');

    const tooSoon = await client.request(LOGIN, { e: member.email, p: PASSWORD });
    expect(errorCode(tooSoon)).toBe('BAD_USER_INPUT');
    expect(tooSoon.errors?.[0]?.message).toBe('Too many failed sign-ins for this email. Wait 1 second and try again.');
    expect(client.cookie('coverline_agency')).toBeUndefined();

    server.clock.advance(1_000);
    expect(errorField(await client.request(LOGIN, { e: member.email, p: 'a-wrong-guess' }))).toBe('password');
    expect((await client.request(LOGIN, { e: member.email, p: PASSWORD })).errors?.[0]?.message).toMatch(/Wait 2 seconds/);
    server.clock.advance(2_000);
    const afterTheWait = await client.data<{ login: { email: string } }>(LOGIN, { e: member.email, p: PASSWORD });
    expect(afterTheWait.login.email).toBe(member.email);

    // Success clears the count: the next slip is free again.
    expect(errorField(await client.request(LOGIN, { e: member.email, p: 'a-wrong-guess' }))).toBe('password');
    expect((await server.client('agency').data<{ login: { email: string } }>(LOGIN, { e: member.email, p: PASSWORD })).login.email).toBe(member.email);
  });

  it('checks only one of many racing guesses once the waits begin, and lets the owner sign in often', async () => {
    const agency = await createAgency(server);
    const member = await createTeamMember(server, agency);
    for (let signIn = 0; signIn < 12; signIn++) {
      expect((await server.client('agency').data<{ login: { email: string } }>(LOGIN, { e: member.email, p: PASSWORD })).login.email).toBe(member.email);
    }
    for (let attempt = 0; attempt < 5; attempt++) await server.client('agency').request(LOGIN, { e: member.email, p: 'a-wrong-guess' });
    server.clock.advance(1_000);
    const racing = await Promise.all(Array.from({ length: 8 }, () => server.client('agency').request(LOGIN, { e: member.email, p: 'a-wrong-guess' })));
    const checked = racing.filter((result) => result.errors?.[0]?.message === 'Email or password is incorrect.');
    expect(checked).toHaveLength(1);
    expect(racing.filter((result) => /Too many failed sign-ins/.test(result.errors?.[0]?.message ?? ''))).toHaveLength(7);
    const [record] = await server.db.execute<{ failures: number }>(sql`select failures from sign_in_failures where key = ${`login:email:${member.email}`}`);
    expect(record?.failures).toBe(6);
  });

  it('names the email field when the email is malformed', async () => {
    const result = await server.client('agency').request(LOGIN, { e: 'not-an-email', p: 'x' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('ignores the session cookie on requests that do not name the app (CSRF)', async () => {
    const { client } = await signedInAgencyMember(server);
    const token = client.cookie('coverline_agency');
    expect(token).toBeDefined();
    const bare = new (client.constructor as typeof import('./support/graphql-client.js').GraphQLClient)(server.url);
    bare.setCookie('coverline_agency', token!);
    const result = await bare.data<{ viewer: unknown }>(VIEWER);
    expect(result.viewer).toBeNull();
  });

  it('does not accept an agency session cookie in the facility or contractor app', async () => {
    const { client } = await signedInAgencyMember(server);
    for (const app of ['facility', 'contractor'] as const) {
      const other = server.client(app);
      other.setCookie(`coverline_${app}`, client.cookie('coverline_agency')!);
      expect((await other.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    }
  });

  it('ends the session on logout: the old cookie no longer signs anyone in', async () => {
    const { client } = await signedInAgencyMember(server);
    const token = client.cookie('coverline_agency')!;
    await client.data(`mutation { logout }`);
    expect(client.cookie('coverline_agency')).toBeUndefined();
    const replay = server.client('agency');
    replay.setCookie('coverline_agency', token);
    expect((await replay.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
  });

  it('refuses a logout without the app header, naming the header, and the session it could not name lives on', async () => {
    const { client } = await signedInAgencyMember(server);
    const token = client.cookie('coverline_agency')!;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `coverline_agency=${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    const result = (await response.json()) as { data: unknown; errors?: { message: string; extensions: { code: string; field: string } }[] };
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-coverline-app' });
    expect(result.errors?.[0]?.message).toMatch(/no session was ended/);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect((await client.data<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
  });

  it('rotates the session token after a while and keeps the old one valid only for a short grace period', async () => {
    const { client } = await signedInAgencyMember(server);
    const first = client.cookie('coverline_agency')!;
    server.clock.advance(20 * 60_000);
    await client.data(VIEWER);
    const second = client.cookie('coverline_agency')!;
    expect(second).not.toBe(first);
    const stale = server.client('agency');
    stale.setCookie('coverline_agency', first);
    expect((await stale.data<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
    server.clock.advance(2 * 60_000);
    const staleLater = server.client('agency');
    staleLater.setCookie('coverline_agency', first);
    expect((await staleLater.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    expect((await client.data<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
  });

  it('expires a session left idle longer than its lifetime', async () => {
    const { client } = await signedInAgencyMember(server);
    server.clock.advance(13 * 3600_000);
    expect((await client.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const { client } = await signedInAgencyMember(server);
    const token = client.cookie('coverline_agency')!;
    const rows = await server.db.execute<{ n: number }>(
      (await import('drizzle-orm')).sql`select count(*)::int as n from sessions where token_hash = ${token} or previous_token_hash = ${token}`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('the client address behind proxies of your own (TRUST_PROXY)', () => {
  /** Signs in with the given X-Forwarded-For and returns the address the audit log recorded. */
  async function recordedAddress(proxied: TestServer, forwardedFor: string): Promise<string | null> {
    const agency = await createAgency(proxied);
    const member = await createTeamMember(proxied, agency);
    const response = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: LOGIN, variables: { e: member.email, p: PASSWORD } }),
    });
    expect(response.status).toBe(200);
    const [entry] = await proxied.db.execute<{ ip: string | null }>(sql`select host(ip) as ip from audit_log where action = 'session.login' and actor_id = ${member.id}`);
    return entry?.ip ?? null;
  }

  it('takes the right-most address the proxies did not write, whatever the client puts before it', async () => {
    const oneProxy = await startTestServer({ TRUST_PROXY: 'true' });
    const twoProxies = await startTestServer({ TRUST_PROXY: '2' });
    try {
      expect(await recordedAddress(oneProxy, '203.0.113.7')).toBe('203.0.113.7');
      // A client rotating a forged left-most entry is still counted as the address the proxy saw.
      expect(await recordedAddress(oneProxy, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
      expect(await recordedAddress(oneProxy, '1.1.1.1, 9.9.9.9, 203.0.113.7')).toBe('203.0.113.7');
      // Behind a CDN and a load balancer: the CDN's own entry is trusted, the client is the one before it.
      expect(await recordedAddress(twoProxies, '6.6.6.6, 203.0.113.7, 198.51.100.20')).toBe('203.0.113.7');
    } finally {
      await oneProxy.stop();
      await twoProxies.stop();
    }
  });

  it('ignores X-Forwarded-For without TRUST_PROXY', async () => {
    expect(await recordedAddress(server, '203.0.113.7')).toBe('127.0.0.1');
  });
});
