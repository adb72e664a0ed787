// The audit log as the agency reads it (auditLog): entries written by real operations, newest first
// with their actor, record and IP; pages after a cursor; the filters and their validation; and that
// it stays inside the agency (audit_log has no row-level security policy: the store's predicate is
// the only wall) and closed to facility users.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog as auditLogTable } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createApiKey, createFacility, signedInFacilityUser, signedInMemberOf, type AgencyFixture } from './factories/index.js';

const AUDIT_LOG = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { id at action recordType recordId ip data actor { type id name email } } }
  }
}`;
const UPDATE_SETTINGS = 'mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id } }';
const CREATE_CONTRACTOR = 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }';

type Entry = {
  id: string;
  at: string;
  action: string;
  recordType: string;
  recordId: string | null;
  ip: string | null;
  data: Record<string, unknown>;
  actor: { type: string; id: string | null; name: string | null; email: string | null };
};
type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] };

async function auditLog(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<Page> {
  return (await client.data<{ auditLog: Page }>(AUDIT_LOG, variables)).auditLog;
}

const actions = (page: Page) => page.edges.map((edge) => edge.node.action);

let server: TestServer;
let agency: AgencyFixture;
let rep: { member: { id: string; email: string; name: string | null }; client: GraphQLClient };
let integration: GraphQLClient;
let contractorId: string;

beforeAll(async () => {
  server = await startTestServer();
  agency = await createAgency(server);
  rep = await signedInMemberOf(server, agency);
  integration = server.apiClient(await createApiKey(rep.client));
  await rep.client.data(UPDATE_SETTINGS, { i: { billingEmail: 'billing@agency.test' } });
  const created = await integration.data<{ createContractor: { id: string } }>(CREATE_CONTRACTOR, { i: { firstName: 'Audit', lastName: 'Trail', email: 'audit.trail@example.com' } });
  contractorId = created.createContractor.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('auditLog', () => {
  it("lists the agency's entries newest first, with who did it, to which record and from which IP", async () => {
    const page = await auditLog(rep.client);
    expect(actions(page)).toEqual(['contractor.create', 'agency.configure', 'api_key.create']);
    const [created, configured] = page.edges.map((edge) => edge.node);
    expect(created).toMatchObject({ recordType: 'contractor', recordId: contractorId, actor: { type: 'API_KEY', email: null } });
    expect(created?.actor.name).toMatch(/^Integration /);
    expect(configured).toMatchObject({
      recordType: 'agency',
      recordId: agency.id,
      actor: { type: 'AGENCY_MEMBER', id: rep.member.id, name: rep.member.name, email: rep.member.email },
    });
    expect(configured?.data).toHaveProperty('changes');
    expect(configured?.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(Date.parse(created!.at)).toBeGreaterThanOrEqual(Date.parse(configured!.at));
  });

  it('pages after a cursor without repeating or skipping an entry', async () => {
    const first = await auditLog(rep.client, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await auditLog(rep.client, { first: 2, after: first.pageInfo.endCursor });
    expect([...actions(first), ...actions(rest)]).toEqual(['contractor.create', 'agency.configure', 'api_key.create']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by actor, record and date', async () => {
    expect(actions(await auditLog(rep.client, { filter: { actorType: 'API_KEY' } }))).toEqual(['contractor.create']);
    expect(actions(await auditLog(rep.client, { filter: { actorType: 'AGENCY_MEMBER', actorId: rep.member.id } }))).toEqual(['agency.configure', 'api_key.create']);
    expect(actions(await auditLog(rep.client, { filter: { recordType: 'contractor', recordId: contractorId } }))).toEqual(['contractor.create']);
    expect(actions(await auditLog(rep.client, { filter: { to: '2000-01-01' } }))).toEqual([]);
    expect(await auditLog(rep.client, { filter: { from: '2000-01-01', to: '2999-12-31' } }).then(actions)).toHaveLength(3);
  });

  it('pages through entries written at the same microsecond (one transaction) and reads dates in the agency\'s time zone', async () => {
    const newYork = await createAgency(server, { timeZone: 'America/New_York' });
    const { client } = await signedInMemberOf(server, newYork);
    // 22:30 on March 1 in New York, 03:30 on March 2 in UTC; two entries of one transaction share their
    // time, to the microsecond (finer than a JavaScript Date: the cursor must not round it).
    const at = sql`'2026-03-02T03:30:00.123456Z'::timestamptz`;
    const entry = { agencyId: newYork.id, actorType: 'SYSTEM' as const, targetType: 'agency', targetId: newYork.id, createdAt: at };
    await server.db.insert(auditLogTable).values([{ ...entry, action: 'first.write' }, { ...entry, action: 'second.write' }]);
    const first = await auditLog(client, { first: 1 });
    const second = await auditLog(client, { first: 1, after: first.pageInfo.endCursor });
    expect([...actions(first), ...actions(second)]).toEqual(['second.write', 'first.write']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(actions(await auditLog(client, { filter: { from: '2026-03-01', to: '2026-03-01' } }))).toEqual(['second.write', 'first.write']);
    expect(actions(await auditLog(client, { filter: { from: '2026-03-02' } }))).toEqual([]);
  });

  it('refuses a page over 200, a date that is not one and a range that ends before it starts', async () => {
    const tooMany = await rep.client.request(AUDIT_LOG, { first: 201 });
    expect([errorCode(tooMany), errorField(tooMany)]).toEqual(['BAD_USER_INPUT', 'first']);
    const badDate = await rep.client.request(AUDIT_LOG, { filter: { from: '2026-02-30' } });
    expect([errorCode(badDate), errorField(badDate)]).toEqual(['BAD_USER_INPUT', 'filter.from']);
    const backwards = await rep.client.request(AUDIT_LOG, { filter: { from: '2026-03-02', to: '2026-03-01' } });
    expect([errorCode(backwards), errorField(backwards)]).toEqual(['BAD_USER_INPUT', 'filter.to']);
    const badActor = await rep.client.request(AUDIT_LOG, { filter: { actorId: 'not-an-id' } });
    expect([errorCode(badActor), errorField(badActor)]).toEqual(['BAD_USER_INPUT', 'filter.actorId']);
  });

  it("shows another agency's viewer none of these entries", async () => {
    const other = await signedInMemberOf(server, await createAgency(server));
    expect(await auditLog(other.client).then(actions)).toEqual([]);
    expect(await auditLog(other.client, { filter: { recordType: 'contractor', recordId: contractorId } }).then(actions)).toEqual([]);
  });

  it('refuses a facility user', async () => {
    const { client } = await signedInFacilityUser(server, [await createFacility(server, agency)]);
    const result = await client.request(AUDIT_LOG);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data?.auditLog ?? null).toBeNull();
  });
});
