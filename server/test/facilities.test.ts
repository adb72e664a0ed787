// Adding and editing an agency's facilities (createFacility, updateFacility): the contact's Compliance
// Hub invitation, one name per facility even under a race, the fields at fault, the audit log, and
// nobody else's facilities.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCoverlineSchema } from '../src/graphql/schema.js';
import { auditLog, facilities } from '../src/db/schema.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { linkIn, tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { findFacilityUser, jobsSettled, outboxCount } from './support/inspect.js';
import { createAgency, createApiKey, createFacility, signedInContractor, signedInFacilityUser, signedInMemberOf, type AgencyFixture } from './factories/index.js';

const FIELDS = 'id name addressLine1 city state postalCode contactEmail bulkDownloadEnabled';
const CREATE = `mutation($i: FacilityInput!) { createFacility(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: FacilityInput!) { updateFacility(id: $id, input: $i) { ${FIELDS} } }`;
const FACILITIES = `{ viewer { agency { facilities { ${FIELDS} team { email isViewer } } } } }`;
const REDEEM = `mutation($t: String!) { redeemMagicLink(token: $t) { role facilities { id name } } }`;

type FacilityResult = { id: string; name: string; addressLine1: string | null; city: string | null; state: string | null; postalCode: string | null; contactEmail: string | null; bulkDownloadEnabled: boolean };
type Listed = FacilityResult & { team: { email: string; isViewer: boolean }[] };

let server: TestServer;
let sequence = 0;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

const newEmail = (who = 'contact') => `${who}${++sequence}@site.test`;

async function newAgencyMember() {
  const agency = await createAgency(server);
  const { client } = await signedInMemberOf(server, agency);
  return { agency, client };
}

async function create(client: GraphQLClient, input: Record<string, unknown>): Promise<FacilityResult> {
  return (await client.data<{ createFacility: FacilityResult }>(CREATE, { i: input })).createFacility;
}

async function listed(client: GraphQLClient): Promise<Listed[]> {
  return (await client.data<{ viewer: { agency: { facilities: Listed[] } } }>(FACILITIES)).viewer.agency.facilities;
}

async function facilityRows(agency: AgencyFixture) {
  return server.db.select().from(facilities).where(eq(facilities.agencyId, agency.id));
}

async function auditOf(facilityId: string) {
  return server.db.select({ action: auditLog.action, actorType: auditLog.actorType, data: auditLog.data }).from(auditLog).where(eq(auditLog.targetId, facilityId)).orderBy(auditLog.createdAt);
}

/** Signs in from the newest mail to `email` and returns the facilities the Compliance Hub shows them. */
async function hubFacilitiesFromMail(email: string) {
  const mails = server.inbox.to(email);
  const mail = mails[mails.length - 1]!;
  linkIn(mail, /\/facility\/sign-in\/confirm\?token=/);
  const { redeemMagicLink } = await server.client('facility').data<{ redeemMagicLink: { role: string; facilities: { id: string; name: string }[] } }>(REDEEM, { t: tokenIn(mail) });
  expect(redeemMagicLink.role).toBe('FACILITY_USER');
  return redeemMagicLink.facilities;
}

async function expectNothingSentTo(email: string) {
  await jobsSettled(server);
  expect(server.inbox.to(email)).toHaveLength(0);
  expect(await outboxCount(server, email)).toBe(0);
  expect(await findFacilityUser(server, email)).toBeUndefined();
}

describe('the contract', () => {
  it('keeps the API.md names: createFacility(input: FacilityInput!), updateFacility(id: ID!, input: FacilityInput!)', async () => {
    const schema = await buildCoverlineSchema();
    const mutations = schema.getMutationType()!.getFields();
    expect(mutations.createFacility?.args.map((a) => `${a.name}: ${a.type.toString()}`)).toEqual(['input: FacilityInput!']);
    expect(mutations.createFacility?.type.toString()).toBe('Facility!');
    // Arguments are named, so their order is no part of the contract.
    expect(mutations.updateFacility?.args.map((a) => `${a.name}: ${a.type.toString()}`).sort()).toEqual(['id: ID!', 'input: FacilityInput!']);
    expect(mutations.updateFacility?.type.toString()).toBe('Facility!');
    const input = schema.getType('FacilityInput') as unknown as { getFields(): Record<string, { type: { toString(): string } }> };
    expect(Object.fromEntries(Object.entries(input.getFields()).map(([name, field]) => [name, field.type.toString()]))).toEqual({
      name: 'String!',
      addressLine1: 'String',
      city: 'String',
      state: 'String',
      postalCode: 'String',
      contactEmail: 'String',
    });
  });
});

