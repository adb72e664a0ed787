// The lists paged since the integrations issue (the team, the viewer's facilities, job categories, the
// operator's review queue, a facility's team and its kept reconciliations), and the bounds every
// connection of the API shares: `first` from 1 to 200, an opaque `after` refused when tampered with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditReconciliations, jobCategories, webhookEndpoints } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  catalogueJobCode,
  createAgency,
  createApiKey,
  createFacility,
  createFacilityUser,
  createTeamMember,
  sessionClient,
  signedInFacilityUser,
  signedInMemberOf,
} from './factories/index.js';

type Page<Node> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Node }[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** Every node of a connection, following its cursors `first` at a time; checks totalCount on each page. */
async function everyPage<Node>(client: GraphQLClient, query: string, pick: (data: never) => Page<Node>, first: number, variables: Record<string, unknown> = {}): Promise<{ nodes: Node[]; pages: number }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let pages = 0;
  let total: number | null = null;
  for (;;) {
    const page: Page<Node> = pick((await client.data(query, { ...variables, first, after })) as never);
    pages++;
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor;
  }
  expect(nodes).toHaveLength(total ?? 0);
  return { nodes, pages };
}

const TEAM = `query($first: Int, $after: String) {
  teamMemberConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email status viewerCanRemove } } }
}`;
const FACILITIES = `query($first: Int, $after: String, $search: String) {
  viewer { facilityConnection(first: $first, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name team { email } } } } }
}`;
const CATEGORIES = `query($first: Int, $after: String, $status: JobCategoryStatus) {
  jobCategoryConnection(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status workState jobCode { title } } } }
}`;
const QUEUE = `query($first: Int, $after: String) {
  jobCategoriesAwaitingApproval(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { agencyName category { id } } } }
}`;
const FACILITY_TEAM = `query($facilityId: ID!, $first: Int, $after: String) {
  facilityTeam(facilityId: $facilityId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email isViewer } } }
}`;
const RECONCILIATIONS = `query($facilityId: ID!, $first: Int, $after: String) {
  facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id fileName createdAt csvUrl totals { status count } } } }
}`;

type TeamNode = { id: string; email: string; status: string; viewerCanRemove: boolean };
type FacilityNode = { id: string; name: string; team: { email: string }[] };
type CategoryNode = { id: string; status: string; workState: string; jobCode: { title: string } };

describe('teamMemberConnection', () => {
  it('pages the whole team by email, each member once, with what teamMembers says of each; another agency sees only its own', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    for (let i = 0; i < 6; i++) await createTeamMember(server, agency);
    const { nodes, pages } = await everyPage<TeamNode>(client, TEAM, (data: { teamMemberConnection: Page<TeamNode> }) => data.teamMemberConnection, 3);
    expect(pages).toBe(3);
    const { teamMembers } = await client.data<{ teamMembers: TeamNode[] }>('{ teamMembers { id email status viewerCanRemove } }');
    expect(nodes).toEqual(teamMembers);
    expect(nodes.map((member) => member.email)).toEqual(nodes.map((member) => member.email).sort());

    const { client: outsider } = await signedInMemberOf(server, await createAgency(server));
    const theirs = await outsider.data<{ teamMemberConnection: Page<TeamNode> }>(TEAM, { first: 200 });
    expect(theirs.teamMemberConnection.totalCount).toBe(1);
    expect(theirs.teamMemberConnection.edges.map((edge) => edge.node.id)).not.toContain(nodes[0]?.id);
  });
});

describe('viewer.facilityConnection', () => {
  it("pages an agency's facilities by name with their teams, and searches the name in any case", async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const names = ['Cedar Clinic', 'Ash Hospital', 'Birch Venue', 'Dogwood Site', 'Elm Hospital'];
    const made = [];
    for (const name of names) made.push(await createFacility(server, agency, { name }));
    const manager = await createFacilityUser(server, [made[1]!]);
    const { nodes } = await everyPage<FacilityNode>(client, FACILITIES, (data: { viewer: { facilityConnection: Page<FacilityNode> } }) => data.viewer.facilityConnection, 2);
    expect(nodes.map((facility) => facility.name)).toEqual([...names].sort());
    expect(nodes.find((facility) => facility.name === 'Ash Hospital')?.team).toEqual([{ email: manager.email }]);

    const { viewer } = await client.data<{ viewer: { facilityConnection: Page<FacilityNode> } }>(FACILITIES, { search: 'HOSP' });
    expect(viewer.facilityConnection.totalCount).toBe(2);
    expect(viewer.facilityConnection.edges.map((edge) => edge.node.name)).toEqual(['Ash Hospital', 'Elm Hospital']);
  });

  it('shows a facility user only the facilities granted to them, and another agency none of them', async () => {
    const agency = await createAgency(server);
    const [granted, other] = [await createFacility(server, agency), await createFacility(server, agency)];
    const { client: hub } = await signedInFacilityUser(server, [granted]);
    const seen = await hub.data<{ viewer: { facilityConnection: Page<FacilityNode> } }>(FACILITIES, { first: 200 });
    expect(seen.viewer.facilityConnection.edges.map((edge) => edge.node.id)).toEqual([granted.id]);
    expect(seen.viewer.facilityConnection.totalCount).toBe(1);

    const { client: outsider } = await signedInMemberOf(server, await createAgency(server));
    const theirs = await outsider.data<{ viewer: { facilityConnection: Page<FacilityNode> } }>(FACILITIES, { first: 200 });
    expect(theirs.viewer.facilityConnection).toMatchObject({ totalCount: 0, edges: [] });
    expect(other.id).not.toBe(granted.id);
  });

  it('refuses a search longer than 100 characters on search', async () => {
    const { client } = await signedInMemberOf(server, await createAgency(server));
    const result = await client.request(FACILITIES, { search: 'x'.repeat(101) });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'search']);
  });
});

