import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facilityGrants } from '../src/db/schema.js';
import { errorCode, errorField } from './support/graphql-client.js';
import { linkIn, tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createFacility, createFacilityUser } from './factories/index.js';
import { jobsSettled, outboxCount } from './support/inspect.js';

const REQUEST = `mutation($e: String!) { requestMagicLink(email: $e) }`;
const REDEEM = `mutation($t: String!) { redeemMagicLink(token: $t) { role email facilities { id name } } }`;
const VIEWER = `{ viewer { role email facilities { id name } } }`;
const RATE_WINDOW_MS = 15 * 60_000;

type Redeemed = { redeemMagicLink: { role: string; email: string; facilities: { id: string; name: string }[] } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** A facility user with access to one facility of a fresh agency. */
async function facilityUserWithGrant() {
  const agency = await createAgency(server);
  const facility = await createFacility(server, agency);
  const user = await createFacilityUser(server, [facility]);
  return { agency, facility, user };
}

/** Asks for a link as the Compliance Hub does and returns the token from the email that arrives. */
async function requestLink(email: string): Promise<string> {
  const before = server.inbox.to(email).length;
  const result = await server.client('facility').data<{ requestMagicLink: boolean }>(REQUEST, { e: email });
  expect(result.requestMagicLink).toBe(true);
  await expect.poll(() => server.inbox.to(email).length, { timeout: 10_000 }).toBe(before + 1);
  return tokenIn(server.inbox.to(email)[before]!);
}

/** Moves the clock to the start of a fresh rate-limit window, so a test's requests all count in one. */
function startFreshRateWindow() {
  const now = server.clock.now().getTime();
  server.clock.advance(RATE_WINDOW_MS - (now % RATE_WINDOW_MS) + 1000);
}

describe('facility magic links', () => {
  it('emails a Compliance Hub sign-in link to a facility user and answers true', async () => {
    const { user } = await facilityUserWithGrant();
    const result = await server.client('facility').data<{ requestMagicLink: boolean }>(REQUEST, { e: user.email });
    expect(result.requestMagicLink).toBe(true);
    const mail = await server.inbox.waitFor(user.email);
    expect(mail.subject).toMatch(/sign-in link/i);
    expect(linkIn(mail, /https?:\/\/\S+\/facility\/sign-in\/confirm\?token=\S+/)).toBeTruthy();
  });

  it('answers true for an unknown email but sends nothing', async () => {
    const email = 'nobody-here@unknown.test';
    const result = await server.client('facility').data<{ requestMagicLink: boolean }>(REQUEST, { e: email });
    expect(result.requestMagicLink).toBe(true);
    // Waiting for the queue to drain proves the job ran and decided not to send (no guessing a delay).
    await jobsSettled(server);
    expect(server.inbox.to(email)).toHaveLength(0);
    expect(await outboxCount(server, email)).toBe(0);
  });

  it('names the email field when the email is malformed', async () => {
    const result = await server.client('facility').request(REQUEST, { e: 'manager at mercy' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('finds the user whatever the case of the typed email', async () => {
    const { user } = await facilityUserWithGrant();
    await server.client('facility').data(REQUEST, { e: `  ${user.email.toUpperCase()} ` });
    await server.inbox.waitFor(user.email);
  });

  it('signs the user in to exactly the facilities they were granted', async () => {
    const agency = await createAgency(server);
    const granted = [await createFacility(server, agency, { name: 'Mercy North' }), await createFacility(server, agency, { name: 'Mercy South' })];
    const sameAgencyOther = await createFacility(server, agency, { name: 'Mercy West' });
    const otherAgency = await createAgency(server);
    const otherAgencyFacility = await createFacility(server, otherAgency, { name: 'Globex Site' });
    const user = await createFacilityUser(server, granted);

    const token = await requestLink(user.email);
    const client = server.client('facility');
    const { redeemMagicLink } = await client.data<Redeemed>(REDEEM, { t: token });
    expect(redeemMagicLink.role).toBe('FACILITY_USER');
    expect(redeemMagicLink.email).toBe(user.email);
    expect(redeemMagicLink.facilities.map((f) => f.id).sort()).toEqual(granted.map((f) => f.id).sort());

    const { viewer } = await client.data<{ viewer: { role: string; facilities: { id: string }[] } }>(VIEWER);
    const seen = viewer.facilities.map((f) => f.id);
    expect(seen.sort()).toEqual(granted.map((f) => f.id).sort());
    expect(seen).not.toContain(sameAgencyOther.id);
    expect(seen).not.toContain(otherAgencyFacility.id);
  });

  it('refuses a link the second time it is used', async () => {
    const { user } = await facilityUserWithGrant();
    const token = await requestLink(user.email);
    await server.client('facility').data(REDEEM, { t: token });
    const again = server.client('facility');
    const second = await again.request(REDEEM, { t: token });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(errorField(second)).toBe('token');
    expect(again.cookie('coverline_facility')).toBeUndefined();
  });

  it('lets exactly one of two simultaneous redemptions of a link sign in', async () => {
    const { user } = await facilityUserWithGrant();
    const token = await requestLink(user.email);
    const [a, b] = [server.client('facility'), server.client('facility')];
    const results = await Promise.all([a.request<Redeemed>(REDEEM, { t: token }), b.request<Redeemed>(REDEEM, { t: token })]);
    const succeeded = results.filter((r) => !r.errors && r.data?.redeemMagicLink);
    const refused = results.filter((r) => errorCode(r) === 'BAD_USER_INPUT' && errorField(r) === 'token');
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect([a.cookie('coverline_facility'), b.cookie('coverline_facility')].filter(Boolean)).toHaveLength(1);
  });

  it('stores only the SHA-256 of the link token', async () => {
    const { user } = await facilityUserWithGrant();
    const token = await requestLink(user.email);
    const sha256 = createHash('sha256').update(token).digest('hex');
    const plain = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from auth_tokens where token_hash = ${token}`);
    const hashed = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from auth_tokens where token_hash = ${sha256}`);
    expect(plain[0]?.n).toBe(0);
    expect(hashed[0]?.n).toBe(1);
    const outbox = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from mail_outbox where text like ${`%${token}%`}`);
    expect(outbox[0]?.n).toBe(1);
  });

  it('sends no link to a user whose facility access was all revoked', async () => {
    const agency = await createAgency(server);
    const facilities = [await createFacility(server, agency), await createFacility(server, agency)];
    const user = await createFacilityUser(server, facilities);
    await server.db.update(facilityGrants).set({ revokedAt: new Date() }).where(eq(facilityGrants.facilityUserId, user.id));
    const result = await server.client('facility').data<{ requestMagicLink: boolean }>(REQUEST, { e: user.email });
    expect(result.requestMagicLink).toBe(true);
    await jobsSettled(server);
    expect(server.inbox.to(user.email)).toHaveLength(0);
    expect(await outboxCount(server, user.email)).toBe(0);
  });

  it('stops mailing after five requests for one email in 15 minutes, yet still answers true', async () => {
    startFreshRateWindow();
    const { user } = await facilityUserWithGrant();
    const client = server.client('facility');
    for (let i = 0; i < 6; i += 1) {
      expect((await client.data<{ requestMagicLink: boolean }>(REQUEST, { e: user.email })).requestMagicLink).toBe(true);
    }
    await jobsSettled(server);
    expect(server.inbox.to(user.email)).toHaveLength(5);
    expect(await outboxCount(server, user.email)).toBe(5);
    // A new window lets the user ask again.
    server.clock.advance(RATE_WINDOW_MS);
    await client.data(REQUEST, { e: user.email });
    await expect.poll(() => server.inbox.to(user.email).length, { timeout: 10_000 }).toBe(6);
  });

  // Moves the clock: keep after the tests that rely on fresh links.
  it('refuses a link older than 15 minutes', async () => {
    const { user } = await facilityUserWithGrant();
    const token = await requestLink(user.email);
    server.clock.advance(16 * 60_000);
    const client = server.client('facility');
    const result = await client.request(REDEEM, { t: token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('token');
    expect(client.cookie('coverline_facility')).toBeUndefined();
  });
});
