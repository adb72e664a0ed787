import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractors } from '../src/db/schema.js';
import { issueContractorLink } from '../src/modules/auth/contractor-link.service.js';
import { errorCode, errorField } from './support/graphql-client.js';
import { jobsSettled, outboxCount } from './support/inspect.js';
import { linkIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { asPlatform, createAgency, createContractor, signedInAgencyMember, signedInMemberOf } from './factories/index.js';

const SIGN_IN = `mutation($t: String!) {
  signInWithContractorLink(token: $t) { role email agency { id name } contractor { id firstName email } }
}`;
const VIEWER = `{ viewer { role contractor { id firstName email } agency { name } } }`;
const REVOKE = `mutation($id: ID!) { revokeContractorLinks(contractorId: $id) }`;
const REQUEST_LINK = `mutation($e: String!) { requestContractorLink(email: $e) }`;
const RATE_WINDOW_MS = 15 * 60_000;
const LINK_IN_MAIL = /https?:\/\/\S+\/contractor\/t\/\S+/;

type SignedIn = {
  signInWithContractorLink: { role: string; email: string; agency: { id: string; name: string }; contractor: { id: string; firstName: string; email: string } };
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** A contractor of a fresh agency and the token of their sign-in link. */
async function contractorWithLink(agencyName?: string) {
  const agency = await createAgency(server, { name: agencyName });
  const contractor = await createContractor(server, agency, { firstName: 'Jordan' });
  const url = await asPlatform(server, (tx) => issueContractorLink(tx, server.coverline.deps, { agencyId: agency.id, contractorId: contractor.id }));
  const token = decodeURIComponent(url.split('/contractor/t/')[1] ?? '');
  return { agency, contractor, url, token };
}

/** Moves the clock to the start of a fresh rate-limit window, so a test's requests all count in one. */
function startFreshRateWindow() {
  const now = server.clock.now().getTime();
  server.clock.advance(RATE_WINDOW_MS - (now % RATE_WINDOW_MS) + 1000);
}

/** The contractor-link token in a mailed link. */
function tokenOf(url: string): string {
  return decodeURIComponent(url.split('/contractor/t/')[1] ?? '');
}

async function expectRefused(token: string) {
  const client = server.client('contractor');
  const result = await client.request(SIGN_IN, { t: token });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(errorField(result)).toBe('token');
  expect(client.cookie('coverline_contractor')).toBeUndefined();
}

describe('contractor sign-in links', () => {
  it('signs the contractor in as themselves, within their agency', async () => {
    const { agency, contractor, url, token } = await contractorWithLink('Summit Talent');
    expect(url).toMatch(/\/contractor\/t\/[A-Za-z0-9_-]{40,}$/);
    const client = server.client('contractor');
    const { signInWithContractorLink } = await client.data<SignedIn>(SIGN_IN, { t: token });
    expect(signInWithContractorLink).toEqual({
      role: 'CONTRACTOR',
      email: contractor.email,
      agency: { id: agency.id, name: 'Summit Talent' },
      contractor: { id: contractor.id, firstName: 'Jordan', email: contractor.email },
    });
    const { viewer } = await client.data<{ viewer: { role: string; contractor: { id: string }; agency: { name: string } } }>(VIEWER);
    expect(viewer).toMatchObject({ role: 'CONTRACTOR', contractor: { id: contractor.id }, agency: { name: 'Summit Talent' } });
  });

  it('works again from the same link (it is not single-use)', async () => {
    const { contractor, token } = await contractorWithLink();
    await server.client('contractor').data(SIGN_IN, { t: token });
    const second = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: token });
    expect(second.signInWithContractorLink.contractor.id).toBe(contractor.id);
  });

  it('signs in again from a browser still signed in, with more such sign-ins at once than the server has read connections', async () => {
    const { contractor, token } = await contractorWithLink();
    const signedIn = server.client('contractor');
    await signedIn.data(SIGN_IN, { t: token });
    // Seen once, the old session is recalled by the process (no lookup), and its requests must still
    // open their read connection first, as a lookup does.
    await signedIn.data(VIEWER);
    // Each request reads its old session, then the new viewer: 25 at once against 10 read connections
    // only finish if a request gives back the first connection before it takes the next.
    const again = await Promise.all(Array.from({ length: 25 }, () => signedIn.data<SignedIn>(SIGN_IN, { t: token })));
    expect(again.map((result) => result.signInWithContractorLink.contractor.id)).toEqual(Array.from({ length: 25 }, () => contractor.id));
  });

  it('refuses an unknown link', async () => {
    await expectRefused('not-a-real-contractor-link-token-0123456789');
  });

  it("refuses the link once the agency revoked the contractor's links", async () => {
    const { agency, contractor, token } = await contractorWithLink();
    const { client: member } = await signedInMemberOf(server, agency);
    expect((await member.data<{ revokeContractorLinks: number }>(REVOKE, { id: contractor.id })).revokeContractorLinks).toBe(1);
    await expectRefused(token);
  });

  it('signs out whoever already opened a revoked link (e.g. the person it was forwarded to)', async () => {
    const { agency, contractor, token } = await contractorWithLink();
    const forwardedTo = server.client('contractor');
    await forwardedTo.data(SIGN_IN, { t: token });
    const { client: member } = await signedInMemberOf(server, agency);
    await member.data(REVOKE, { id: contractor.id });
    const { viewer } = await forwardedTo.data<{ viewer: unknown }>(VIEWER);
    expect(viewer).toBeNull();
  });

  it("answers NOT_FOUND to another agency revoking this contractor's links, and the link keeps working", async () => {
    const { contractor, token } = await contractorWithLink();
    const { client: outsider } = await signedInAgencyMember(server);
    const result = await outsider.request(REVOKE, { id: contractor.id });
    expect(errorCode(result)).toBe('NOT_FOUND');
    const again = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: token });
    expect(again.signInWithContractorLink.contractor.id).toBe(contractor.id);
  });

  it("gives a signed-in contractor their own current link, which opens their opt-in form, and no one else's", async () => {
    const { contractor, url, token } = await contractorWithLink();
    const client = server.client('contractor');
    await client.data(SIGN_IN, { t: token });
    const { viewer } = await client.data<{ viewer: { contractor: { id: string; optInUrl: string | null } } }>('{ viewer { contractor { id optInUrl } } }');
    expect(viewer.contractor).toEqual({ id: contractor.id, optInUrl: url });
    const other = await contractorWithLink();
    const result = await client.request('query($id: ID!) { contractor(id: $id) { optInUrl } }', { id: other.contractor.id });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('does not let a signed-in contractor see the agency team', async () => {
    const { token } = await contractorWithLink();
    const client = server.client('contractor');
    await client.data(SIGN_IN, { t: token });
    const result = await client.request(`{ teamMembers { email } }`);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data?.teamMembers ?? null).toBeNull();
  });

  // Moves the clock 61 days: keep it last.
  it('refuses the link after its 60 days', async () => {
    const { token } = await contractorWithLink();
    await server.client('contractor').data(SIGN_IN, { t: token });
    server.clock.advance(61 * 24 * 3600_000);
    await expectRefused(token);
  });
});