describe('createFacility', () => {
  it('adds a facility with its address and no contact: it is listed, nobody has Hub access, and no mail goes out', async () => {
    const { agency, client } = await newAgencyMember();
    const facility = await create(client, { name: '  Riverside Convention Center ', addressLine1: '10 River Rd', city: 'Dayton', state: 'oh', postalCode: '45402' });
    expect(facility).toMatchObject({ name: 'Riverside Convention Center', addressLine1: '10 River Rd', city: 'Dayton', state: 'OH', postalCode: '45402', contactEmail: null, bulkDownloadEnabled: false });
    expect(await listed(client)).toEqual([{ ...facility, team: [] }]);
    await jobsSettled(server);
    expect(await server.db.execute(sql`select 1 from mail_outbox where agency_id = ${agency.id}`)).toHaveLength(0);
    expect(await auditOf(facility.id)).toEqual([expect.objectContaining({ action: 'facility.create', actorType: 'AGENCY_MEMBER' })]);
  });

  it('gives the contact Hub access and emails them a sign-in link that opens exactly this facility', async () => {
    const { client } = await newAgencyMember();
    const contact = newEmail();
    const facility = await create(client, { name: 'Mercy General', contactEmail: contact.toUpperCase() });
    expect(facility.contactEmail).toBe(contact);
    const mail = await server.inbox.waitFor(contact);
    expect(mail.subject).toBe('You have access to Mercy General on Coverline');
    expect(await hubFacilitiesFromMail(contact)).toEqual([{ id: facility.id, name: 'Mercy General' }]);
    expect((await listed(client))[0]?.team).toEqual([{ email: contact, isViewer: false }]);
    expect((await auditOf(facility.id)).map((row) => row.action)).toEqual(['facility.create', 'facility_grant.create']);
  });

  it('works for an agency API key too, and audits the key as the actor', async () => {
    const { client } = await newAgencyMember();
    const integration = server.apiClient(await createApiKey(client));
    const contact = newEmail('api');
    const facility = await create(integration, { name: 'Warehouse 7', contactEmail: contact });
    await server.inbox.waitFor(contact, { subject: /Warehouse 7/ });
    expect((await auditOf(facility.id))[0]).toMatchObject({ action: 'facility.create', actorType: 'API_KEY' });
  });

  it('refuses a name the agency already has, in any case, on the name field, and adds nothing', async () => {
    const { agency, client } = await newAgencyMember();
    await create(client, { name: 'Mercy General' });
    const contact = newEmail();
    const result = await client.request(CREATE, { i: { name: 'MERCY general', contactEmail: contact } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('name');
    expect(result.errors?.[0]?.message).toBe('You already have a facility named Mercy General.');
    expect(errorReason(result)).toBe('FACILITY_NAME_TAKEN');
    expect(await facilityRows(agency)).toHaveLength(1);
    await expectNothingSentTo(contact);
  });

  it('lets another agency use the same name', async () => {
    const first = await newAgencyMember();
    const second = await newAgencyMember();
    await create(first.client, { name: 'City Hospital' });
    expect((await create(second.client, { name: 'City Hospital' })).name).toBe('City Hospital');
  });

  it.each([
    ['the same name', 'Pier 39 Venue', 'Pier 39 Venue'],
    ['names differing only in case', 'Pier 39 Venue', 'PIER 39 VENUE'],
  ])('of two concurrent creates of %s, exactly one wins; the other is told the name is taken', async (_, first, second) => {
    const { agency, client } = await newAgencyMember();
    const contacts = [newEmail('racer'), newEmail('racer')];
    const results = await Promise.all(contacts.map((contactEmail, index) => client.request(CREATE, { i: { name: index === 0 ? first : second, contactEmail } })));
    const won = results.filter((result) => !result.errors);
    const lost = results.filter((result) => result.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(errorCode(lost[0]!)).toBe('BAD_USER_INPUT');
    expect(errorField(lost[0]!)).toBe('name');
    expect(await facilityRows(agency)).toHaveLength(1);
    // Only the winner's contact was invited.
    const winner = contacts[results.indexOf(won[0]!)]!;
    await server.inbox.waitFor(winner);
    await expectNothingSentTo(contacts.find((email) => email !== winner)!);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ name: 'Site', state: 'ZZ' }, 'state'],
    [{ name: 'Site', postalCode: '123' }, 'postalCode'],
    [{ name: 'Site', contactEmail: 'not-an-email' }, 'contactEmail'],
    [{ name: 'Site', city: 'x'.repeat(101) }, 'city'],
  ])('refuses %j naming the field %s, and adds nothing', async (input, field) => {
    const { agency, client } = await newAgencyMember();
    const result = await client.request(CREATE, { i: input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(await facilityRows(agency)).toHaveLength(0);
  });

  it('refuses a facility user and a contractor (FORBIDDEN), the operator (FORBIDDEN) and a visitor (UNAUTHENTICATED), and adds nothing', async () => {
    const agency = await createAgency(server);
    const existing = await createFacility(server, agency);
    const { client: facilityUser } = await signedInFacilityUser(server, [existing]);
    const { client: contractor } = await signedInContractor(server, agency);
    const contact = newEmail();
    const input = { i: { name: 'Sneaky Site', contactEmail: contact } };
    expect(errorCode(await facilityUser.request(CREATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await contractor.request(CREATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await server.operator().request(CREATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('agency').request(CREATE, input))).toBe('UNAUTHENTICATED');
    expect(await facilityRows(agency)).toHaveLength(1);
    expect(await server.db.execute(sql`select 1 from facilities where name = 'Sneaky Site'`)).toHaveLength(0);
    await expectNothingSentTo(contact);
  });
});

describe('updateFacility', () => {
  it('changes the fields given, keeps those left out, clears those given as null, and audits old and new values', async () => {
    const { client } = await newAgencyMember();
    const facility = await create(client, { name: 'Mercy General', addressLine1: '1 Main St', city: 'Columbus', state: 'OH', postalCode: '43215' });
    const { updateFacility } = await client.data<{ updateFacility: FacilityResult }>(UPDATE, { id: facility.id, i: { name: 'Mercy General Hospital', city: 'Dublin', postalCode: null } });
    expect(updateFacility).toEqual({ ...facility, name: 'Mercy General Hospital', city: 'Dublin', postalCode: null });
    expect((await listed(client))[0]).toMatchObject({ name: 'Mercy General Hospital', addressLine1: '1 Main St', city: 'Dublin', state: 'OH', postalCode: null });
    const audit = await auditOf(facility.id);
    expect(audit.map((row) => row.action)).toEqual(['facility.create', 'facility.update']);
    expect(audit[1]?.data).toEqual({
      changes: { name: { from: 'Mercy General', to: 'Mercy General Hospital' }, city: { from: 'Columbus', to: 'Dublin' }, postalCode: { from: '43215', to: null } },
    });
  });

  it('records nothing when nothing changes', async () => {
    const { client } = await newAgencyMember();
    const facility = await create(client, { name: 'Same Site', city: 'Akron' });
    await client.data(UPDATE, { id: facility.id, i: { name: 'Same Site', city: 'Akron' } });
    expect((await auditOf(facility.id)).map((row) => row.action)).toEqual(['facility.create']);
  });

  it('invites a new contact; the previous contact keeps their access until it is revoked', async () => {
    const { client } = await newAgencyMember();
    const [before, after] = [newEmail('before'), newEmail('after')];
    const facility = await create(client, { name: 'North Campus', contactEmail: before });
    await server.inbox.waitFor(before);
    const { updateFacility } = await client.data<{ updateFacility: FacilityResult }>(UPDATE, { id: facility.id, i: { name: 'North Campus', contactEmail: after } });
    expect(updateFacility.contactEmail).toBe(after);
    await server.inbox.waitFor(after, { subject: /North Campus/ });
    expect(await hubFacilitiesFromMail(after)).toEqual([{ id: facility.id, name: 'North Campus' }]);
    expect((await listed(client))[0]?.team.map((member) => member.email).sort()).toEqual([after, before].sort());
    // The same contact again (in another case) sends nothing more.
    await client.data(UPDATE, { id: facility.id, i: { name: 'North Campus', contactEmail: after.toUpperCase() } });
    await jobsSettled(server);
    expect(server.inbox.to(after)).toHaveLength(1);
  });

  it('renames to a name only in another case, and refuses the name of another of its facilities on the name field', async () => {
    const { agency, client } = await newAgencyMember();
    const first = await create(client, { name: 'alpha site' });
    await create(client, { name: 'Beta Site' });
    expect((await client.data<{ updateFacility: FacilityResult }>(UPDATE, { id: first.id, i: { name: 'Alpha Site' } })).updateFacility.name).toBe('Alpha Site');
    const result = await client.request(UPDATE, { id: first.id, i: { name: 'beta site' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('name');
    expect(result.errors?.[0]?.message).toBe('You already have a facility named Beta Site.');
    expect((await facilityRows(agency)).map((row) => row.name).sort()).toEqual(['Alpha Site', 'Beta Site']);
  });

  it('refuses a bad field naming it, and changes nothing', async () => {
    const { agency, client } = await newAgencyMember();
    const facility = await create(client, { name: 'Keep Me', state: 'OH' });
    for (const [input, field] of [
      [{ name: 'Keep Me', state: 'Ohio' }, 'state'],
      [{ name: ' ', city: 'Dayton' }, 'name'],
      [{ name: 'Keep Me', contactEmail: 'nobody@' }, 'contactEmail'],
    ] as const) {
      const result = await client.request(UPDATE, { id: facility.id, i: input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
    }
    expect(await facilityRows(agency)).toEqual([expect.objectContaining({ name: 'Keep Me', state: 'OH', city: null, contactEmail: null })]);
  });

  it("answers NOT_FOUND for another agency's facility, exactly as for one that does not exist, and changes and sends nothing", async () => {
    const { client } = await newAgencyMember();
    const other = await createAgency(server);
    const theirs = await createFacility(server, other, { name: 'Their Site' });
    const contact = newEmail('intruder');
    const result = await client.request(UPDATE, { id: theirs.id, i: { name: 'Taken Over', contactEmail: contact } });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe((await client.request(UPDATE, { id: '6d0b7d37-8a7e-4b2c-9a53-1f0d7a3c2b11', i: { name: 'X' } })).errors?.[0]?.message);
    expect(errorCode(await client.request(UPDATE, { id: 'facility-1', i: { name: 'X' } }))).toBe('NOT_FOUND');
    expect(await facilityRows(other)).toEqual([expect.objectContaining({ name: 'Their Site', contactEmail: null })]);
    await expectNothingSentTo(contact);
  });

  it('refuses a facility user of the facility, a contractor and the operator (FORBIDDEN), and changes nothing', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency, { name: 'Guarded Site' });
    const { client: facilityUser } = await signedInFacilityUser(server, [facility]);
    const { client: contractor } = await signedInContractor(server, agency);
    const input = { id: facility.id, i: { name: 'Renamed' } };
    for (const client of [facilityUser, contractor, server.operator()]) expect(errorCode(await client.request(UPDATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('agency').request(UPDATE, input))).toBe('UNAUTHENTICATED');
    expect(await facilityRows(agency)).toEqual([expect.objectContaining({ name: 'Guarded Site' })]);
  });

  it('two concurrent renames of two facilities to the same name: exactly one wins', async () => {
    const { agency, client } = await newAgencyMember();
    const [one, two] = [await create(client, { name: 'One' }), await create(client, { name: 'Two' })];
    const results = await Promise.all([one, two].map((facility) => client.request(UPDATE, { id: facility.id, i: { name: 'Merged' } })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => (result.errors ?? []).map(() => errorField(result)))).toEqual(['name']);
    expect((await facilityRows(agency)).filter((row) => row.name === 'Merged')).toHaveLength(1);
  });
});

describe('another agency', () => {
  it('sees none of the facilities, their contacts or their Hub access, and cannot change them', async () => {
    const owner = await newAgencyMember();
    const contact = newEmail('private');
    const facility = await create(owner.client, { name: 'Private Clinic', contactEmail: contact });
    await server.inbox.waitFor(contact);
    const stranger = await newAgencyMember();

    expect(await listed(stranger.client)).toEqual([]);
    const team = await stranger.client.request(`query($f: ID!) { facilityTeam(facilityId: $f) { edges { node { email } } } }`, { f: facility.id });
    expect(errorCode(team)).toBe('NOT_FOUND');
    expect(errorCode(await stranger.client.request(UPDATE, { id: facility.id, i: { name: 'Mine Now' } }))).toBe('NOT_FOUND');
    const revoke = await stranger.client.request(`mutation($f: ID!, $u: ID!) { revokeFacilityAccess(facilityId: $f, facilityUserId: $u) }`, {
      f: facility.id,
      u: (await findFacilityUser(server, contact))!.id,
    });
    expect(errorCode(revoke)).toBe('NOT_FOUND');
    // Creating one of the same name is theirs alone, not a clash with the owner's.
    expect((await create(stranger.client, { name: 'Private Clinic' })).id).not.toBe(facility.id);

    const ownerView = await listed(owner.client);
    expect(ownerView).toEqual([expect.objectContaining({ id: facility.id, name: 'Private Clinic', contactEmail: contact, team: [{ email: contact, isViewer: false }] })]);
    const grants = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from facility_grants where facility_id = ${facility.id} and revoked_at is null`);
    expect(grants[0]?.n).toBe(1);
  });

});

describe('Facility.team', () => {
  it("a facility user's facilities list their own team, with the viewer marked", async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency, { name: 'Shared Site' });
    const { user, client } = await signedInFacilityUser(server, [facility]);
    const { viewer } = await client.data<{ viewer: { facilities: { id: string; team: { email: string; isViewer: boolean }[] }[] } }>('{ viewer { facilities { id team { email isViewer } } } }');
    expect(viewer.facilities).toEqual([{ id: facility.id, team: [{ email: user.email, isViewer: true }] }]);
  });
});
