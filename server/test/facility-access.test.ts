import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from './support/graphql-client.js';
import { linkIn, tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createFacility, signedInContractor, signedInFacilityUser, signedInMemberOf } from './factories/index.js';
import { findFacilityUser, jobsSettled, outboxCount } from './support/inspect.js';

const INVITE = `mutation($f: ID!, $e: String!) { inviteFacilityUser(facilityId: $f, email: $e) }`;
const INVITE_TEAM = `mutation($e: String!, $f: [ID!]!) { inviteFacilityTeamMember(email: $e, facilityIds: $f) }`;
const TEAM = `query($f: ID!) { facilityTeam(facilityId: $f, first: 200) { edges { node { id email isViewer grantedAt } } } }`;
const REVOKE = `mutation($f: ID!, $u: ID!) { revokeFacilityAccess(facilityId: $f, facilityUserId: $u) }`;
type Team = { facilityTeam: { edges: { node: { id: string; email: string; isViewer: boolean } }[] } };
const REDEEM = `mutation($t: String!) { redeemMagicLink(token: $t) { role email facilities { id name } } }`;

type Redeemed = { redeemMagicLink: { role: string; email: string; facilities: { id: string; name: string }[] } };

let server: TestServer;
let sequence = 0;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

const newEmail = (who = 'guest') => `${who}${++sequence}@hospital.test`;

/** Signs in from the link of the access email most recently received by `email`; returns the facilities shown. */
async function signInFromLatestMail(email: string) {
  const mails = server.inbox.to(email);
  const mail = mails[mails.length - 1]!;
  const { redeemMagicLink } = await server.client('facility').data<Redeemed>(REDEEM, { t: tokenIn(mail) });
  expect(redeemMagicLink.role).toBe('FACILITY_USER');
  return redeemMagicLink.facilities;
}

async function expectNothingSentTo(email: string) {
  await jobsSettled(server);
  expect(server.inbox.to(email)).toHaveLength(0);
  expect(await outboxCount(server, email)).toBe(0);
  expect(await findFacilityUser(server, email)).toBeUndefined();
}