describe('jobCategoryConnection', () => {
  it('pages the categories in the order of jobCategories, narrowed by status; another agency sees none of them', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    for (const workState of ['OH', 'IL', 'TX', 'CA']) await approvedJobCategory(server, agency, { workState });
    const jobCode = await catalogueJobCode(server, 'security-guard');
    await server.db.insert(jobCategories).values({ agencyId: agency.id, jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'NY', status: 'PENDING_APPROVAL', requestedByType: 'SYSTEM' });

    const { nodes } = await everyPage<CategoryNode>(client, CATEGORIES, (data: { jobCategoryConnection: Page<CategoryNode> }) => data.jobCategoryConnection, 2);
    const { jobCategories: all } = await client.data<{ jobCategories: CategoryNode[] }>('{ jobCategories { id status workState jobCode { title } } }');
    expect(nodes).toEqual(all);
    expect(nodes).toHaveLength(5);

    const pending = await client.data<{ jobCategoryConnection: Page<CategoryNode> }>(CATEGORIES, { status: 'PENDING_APPROVAL' });
    expect(pending.jobCategoryConnection.edges.map((edge) => edge.node.workState)).toEqual(['NY']);
    expect(pending.jobCategoryConnection.totalCount).toBe(1);

    const { client: outsider } = await signedInMemberOf(server, await createAgency(server));
    expect((await outsider.data<{ jobCategoryConnection: Page<CategoryNode> }>(CATEGORIES, {})).jobCategoryConnection).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe('jobCategoriesAwaitingApproval', () => {
  it("pages the operator's queue oldest first, each proposal once, across agencies", async () => {
    const jobCode = await catalogueJobCode(server, 'security-guard');
    const proposed: string[] = [];
    for (const name of ['Queue One', 'Queue Two', 'Queue Three']) {
      const agency = await createAgency(server, { name });
      const [row] = await server.db
        .insert(jobCategories)
        .values({ agencyId: agency.id, jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'WA', status: 'PENDING_APPROVAL', requestedByType: 'SYSTEM' })
        .returning();
      proposed.push(row!.id);
    }
    type Entry = { agencyName: string; category: { id: string } };
    const { nodes } = await everyPage<Entry>(server.operator(), QUEUE, (data: { jobCategoriesAwaitingApproval: Page<Entry> }) => data.jobCategoriesAwaitingApproval, 1);
    const ids = nodes.map((entry) => entry.category.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => proposed.includes(id))).toEqual(proposed);
  });
});

describe('facilityTeam', () => {
  it("pages the people with access to a facility by email, marks the viewer, and is NOT_FOUND for a facility the viewer may not see", async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const { user, client: hub } = await signedInFacilityUser(server, [facility]);
    for (let i = 0; i < 4; i++) await createFacilityUser(server, [facility]);
    type Member = { id: string; email: string; isViewer: boolean };
    const { nodes, pages } = await everyPage<Member>(hub, FACILITY_TEAM, (data: { facilityTeam: Page<Member> }) => data.facilityTeam, 2, { facilityId: facility.id });
    expect(pages).toBe(3);
    expect(nodes.map((member) => member.email)).toEqual(nodes.map((member) => member.email).sort());
    expect(nodes.filter((member) => member.isViewer).map((member) => member.id)).toEqual([user.id]);

    const elsewhere = await createFacility(server, agency);
    expect(errorCode(await hub.request(FACILITY_TEAM, { facilityId: elsewhere.id }))).toBe('NOT_FOUND');
    const { client: outsider } = await signedInMemberOf(server, await createAgency(server));
    expect(errorCode(await outsider.request(FACILITY_TEAM, { facilityId: facility.id }))).toBe('NOT_FOUND');
  });
});

describe('facilityReconciliations', () => {
  const EMPTY = { rows: [], totals: [] };

  it('pages the kept reconciliations newest first, for the agency and its facility users, and is NOT_FOUND for anyone else', async () => {
    const agency = await createAgency(server);
    const facility = await createFacility(server, agency);
    const other = await createFacility(server, agency);
    const start = server.clock.now().getTime();
    for (let day = 0; day < 5; day++) {
      await server.db.insert(auditReconciliations).values({ agencyId: agency.id, facilityId: facility.id, fileName: `day-${day}.csv`, result: EMPTY, createdAt: new Date(start + day * 86_400_000) });
    }
    await server.db.insert(auditReconciliations).values({ agencyId: agency.id, facilityId: other.id, fileName: 'elsewhere.csv', result: EMPTY, createdAt: new Date(start) });
    type Kept = { id: string; fileName: string; csvUrl: string };
    const { client: hub } = await signedInFacilityUser(server, [facility]);
    const { client: member } = await signedInMemberOf(server, agency);
    for (const client of [hub, member]) {
      const { nodes } = await everyPage<Kept>(client, RECONCILIATIONS, (data: { facilityReconciliations: Page<Kept> }) => data.facilityReconciliations, 2, { facilityId: facility.id });
      expect(nodes.map((kept) => kept.fileName)).toEqual(['day-4.csv', 'day-3.csv', 'day-2.csv', 'day-1.csv', 'day-0.csv']);
      expect(nodes[0]?.csvUrl).toContain(`/facilities/${facility.id}/reconciliations/${nodes[0]?.id}.csv`);
    }
    expect(errorCode(await hub.request(RECONCILIATIONS, { facilityId: other.id }))).toBe('NOT_FOUND');
    const { client: outsider } = await signedInMemberOf(server, await createAgency(server));
    expect(errorCode(await outsider.request(RECONCILIATIONS, { facilityId: facility.id }))).toBe('NOT_FOUND');
  });
});

describe('every connection', () => {
  let agencyClient: GraphQLClient;
  let apiKeyClient: GraphQLClient;
  let facilityId: string;

  beforeAll(async () => {
    const agency = await createAgency(server);
    const { client, member } = await signedInMemberOf(server, agency);
    agencyClient = client;
    apiKeyClient = server.apiClient(await createApiKey(await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id })));
    facilityId = (await createFacility(server, agency)).id;
    await server.db.insert(webhookEndpoints).values({ agencyId: agency.id, url: 'https://paged.example.com/hooks', events: ['policy.active'], secret: 'whsec_paged-lists' });
  });

  const CONNECTIONS: [name: string, who: 'agency' | 'operator', query: string][] = [
    ['contractors', 'agency', 'query($first: Int, $after: String) { contractors(first: $first, after: $after) { totalCount } }'],
    ['assignments', 'agency', 'query($first: Int, $after: String) { assignments(first: $first, after: $after) { totalCount } }'],
    ['invoices', 'agency', 'query($first: Int, $after: String) { invoices(first: $first, after: $after) { totalCount } }'],
    ['auditLog', 'agency', 'query($first: Int, $after: String) { auditLog(first: $first, after: $after) { pageInfo { hasNextPage } } }'],
    ['facilityAssignments', 'agency', 'query($first: Int, $after: String, $f: ID!) { facilityAssignments(facilityId: $f, first: $first, after: $after) { totalCount } }'],
    ['agencies', 'operator', 'query($first: Int, $after: String) { agencies(first: $first, after: $after) { totalCount } }'],
    ['events', 'agency', 'query($first: Int, $after: String) { events(first: $first, after: $after) { pageInfo { hasNextPage } } }'],
    ['webhookEndpoints.deliveries', 'agency', 'query($first: Int, $after: String) { webhookEndpoints { deliveries(first: $first, after: $after) { pageInfo { hasNextPage } } } }'],
    ['teamMemberConnection', 'agency', TEAM],
    ['viewer.facilityConnection', 'agency', FACILITIES],
    ['jobCategoryConnection', 'agency', CATEGORIES],
    ['jobCategoriesAwaitingApproval', 'operator', QUEUE],
    ['facilityTeam', 'agency', 'query($first: Int, $after: String, $f: ID!) { facilityTeam(facilityId: $f, first: $first, after: $after) { totalCount } }'],
    ['facilityReconciliations', 'agency', 'query($first: Int, $after: String, $f: ID!) { facilityReconciliations(facilityId: $f, first: $first, after: $after) { totalCount } }'],
  ];

  describe.each(CONNECTIONS)('%s', (_name, who, query) => {
    const client = () => (who === 'operator' ? server.operator() : agencyClient);
    const variables = () => ({ f: facilityId, facilityId });

    it.each([0, -1, 201])('refuses first: %i as BAD_USER_INPUT on first', async (first) => {
      const result = await client().request(query, { ...variables(), first });
      expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'first']);
    });

    it.each(['garbage', Buffer.from('["not", "a", "key", "of", "this", "list"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
      'refuses after: %s as BAD_USER_INPUT on after',
      async (after) => {
        const result = await client().request(query, { ...variables(), after });
        expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'after']);
      },
    );

    it('answers first: 200', async () => {
      const result = await client().request(query, { ...variables(), first: 200 });
      expect(result.errors).toBeUndefined();
    });
  });

  it('are read by an agency API key as by a member', async () => {
    const { teamMemberConnection } = await apiKeyClient.data<{ teamMemberConnection: Page<TeamNode> }>(TEAM, { first: 5 });
    expect(teamMemberConnection.totalCount).toBe(1);
  });
});
