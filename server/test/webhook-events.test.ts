// Webhook events on the real server: each change an integration may care about writes its event once,
// in the transaction of the change, with the object as the API returns it; `events` lists them for
// the agency alone, newest first, by type and page by page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, createApiKey, createContractor, createMasterPolicies, dayFromToday, signedInAgencyMember } from './factories/index.js';

const EVENTS = `query($type: String, $first: Int, $after: String) {
  events(type: $type, first: $first, after: $after) { edges { cursor node { id type createdAt data } } pageInfo { hasNextPage endCursor } }
}`;
const CREATE = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }`;
const ASSIGNMENT = `query($id: ID!) { assignment(id: $id) {
  id status optInRequired premiumCents wageCents payer poNumber effectiveDate endDate clientEntity jobName description createdAt
  contractor { id } jobCategory { id workState coverageTypes jobCode { id } } facility { id }
  certificate { id number status issuedAt downloadUrl verifyUrl }
} }`;
const SUBMIT = `mutation($t: String!, $i: OptInInput!) { submitOptIn(token: $t, input: $i) { assignments { id status } } }`;

type EventNode = { id: string; type: string; createdAt: string; data: Record<string, unknown> };
type EventPage = { events: { edges: { cursor: string; node: EventNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
type ApiAssignment = {
  id: string;
  status: string;
  createdAt: string;
  contractor: { id: string };
  jobCategory: { id: string; workState: string; coverageTypes: string[]; jobCode: { id: string } };
  facility: { id: string } | null;
  certificate: { id: string; number: string; status: string; issuedAt: string; downloadUrl: string; verifyUrl: string } | null;
} & Record<string, unknown>;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

async function events(client: GraphQLClient, variables: { type?: string; first?: number; after?: string } = {}) {
  const { events: page } = await client.data<EventPage>(EVENTS, { first: 200, ...variables });
  return page;
}

/** The agency's events, oldest first (the order they happened in). */
async function history(client: GraphQLClient): Promise<EventNode[]> {
  return (await events(client)).edges.map((edge) => edge.node).reverse();
}

async function agencyWithContractor() {
  const member = await signedInAgencyMember(server);
  const contractor = await createContractor(server, member.agency, { firstName: 'Jamie', lastName: 'Contractor' });
  const category = await approvedJobCategory(server, member.agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
  const input = (overrides: Record<string, unknown> = {}) => ({
    contractorId: contractor.id,
    jobCategoryId: category.id,
    clientEntity: 'Meta',
    jobName: 'Booth host',
    description: 'Greets visitors at the client booth and runs product demos for two days.',
    effectiveDate: dayFromToday(server, 3),
    endDate: dayFromToday(server, 5),
    wageCents: 150_000,
    payer: 'AGENCY',
    ...overrides,
  });
  return { ...member, contractor, category, input };
}

/** The assignment as an agency reads it through the API, in the words of assignment events. */
function asAssignmentData(assignment: ApiAssignment, optInId: string | null) {
  const { contractor, jobCategory, facility, certificate: _certificate, ...fields } = assignment;
  return { ...fields, contractorId: contractor.id, jobCategoryId: jobCategory.id, facilityId: facility?.id ?? null, optInId };
}

async function apiAssignment(client: GraphQLClient, id: string): Promise<ApiAssignment> {
  const { assignment } = await client.data<{ assignment: ApiAssignment }>(ASSIGNMENT, { id });
  return assignment;
}

async function confirmOptIn(contractor: { email: string }, name = 'Jamie Contractor') {
  const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
  return server.client('contractor').request(SUBMIT, { t: token, i: { acceptTerms: true, signatureName: name } });
}

describe('the main flow: creation, opt-in, coverage', () => {
  it('writes application.started, application.complete, policy.active, assignment.active and certificate.issued in that order, each with the object as the API returns it', async () => {
    const { client, contractor, category, input } = await agencyWithContractor();
    const { createAssignment: created } = await client.data<{ createAssignment: { id: string; status: string } }>(CREATE, { input: input() });
    expect(created.status).toBe('AWAITING_OPT_IN');

    const [started, ...none] = await history(client);
    expect(none).toEqual([]);
    expect(started).toMatchObject({ type: 'application.started', data: { status: 'PENDING', payer: 'AGENCY', completedAt: null, contractorId: contractor.id, assignmentIds: [created.id] } });
    const optInId = started?.data.id;
    expect(optInId).toEqual(expect.any(String));

    const confirmed = await confirmOptIn(contractor);
    expect(confirmed.errors).toBeUndefined();
    const flow = await history(client);
    expect(flow.map((event) => event.type)).toEqual(['application.started', 'application.complete', 'policy.active', 'assignment.active', 'certificate.issued']);
    const [, complete, policy, active, issued] = flow;

    const assignment = await apiAssignment(client, created.id);
    expect(assignment.status).toBe('COVERED');
    expect(complete?.data).toMatchObject({ id: optInId, status: 'COMPLETED', contractorId: contractor.id, assignmentIds: [created.id], completedAt: expect.any(String) });
    expect(active?.data).toEqual(asAssignmentData(assignment, optInId as string));
    expect(policy?.data).toEqual({
      assignmentId: created.id,
      contractorId: contractor.id,
      jobCategoryId: category.id,
      jobCodeId: assignment.jobCategory.jobCode.id,
      facilityId: null,
      coverageTypes: assignment.jobCategory.coverageTypes,
      workState: 'IL',
      effectiveDate: assignment.effectiveDate,
      endDate: assignment.endDate,
      premiumCents: assignment.premiumCents,
      payer: 'AGENCY',
    });
    expect(issued?.data).toEqual({ ...assignment.certificate, voidedAt: null, assignmentId: created.id, contractorId: contractor.id, facilityId: null });
  });

  it('writes no second application.complete for a confirmation repeated or raced, and none at all for a refused one', async () => {
    const { client, contractor, input } = await agencyWithContractor();
    await client.data(CREATE, { input: input() });
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
    const portal = server.client('contractor');
    const unsigned = await portal.request(SUBMIT, { t: token, i: { acceptTerms: true, signatureName: 'Someone Else' } });
    expect(errorField(unsigned)).toBe('signatureName');
    expect((await history(client)).map((event) => event.type)).toEqual(['application.started']);

    const results = await Promise.all([1, 2, 3].map(() => portal.request(SUBMIT, { t: token, i: { acceptTerms: true, signatureName: 'Jamie Contractor' } })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.errors)) expect(errorField(result)).toBe('token');
    expect((await history(client)).map((event) => event.type)).toEqual(['application.started', 'application.complete', 'policy.active', 'assignment.active', 'certificate.issued']);
  });

  it('starts one application for assignments that wait on the same open opt-in, and none once the contractor opted in to the same category', async () => {
    const { client, contractor, input } = await agencyWithContractor();
    const { createAssignment: first } = await client.data<{ createAssignment: { id: string } }>(CREATE, { input: input() });
    const { createAssignment: second } = await client.data<{ createAssignment: { id: string } }>(CREATE, { input: input({ jobName: 'Booth lead' }) });
    const started = (await history(client)).filter((event) => event.type === 'application.started');
    expect(started.map((event) => event.data.assignmentIds)).toEqual([[first.id]]);

    await confirmOptIn(contractor);
    const complete = (await history(client)).filter((event) => event.type === 'application.complete');
    expect(complete.map((event) => event.data.assignmentIds)).toEqual([[first.id, second.id]]);

    // Rule 3: the same category again needs no opt-in, so coverage binds at once, without an application.
    const { createAssignment: repeat } = await client.data<{ createAssignment: { id: string; status: string } }>(CREATE, {
      input: input({ effectiveDate: dayFromToday(server, 10), endDate: dayFromToday(server, 11) }),
    });
    expect(repeat.status).toBe('COVERED');
    const latest = (await events(client, { first: 3 })).edges.map((edge) => edge.node).reverse();
    expect(latest.map((event) => [event.type, event.data.assignmentId ?? event.data.id])).toEqual([
      ['policy.active', repeat.id],
      ['assignment.active', repeat.id],
      ['certificate.issued', repeat.id],
    ]);
    expect((await events(client, { type: 'application.started' })).edges).toHaveLength(1);
  });
});

describe('events: the list', () => {
  it('lists newest first, narrows by type, and pages with first and after', async () => {
    const { client, contractor, input } = await agencyWithContractor();
    await client.data(CREATE, { input: input() });
    await confirmOptIn(contractor);
    const all = await events(client);
    expect(all.edges.map((edge) => edge.node.type)).toEqual(['certificate.issued', 'assignment.active', 'policy.active', 'application.complete', 'application.started']);
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges.at(-1)?.cursor });
    for (const { node } of all.edges) expect(Date.parse(node.createdAt)).not.toBeNaN();

    const certificates = await events(client, { type: 'certificate.issued' });
    expect(certificates.edges.map((edge) => edge.node.id)).toEqual([all.edges[0]?.node.id]);
    expect((await events(client, { type: 'invoice.issued' })).edges).toEqual([]);

    const first = await events(client, { first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(all.edges.slice(0, 2).map((edge) => edge.node.id));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await events(client, { first: 2, after: first.pageInfo.endCursor ?? undefined });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(all.edges.slice(2, 4).map((edge) => edge.node.id));
    expect(second.pageInfo.hasNextPage).toBe(true);
    const last = await events(client, { first: 2, after: second.pageInfo.endCursor ?? undefined });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(all.edges.slice(4).map((edge) => edge.node.id));
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges.at(-1)?.cursor });
  });

  it("shows another agency none of an agency's events, and an agency's API key the same as its members", async () => {
    const { client, contractor, input } = await agencyWithContractor();
    await client.data(CREATE, { input: input() });
    await confirmOptIn(contractor);
    const mine = await events(client);
    expect(mine.edges).toHaveLength(5);

    const other = await signedInAgencyMember(server);
    expect((await events(other.client)).edges).toEqual([]);
    // Another agency's cursor leads nowhere in its own list either.
    expect((await events(other.client, { after: mine.edges[0]?.cursor })).edges).toEqual([]);
    const integration = server.apiClient(await createApiKey(client));
    expect(await events(integration)).toEqual(mine);
  });

  it('refuses an unknown type, a malformed cursor and a page size outside 1 to 200, on the field at fault', async () => {
    const { client } = await agencyWithContractor();
    const unknown = await client.request(EVENTS, { type: 'assignment.created' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(errorField(unknown)).toBe('type');
    for (const after of ['not-a-cursor', Buffer.from('["x"]').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), Buffer.from('[-4]').toString('base64url')]) {
      const malformed = await client.request(EVENTS, { after });
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      expect(errorField(malformed)).toBe('after');
    }
    for (const first of [0, 201]) {
      const outside = await client.request(EVENTS, { first });
      expect(errorCode(outside)).toBe('BAD_USER_INPUT');
      expect(errorField(outside)).toBe('first');
    }
  });
});