describe('facility access invitations', () => {
  it("an agency member gives a person access to one of the agency's facilities: an email with a sign-in link arrives", async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency, { name: 'Mercy General' });
    await createFacility(server, agency, { name: 'Mercy East' });
    const { client } = await signedInMemberOf(server, agency);
    const email = newEmail('compliance');

    expect((await client.data<{ inviteFacilityUser: boolean }>(INVITE, { f: facility.id, e: email })).inviteFacilityUser).toBe(true);
    const mail = await server.inbox.waitFor(email);
    expect(mail.subject).toContain('Mercy General');
    linkIn(mail, /\/facility\/sign-in\/confirm\?token=/);
    expect(await signInFromLatestMail(email)).toEqual([expect.objectContaining({ id: facility.id, name: 'Mercy General' })]);
  });

  it('a facility user invites a colleague to one of their facilities, and the colleague sees exactly that facility', async () => {
    const agency = await createAgency(server);
    const [north, south] = [await createFacility(server, agency, { name: 'North Campus' }), await createFacility(server, agency, { name: 'South Campus' })];
    const { client } = await signedInFacilityUser(server, [north, south]);
    const colleague = newEmail('colleague');

    await client.data(INVITE, { f: south.id, e: colleague });
    const mail = await server.inbox.waitFor(colleague);
    expect(mail.subject).toContain('South Campus');
    expect((await signInFromLatestMail(colleague)).map((f) => f.id)).toEqual([south.id]);
  });

  it('adds a facility to the access a person already has', async () => {
    const agency = await createAgency(server);
    const [first, second] = [await createFacility(server, agency, { name: 'Alpha Site' }), await createFacility(server, agency, { name: 'Beta Site' })];
    const { client } = await signedInMemberOf(server, agency);
    const email = newEmail('manager');
    await client.data(INVITE, { f: first.id, e: email });
    await server.inbox.waitFor(email, { subject: /Alpha Site/ });
    await client.data(INVITE, { f: second.id, e: email.toUpperCase() });
    await server.inbox.waitFor(email, { subject: /Beta Site/ });
    expect((await signInFromLatestMail(email)).map((f) => f.id).sort()).toEqual([first.id, second.id].sort());
    const users = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from facility_users where lower(email) = ${email}`);
    expect(users[0]?.n).toBe(1);
  });

  it('answers NOT_FOUND to a facility user inviting someone to a facility they were not given', async () => {
    const agency = await createAgency(server);
    const [mine, notMine] = [await createFacility(server, agency), await createFacility(server, agency)];
    const { client } = await signedInFacilityUser(server, [mine]);
    const email = newEmail();
    const result = await client.request(INVITE, { f: notMine.id, e: email });
    expect(errorCode(result)).toBe('NOT_FOUND');
    await expectNothingSentTo(email);
  });

  it("answers NOT_FOUND to an agency inviting someone to another agency's facility, and sends nothing", async () => {
    const agency = await createAgency(server);
    const other = await createAgency(server);
    const theirs = await createFacility(server, other);
    const { client } = await signedInMemberOf(server, agency);
    const email = newEmail();
    const result = await client.request(INVITE, { f: theirs.id, e: email });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe((await client.request(INVITE, { f: '6d0b7d37-8a7e-4b2c-9a53-1f0d7a3c2b11', e: email })).errors?.[0]?.message);
    await expectNothingSentTo(email);
  });

  it('answers NOT_FOUND to a facility id that is not an id', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    expect(errorCode(await client.request(INVITE, { f: 'facility-1', e: newEmail() }))).toBe('NOT_FOUND');
  });

  it('names the email field when the email is malformed', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const { client } = await signedInMemberOf(server, agency);
    const result = await client.request(INVITE, { f: facility.id, e: 'not-an-email' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('refuses a contractor (FORBIDDEN) and a signed-out visitor (UNAUTHENTICATED)', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const { client: contractor } = await signedInContractor(server, agency);
    const email = newEmail();
    expect(errorCode(await contractor.request(INVITE, { f: facility.id, e: email }))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('facility').request(INVITE, { f: facility.id, e: email }))).toBe('UNAUTHENTICATED');
    await expectNothingSentTo(email);
  });

  it('invites a colleague to several of the inviter\'s facilities with one email naming them all', async () => {
    const agency = await createAgency(server);
    const [north, south, east] = [await createFacility(server, agency, { name: 'North Campus' }), await createFacility(server, agency, { name: 'South Campus' }), await createFacility(server, agency, { name: 'East Campus' })];
    const { client } = await signedInFacilityUser(server, [north, south, east]);
    const colleague = newEmail('team');
    await client.data(INVITE_TEAM, { e: colleague, f: [north.id, south.id] });
    const mail = await server.inbox.waitFor(colleague);
    expect(mail.subject).toBe('You have access to North Campus, South Campus on Coverline');
    await jobsSettled(server);
    expect(server.inbox.to(colleague)).toHaveLength(1);
    expect((await signInFromLatestMail(colleague)).map((f) => f.id).sort()).toEqual([north.id, south.id].sort());
  });

  it('refuses the whole invitation when one facility is not the inviter\'s, and sends nothing', async () => {
    const agency = await createAgency(server);
    const [mine, notMine] = [await createFacility(server, agency), await createFacility(server, agency)];
    const { client } = await signedInFacilityUser(server, [mine]);
    const email = newEmail();
    expect(errorCode(await client.request(INVITE_TEAM, { e: email, f: [mine.id, notMine.id] }))).toBe('NOT_FOUND');
    const empty = await client.request(INVITE_TEAM, { e: email, f: [] });
    expect([errorCode(empty), errorField(empty)]).toEqual(['BAD_USER_INPUT', 'facilityIds']);
    await expectNothingSentTo(email);
  });
});

describe('facility team', () => {
  it('lists who has access to a facility, marks the viewer, and lets them revoke a colleague, who then sees nothing of it', async () => {
    const agency = await createAgency(server);
    const [north, south] = [await createFacility(server, agency, { name: 'North Campus' }), await createFacility(server, agency, { name: 'South Campus' })];
    const { client, user } = await signedInFacilityUser(server, [north, south]);
    const { client: colleagueClient, user: colleague } = await signedInFacilityUser(server, [north, south]);

    const facilityTeam = (await client.data<Team>(TEAM, { f: north.id })).facilityTeam.edges.map((edge) => edge.node);
    expect(facilityTeam.map((member) => [member.email, member.isViewer]).sort()).toEqual([[user.email, true], [colleague.email, false]].sort());

    expect((await client.data<{ revokeFacilityAccess: boolean }>(REVOKE, { f: north.id, u: colleague.id })).revokeFacilityAccess).toBe(true);
    expect((await client.data<Team>(TEAM, { f: north.id })).facilityTeam.edges.map(({ node: member }) => member.email)).toEqual([user.email]);
    expect(errorCode(await colleagueClient.request(TEAM, { f: north.id }))).toBe('NOT_FOUND');
    expect((await colleagueClient.data<Team>(TEAM, { f: south.id })).facilityTeam.edges).toHaveLength(2);
    const audit = await server.db.execute<{ action: string }>(sql`select action from audit_log where target_id = ${north.id} and action = 'facility_grant.revoke'`);
    expect(audit).toHaveLength(1);
    // Revoking twice finds nobody.
    expect(errorCode(await client.request(REVOKE, { f: north.id, u: colleague.id }))).toBe('NOT_FOUND');
  });

  it('does not let anyone remove their own access', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const { client, user } = await signedInFacilityUser(server, [facility]);
    const result = await client.request(REVOKE, { f: facility.id, u: user.id });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'facilityUserId']);
    expect((await client.data<Team>(TEAM, { f: facility.id })).facilityTeam.edges).toHaveLength(1);
  });

  it("answers NOT_FOUND for another facility's team, to a facility user and another agency alike, and changes nothing", async () => {
    const agency = await createAgency(server);
    const [mine, theirs] = [await createFacility(server, agency), await createFacility(server, agency)];
    const { client } = await signedInFacilityUser(server, [mine]);
    const { user: stranger } = await signedInFacilityUser(server, [theirs]);
    expect(errorCode(await client.request(TEAM, { f: theirs.id }))).toBe('NOT_FOUND');
    expect(errorCode(await client.request(REVOKE, { f: theirs.id, u: stranger.id }))).toBe('NOT_FOUND');
    const otherAgency = await signedInMemberOf(server, await createAgency(server));
    expect(errorCode(await otherAgency.client.request(REVOKE, { f: theirs.id, u: stranger.id }))).toBe('NOT_FOUND');
    const own = await signedInMemberOf(server, agency);
    expect((await own.client.data<Team>(TEAM, { f: theirs.id })).facilityTeam.edges.map(({ node: member }) => member.id)).toEqual([stranger.id]);
  });
});

describe('access emails that wait', () => {
  // Moves the clock two days: keep it last.
  it('keeps the link of an access email valid for days, unlike a requested sign-in link', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const { client } = await signedInMemberOf(server, agency);
    const email = newEmail('later');
    await client.data(INVITE, { f: facility.id, e: email });
    await server.inbox.waitFor(email);
    server.clock.advance(2 * 24 * 3600_000);
    expect((await signInFromLatestMail(email)).map((f) => f.id)).toEqual([facility.id]);
  });
});
