// Password reset for agency members: the request answers the same for everyone and mails only an
// active member, within its rate limits; the link works once, for 30 minutes, sets the new password,
// ends the member's other sessions and signs them in.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from './support/graphql-client.js';
import { linkIn, tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createTeamMember, PASSWORD, sessionClient, signedInAgencyMember } from './factories/index.js';
import { jobsSettled, outboxCount } from './support/inspect.js';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { role email agency { id } } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;
const INVITE = `mutation($e: String!) { inviteTeamMember(email: $e) }`;
const VIEWER = `{ viewer { role email } }`;
const NEW_PASSWORD = 'a-brand-new-passphrase';
const RATE_WINDOW_MS = 15 * 60_000;

type Reset = { resetPassword: { role: string; email: string; agency: { id: string } } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** Asks for a reset as the forgot-password page does and returns the token of the email that arrives. */
async function requestReset(email: string): Promise<string> {
  const before = server.inbox.to(email).length;
  expect((await server.client('agency').data<{ requestPasswordReset: boolean }>(REQUEST, { e: email })).requestPasswordReset).toBe(true);
  await expect.poll(() => server.inbox.to(email).length, { timeout: 10_000 }).toBe(before + 1);
  return tokenIn(server.inbox.to(email)[before]!);
}

async function activeMember() {
  const agency = await createAgency(server);
  return { agency, member: await createTeamMember(server, agency) };
}

/** Moves the clock to the start of a fresh rate-limit window, so a test's requests all count in one. */
function startFreshRateWindow() {
  const now = server.clock.now().getTime();
  server.clock.advance(RATE_WINDOW_MS - (now % RATE_WINDOW_MS) + 1000);
}

describe('requestPasswordReset', () => {
  it('mails an active member a 30-minute link to the reset page of the agency app', async () => {
    const { member } = await activeMember();
    await requestReset(member.email);
    const mail = server.inbox.to(member.email)[0]!;
    expect(mail.subject).toBe('Reset your Coverline password');
    expect(linkIn(mail, /https?:\/\/\S+\/agency\/reset-password\?token=\S+/)).toBeTruthy();
    expect(mail.text).toContain('expires in 30 minutes');
  });

  it('answers true and mails nothing for an unknown, an invited-only or a removed email', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const invited = `invited-only-${Date.now()}@reset.test`;
    await client.data(INVITE, { e: invited });
    await server.inbox.waitFor(invited, { subject: /invited/i });
    const removed = await createTeamMember(server, agency);
    await server.db.execute(sql`update team_members set status = 'DISABLED' where id = ${removed.id}`);
    const unknown = `nobody-${Date.now()}@reset.test`;

    for (const email of [unknown, invited, removed.email]) {
      const result = await server.client('agency').request<{ requestPasswordReset: boolean }>(REQUEST, { e: email });
      expect(result.errors).toBeUndefined();
      expect(result.data?.requestPasswordReset).toBe(true);
    }
    await jobsSettled(server);
    expect(server.inbox.to(unknown)).toHaveLength(0);
    expect(server.inbox.to(invited)).toHaveLength(1); // the invitation only
    expect(server.inbox.to(removed.email)).toHaveLength(0);
    expect(await outboxCount(server, unknown)).toBe(0);
    expect(await outboxCount(server, removed.email)).toBe(0);
  });

  it('names the email field when the email is malformed', async () => {
    const result = await server.client('agency').request(REQUEST, { e: 'rep at acme' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('finds the member whatever the case of the typed email', async () => {
    const { member } = await activeMember();
    await server.client('agency').data(REQUEST, { e: `  ${member.email.toUpperCase()} ` });
    await server.inbox.waitFor(member.email, { subject: /reset/i });
  });

  it('stops mailing after five requests for one email in 15 minutes, yet still answers true', async () => {
    startFreshRateWindow();
    const { member } = await activeMember();
    for (let i = 0; i < 6; i += 1) {
      expect((await server.client('agency').data<{ requestPasswordReset: boolean }>(REQUEST, { e: member.email })).requestPasswordReset).toBe(true);
    }
    await jobsSettled(server);
    expect(server.inbox.to(member.email)).toHaveLength(5);
    server.clock.advance(RATE_WINDOW_MS);
    await server.client('agency').data(REQUEST, { e: member.email });
    await expect.poll(() => server.inbox.to(member.email).length, { timeout: 10_000 }).toBe(6);
  });

  it('stops mailing after 30 requests from one address in 15 minutes, whatever the emails', async () => {
    startFreshRateWindow();
    const members = await Promise.all(Array.from({ length: 31 }, () => activeMember()));
    for (const { member } of members) {
      expect((await server.client('agency').data<{ requestPasswordReset: boolean }>(REQUEST, { e: member.email })).requestPasswordReset).toBe(true);
    }
    await jobsSettled(server);
    expect(members.slice(0, 30).every(({ member }) => server.inbox.to(member.email).length === 1)).toBe(true);
    expect(server.inbox.to(members[30]!.member.email)).toHaveLength(0);
    // The next window lets this address ask again.
    server.clock.advance(RATE_WINDOW_MS);
  });

  it('keeps only the latest link working when a member asks twice', async () => {
    const { member } = await activeMember();
    const first = await requestReset(member.email);
    const second = await requestReset(member.email);
    expect(errorField(await server.client('agency').request(RESET, { t: first, p: NEW_PASSWORD }))).toBe('token');
    await server.client('agency').data(RESET, { t: second, p: NEW_PASSWORD });
  });
});

describe('resetPassword', () => {
  it('sets the new password, signs the member in, and the old password stops working', async () => {
    const { agency, member } = await activeMember();
    const token = await requestReset(member.email);
    const browser = server.client('agency');
    const { resetPassword } = await browser.data<Reset>(RESET, { t: token, p: NEW_PASSWORD });
    expect(resetPassword).toEqual({ role: 'AGENCY_MEMBER', email: member.email, agency: { id: agency.id } });
    expect(browser.cookie('coverline_agency')).toBeTruthy();
    expect((await browser.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(member.email);

    expect(errorField(await server.client('agency').request(LOGIN, { e: member.email, p: PASSWORD }))).toBe('password');
    await server.client('agency').data(LOGIN, { e: member.email, p: NEW_PASSWORD });
    const rows = await server.db.execute<{ last_sign_in_at: Date | null }>(sql`select last_sign_in_at from team_members where id = ${member.id}`);
    expect(rows[0]?.last_sign_in_at).not.toBeNull();
    const audit = await server.db.execute<{ action: string }>(sql`select action from audit_log where target_id = ${member.id} order by created_at`);
    expect(audit.map((row) => row.action)).toEqual(['team_member.password_reset_request', 'team_member.password_reset', 'session.login']);
  });

  it("ends the member's other sessions", async () => {
    const { agency, member } = await activeMember();
    const stolen = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
    const loggedIn = server.client('agency');
    await loggedIn.data(LOGIN, { e: member.email, p: PASSWORD });
    const token = await requestReset(member.email);
    const resetting = server.client('agency');
    await resetting.data(RESET, { t: token, p: NEW_PASSWORD });
    for (const other of [stolen, loggedIn]) expect((await other.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    expect((await resetting.data<{ viewer: { role: string } | null }>(VIEWER)).viewer?.role).toBe('AGENCY_MEMBER');
  });

  it('refuses a short or a common password on the password field and keeps the link usable', async () => {
    const { member } = await activeMember();
    const token = await requestReset(member.email);
    const browser = server.client('agency');
    const result = await browser.request(RESET, { t: token, p: 'short' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('password');
    const common = await browser.request(RESET, { t: token, p: 'qwertyuiop123' });
    expect(errorField(common)).toBe('password');
    expect(common.errors?.[0]?.message).toMatch(/^This password is too easy to guess\. .*commonly used password/);
    expect(browser.cookie('coverline_agency')).toBeUndefined();
    await server.client('agency').data(LOGIN, { e: member.email, p: PASSWORD });
    await browser.data(RESET, { t: token, p: NEW_PASSWORD });
  });

  it('refuses an unknown token on the token field', async () => {
    const browser = server.client('agency');
    const result = await browser.request(RESET, { t: 'bm90LWEtcmVhbC1yZXNldC10b2tlbi1hdC1hbGw', p: NEW_PASSWORD });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('token');
    expect(result.errors?.[0]?.message).toMatch(/invalid, expired or already used/);
    expect(browser.cookie('coverline_agency')).toBeUndefined();
  });

  it('works only once', async () => {
    const { member } = await activeMember();
    const token = await requestReset(member.email);
    await server.client('agency').data(RESET, { t: token, p: NEW_PASSWORD });
    const again = server.client('agency');
    const result = await again.request(RESET, { t: token, p: 'yet-another-passphrase' });
    expect(errorField(result)).toBe('token');
    expect(again.cookie('coverline_agency')).toBeUndefined();
    expect(errorField(await server.client('agency').request(LOGIN, { e: member.email, p: 'yet-another-passphrase' }))).toBe('password');
  });

  it('lets exactly one of two simultaneous redemptions of a link through', async () => {
    const { member } = await activeMember();
    const token = await requestReset(member.email);
    const [a, b] = [server.client('agency'), server.client('agency')];
    const results = await Promise.all([a.request(RESET, { t: token, p: 'first-tab-passphrase' }), b.request(RESET, { t: token, p: 'second-tab-passphrase' })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorField(r) === 'token')).toHaveLength(1);
    expect([a.cookie('coverline_agency'), b.cookie('coverline_agency')].filter(Boolean)).toHaveLength(1);
    const winner = results[0]!.errors ? 'second-tab-passphrase' : 'first-tab-passphrase';
    const loser = winner === 'first-tab-passphrase' ? 'second-tab-passphrase' : 'first-tab-passphrase';
    await server.client('agency').data(LOGIN, { e: member.email, p: winner });
    expect(errorField(await server.client('agency').request(LOGIN, { e: member.email, p: loser }))).toBe('password');
  });

  // Moves the clock: keep after the tests that rely on fresh links.
  it('works for 30 minutes and not after', async () => {
    const { member } = await activeMember();
    const fresh = await requestReset(member.email);
    server.clock.advance(29 * 60_000);
    await server.client('agency').data(RESET, { t: fresh, p: NEW_PASSWORD });

    const { member: other } = await activeMember();
    const stale = await requestReset(other.email);
    server.clock.advance(31 * 60_000);
    const browser = server.client('agency');
    const result = await browser.request(RESET, { t: stale, p: NEW_PASSWORD });
    expect(errorField(result)).toBe('token');
    expect(browser.cookie('coverline_agency')).toBeUndefined();
    await server.client('agency').data(LOGIN, { e: other.email, p: PASSWORD });
  });
});