describe('a signed-out contractor asking for their link by email', () => {
  it('mails a known contractor their working link, whatever the case of the typed address, and the link signs them in', async () => {
    const { contractor, url } = await contractorWithLink('Harbor Staffing');
    const result = await server.client('contractor').data<{ requestContractorLink: boolean }>(REQUEST_LINK, { e: `  ${contractor.email.toUpperCase()} ` });
    expect(result.requestContractorLink).toBe(true);
    const mail = await server.inbox.waitFor(contractor.email);
    expect(mail.subject).toBe('Your Coverline coverage link from Harbor Staffing');
    // The link that already works, not a new one: what the agency shows stays the contractor's link.
    expect(linkIn(mail, LINK_IN_MAIL)).toBe(url);
    const { signInWithContractorLink } = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: tokenOf(url) });
    expect(signInWithContractorLink.contractor.id).toBe(contractor.id);
  });

  it('answers an unknown address exactly as a known one, and mails only the known one', async () => {
    startFreshRateWindow();
    const { contractor } = await contractorWithLink();
    const unknown = `nobody.${contractor.id}@unknown.test`;
    const known = await server.client('contractor').exchange(REQUEST_LINK, { e: contractor.email });
    const stranger = await server.client('contractor').exchange(REQUEST_LINK, { e: unknown });
    expect(stranger.body).toBe(known.body);
    expect(stranger.result.status).toBe(known.result.status);
    // Waiting for the queue to drain proves both jobs ran and one decided not to send.
    await jobsSettled(server);
    expect(await outboxCount(server, contractor.email)).toBe(1);
    expect(server.inbox.to(unknown)).toHaveLength(0);
    expect(await outboxCount(server, unknown)).toBe(0);
  });

  it('mails one link per agency that placed the contractor, none from an agency that archived them, and never to whoever asked', async () => {
    startFreshRateWindow();
    const email = `shared.${Date.now()}@example.com`;
    const [first, second, archiving] = [await createAgency(server, { name: 'North Crew' }), await createAgency(server, { name: 'South Crew' }), await createAgency(server, { name: 'West Crew' })];
    const inFirst = await createContractor(server, first, { email });
    await createContractor(server, second, { email });
    const archived = await createContractor(server, archiving, { email });
    await server.db.update(contractors).set({ archivedAt: new Date() }).where(eq(contractors.id, archived.id));
    // A contractor signed in elsewhere asking for this address learns nothing and gets nothing.
    const { token: askerToken, contractor: asker } = await contractorWithLink();
    const askerClient = server.client('contractor');
    await askerClient.data(SIGN_IN, { t: askerToken });
    expect((await askerClient.data<{ requestContractorLink: boolean }>(REQUEST_LINK, { e: email })).requestContractorLink).toBe(true);
    await expect.poll(() => server.inbox.to(email).length, { timeout: 10_000 }).toBe(2);
    await jobsSettled(server);
    const mails = server.inbox.to(email);
    expect(mails.map((mail) => mail.subject).sort()).toEqual(['Your Coverline coverage link from North Crew', 'Your Coverline coverage link from South Crew']);
    expect(server.inbox.to(asker.email)).toHaveLength(0);
    const northLink = mails.find((mail) => mail.subject.endsWith('North Crew'));
    const { signInWithContractorLink } = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: tokenOf(linkIn(northLink!, LINK_IN_MAIL)) });
    expect(signInWithContractorLink.contractor.id).toBe(inFirst.id);
  });

  it("issues a new link when the agency revoked the contractor's links, and the revoked one stays refused", async () => {
    startFreshRateWindow();
    const { agency, contractor, token } = await contractorWithLink();
    const { client: member } = await signedInMemberOf(server, agency);
    await member.data(REVOKE, { id: contractor.id });
    await server.client('contractor').data(REQUEST_LINK, { e: contractor.email });
    const fresh = tokenOf(linkIn(await server.inbox.waitFor(contractor.email), LINK_IN_MAIL));
    expect(fresh).not.toBe(token);
    const { signInWithContractorLink } = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: fresh });
    expect(signInWithContractorLink.contractor.id).toBe(contractor.id);
    await expectRefused(token);
  });

  it('names the email field when the address is malformed, and sends nothing', async () => {
    const { contractor } = await contractorWithLink();
    const result = await server.client('contractor').request(REQUEST_LINK, { e: `${contractor.email} and more` });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
    await jobsSettled(server);
    expect(await outboxCount(server, contractor.email)).toBe(0);
  });

  it('stops mailing after five requests for one address in 15 minutes, yet answers true, until the next window', async () => {
    startFreshRateWindow();
    const { contractor } = await contractorWithLink();
    const client = server.client('contractor');
    for (let i = 0; i < 6; i += 1) {
      expect((await client.data<{ requestContractorLink: boolean }>(REQUEST_LINK, { e: contractor.email })).requestContractorLink).toBe(true);
    }
    await jobsSettled(server);
    expect(await outboxCount(server, contractor.email)).toBe(5);
    server.clock.advance(RATE_WINDOW_MS);
    await client.data(REQUEST_LINK, { e: contractor.email });
    await jobsSettled(server);
    expect(await outboxCount(server, contractor.email)).toBe(6);
  });

  it('stops mailing after 30 requests from one network address in 15 minutes, whatever the addresses asked for', async () => {
    startFreshRateWindow();
    const { contractor } = await contractorWithLink();
    const client = server.client('contractor');
    for (let i = 0; i < 30; i += 1) await client.data(REQUEST_LINK, { e: `probe${i}.${contractor.id}@unknown.test` });
    expect((await client.data<{ requestContractorLink: boolean }>(REQUEST_LINK, { e: contractor.email })).requestContractorLink).toBe(true);
    await jobsSettled(server);
    expect(await outboxCount(server, contractor.email)).toBe(0);
  });
});
