// Webhook events on the real server: each change an integration may care about writes its event once,
// in the transaction of the change, with the object as the API returns it; `events` lists them for
// the agency alone, newest first, by type and page by page.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCharge, runDueCharges } from '../src/modules/payments/charge-runner.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { chargesOf, statusOf } from './support/inspect.js';
import {
  approvedJobCategory,
  assignmentInput,
  catalogueJobCode,
  contractorPayAgency,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  createMasterPolicies,
  dayFromToday,
  scheduledCharge,
  sessionClient,
  signedInAgencyMember,
  signedInMemberOf,
} from './factories/index.js';

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
const CERTIFICATES = `query($id: ID!) { assignment(id: $id) { certificates { id number status issuedAt downloadUrl verifyUrl } } }`;
const HOUR = 3_600_000;

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
  const input = (overrides: Record<string, unknown> = {}) => assignmentInput(server, { contractorId: contractor.id, jobCategoryId: category.id }, overrides);
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

  it('writes nothing more when an integration repeats a mutation with the same Idempotency-Key', async () => {
    const { client, input } = await agencyWithContractor();
    const integration = server.apiClient(await createApiKey(client));
    const headers = { 'Idempotency-Key': 'create-booth-host-1' };
    const first = await integration.exchange<{ createAssignment: { id: string } }>(CREATE, { input: input() }, headers);
    const repeat = await integration.exchange<{ createAssignment: { id: string } }>(CREATE, { input: input() }, headers);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(repeat.result.data).toEqual(first.result.data);
    const extend = 'mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id endDate } }';
    const extension = { id: first.result.data?.createAssignment.id, end: dayFromToday(server, 20) };
    await integration.exchange(extend, extension, { 'Idempotency-Key': 'extend-booth-host-1' });
    await integration.exchange(extend, extension, { 'Idempotency-Key': 'extend-booth-host-1' });
    expect((await history(client)).map((event) => event.type)).toEqual(['application.started', 'assignment.extended']);
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

/** The types of the agency's events since `since` of them were there, oldest first. */
async function typesAfter(client: GraphQLClient, since: number): Promise<string[]> {
  return (await history(client)).slice(since).map((event) => event.type);
}

describe('assignment changes', () => {
  it('writes assignment.extended, then voids and reissues the certificate of a covered one (certificate.voided, certificate.issued)', async () => {
    const { client, agency, contractor, category } = await agencyWithContractor();
    const facility = await createFacility(server, agency);
    const { assignment, certificate } = await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: facility.id });
    const before = (await history(client)).length;

    const refused = await client.request('mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id } }', { id: assignment.id, end: assignment.endDate });
    expect(errorField(refused)).toBe('endDate');
    expect(await typesAfter(client, before)).toEqual([]);

    const endDate = dayFromToday(server, 60);
    await client.data('mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id } }', { id: assignment.id, end: endDate });
    const [extended, voided, issued, ...none] = (await history(client)).slice(before);
    expect(none).toEqual([]);
    expect([extended?.type, voided?.type, issued?.type]).toEqual(['assignment.extended', 'certificate.voided', 'certificate.issued']);
    const api = await apiAssignment(client, assignment.id);
    expect(extended?.data).toEqual(asAssignmentData(api, null));
    expect(extended?.data).toMatchObject({ endDate, facilityId: facility.id, status: 'COVERED' });

    const { assignment: withCertificates } = await client.data<{ assignment: { certificates: Record<string, unknown>[] } }>(CERTIFICATES, { id: assignment.id });
    const [replacement, old] = withCertificates.certificates;
    expect(old).toMatchObject({ id: certificate.id, status: 'VOID' });
    expect(voided?.data).toEqual({ ...old, voidedAt: expect.any(String), assignmentId: assignment.id, contractorId: contractor.id, facilityId: facility.id });
    expect(issued?.data).toEqual({ ...replacement, voidedAt: null, assignmentId: assignment.id, contractorId: contractor.id, facilityId: facility.id });
  });

  it('writes assignment.extended alone for an assignment not yet covered', async () => {
    const { client, contractor, input } = await agencyWithContractor();
    const { createAssignment: created } = await client.data<{ createAssignment: { id: string } }>(CREATE, { input: input() });
    const before = (await history(client)).length;
    await client.data('mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id } }', { id: created.id, end: dayFromToday(server, 20) });
    expect(await typesAfter(client, before)).toEqual(['assignment.extended']);
    expect(contractor.id).toEqual((await history(client)).at(-1)?.data.contractorId);
  });

  it('writes assignment.cancelled once when two cancellations race, and voids the certificate of a covered one', async () => {
    const { client, agency, contractor, category, input } = await agencyWithContractor();
    const { createAssignment: waiting } = await client.data<{ createAssignment: { id: string } }>(CREATE, { input: input() });
    const before = (await history(client)).length;
    const cancel = 'mutation($id: ID!) { cancelAssignment(id: $id, reason: "The client moved the event.") { id status } }';
    const results = await Promise.all([client.request(cancel, { id: waiting.id }), client.request(cancel, { id: waiting.id })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const [cancelled, ...none] = (await history(client)).slice(before);
    expect(none).toEqual([]);
    expect(cancelled?.type).toBe('assignment.cancelled');
    expect(cancelled?.data).toEqual(asAssignmentData(await apiAssignment(client, waiting.id), cancelled?.data.optInId as string));
    expect(cancelled?.data.status).toBe('CANCELLED');

    const { assignment, certificate } = await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    const beforeCovered = (await history(client)).length;
    await client.data(cancel, { id: assignment.id });
    const [cancelledCovered, voided] = (await history(client)).slice(beforeCovered);
    expect([cancelledCovered?.type, voided?.type]).toEqual(['assignment.cancelled', 'certificate.voided']);
    expect(voided?.data).toMatchObject({ id: certificate.id, status: 'VOID', assignmentId: assignment.id });
  });
});

describe('job categories', () => {
  const PROPOSE = (jobCodeId: string) => ({ newJobCategory: { jobCodeId, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' }, jobCategoryId: null });
  const JOB_CATEGORIES = '{ jobCategories { id status jobCode { id code title } coverageTypes workState createdAt } }';

  it("writes category.approved once however many operators approve at once, then the waiting assignment's application.started", async () => {
    const { client, input } = await agencyWithContractor();
    const jobCode = await catalogueJobCode(server);
    const { createAssignment: created } = await client.data<{ createAssignment: { id: string; status: string } }>(CREATE, { input: input(PROPOSE(jobCode.id)) });
    expect(created.status).toBe('PENDING_APPROVAL');
    expect(await history(client)).toEqual([]);
    const proposed = (await client.data<{ jobCategories: { id: string; status: string }[] }>(JOB_CATEGORIES)).jobCategories.find((category) => category.status === 'PENDING_APPROVAL');

    const approve = 'mutation($id: ID!) { approveJobCategory(id: $id) { id status } }';
    const results = await Promise.all([server.operator().request(approve, { id: proposed?.id }), server.operator().request(approve, { id: proposed?.id })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const [approved, started, ...none] = await history(client);
    expect(none).toEqual([]);
    expect(approved?.type).toBe('category.approved');
    const { jobCategories } = await client.data<{ jobCategories: { id: string }[] }>(JOB_CATEGORIES);
    expect(approved?.data).toEqual(jobCategories.find((category) => category.id === proposed?.id));
    expect(approved?.data).toMatchObject({ status: 'APPROVED', workState: 'TX', jobCode: { id: jobCode.id, code: jobCode.code } });
    expect(started).toMatchObject({ type: 'application.started', data: { assignmentIds: [created.id] } });
  });

  it('writes category.rejected, then assignment.cancelled for each assignment that waited on it', async () => {
    const { client, input } = await agencyWithContractor();
    const jobCode = await catalogueJobCode(server);
    const { createAssignment: created } = await client.data<{ createAssignment: { id: string } }>(CREATE, { input: input(PROPOSE(jobCode.id)) });
    const proposed = (await client.data<{ jobCategories: { id: string; status: string }[] }>(JOB_CATEGORIES)).jobCategories.find((category) => category.status === 'PENDING_APPROVAL');
    await server.operator().data('mutation($id: ID!) { rejectJobCategory(id: $id, reason: "Not a job we insure.") { id } }', { id: proposed?.id });
    const [rejected, cancelled, ...none] = await history(client);
    expect(none).toEqual([]);
    expect(rejected).toMatchObject({ type: 'category.rejected', data: { id: proposed?.id, status: 'REJECTED' } });
    expect(cancelled).toMatchObject({ type: 'assignment.cancelled', data: { id: created.id, status: 'CANCELLED', jobCategoryId: proposed?.id } });
  });
});

describe('invoices', () => {
  it('writes invoice.issued for each invoice issued, with the invoice as the API lists it, and none when nothing is left to invoice', async () => {
    const { client, agency, contractor, category } = await agencyWithContractor();
    const { assignment } = await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, effectiveDate: dayFromToday(server, 0) });
    const before = (await history(client)).length;
    await client.data('mutation { issueInvoices { id } }');
    const [issued, ...none] = (await history(client)).slice(before);
    expect(none).toEqual([]);
    const { invoices } = await client.data<{ invoices: { edges: { node: Record<string, unknown> }[] } }>(
      '{ invoices(first: 5) { edges { node { id number poNumber status totalCents periodStart periodEnd issuedAt paidAt voidedAt pdfUrl } } } }',
    );
    expect(issued?.type).toBe('invoice.issued');
    expect(issued?.data).toEqual({ ...invoices.edges[0]?.node, assignmentIds: [assignment.id] });

    await client.data('mutation { issueInvoices { id } }');
    expect(await typesAfter(client, before)).toEqual(['invoice.issued']);
  });
});

describe('contractor pay', () => {
  const MY_CHARGES = '{ myCharges { id assignmentId jobName amountCents status scheduledFor attemptedAt failureMessage } }';

  async function myCharge(contractor: { agencyId: string; id: string }) {
    const portal = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: contractor.agencyId });
    const { myCharges } = await portal.data<{ myCharges: Record<string, unknown>[] }>(MY_CHARGES);
    return { portal, charge: myCharges[0] };
  }

  it('writes payment.succeeded once when runners race, before the coverage it binds', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup);
    const [scheduled] = await chargesOf(server, assignment);
    server.clock.advance(24 * HOUR + 60_000);
    // Signed in after the day has passed: sessions last 12 hours.
    const { client } = await signedInMemberOf(server, setup.agency);
    const key = { agencyId: setup.agency.id, chargeId: scheduled?.id ?? '' };
    await Promise.all([runCharge(server.coverline.deps, key), runCharge(server.coverline.deps, key), runDueCharges(server.coverline.deps)]);

    const flow = await history(client);
    expect(flow.map((event) => event.type)).toEqual(['payment.succeeded', 'policy.active', 'assignment.active', 'certificate.issued']);
    const { charge } = await myCharge(contractor);
    expect(flow[0]?.data).toEqual({ ...charge, contractorId: contractor.id, paymentMethodId: scheduled?.paymentMethodId });
    expect(flow[0]?.data).toMatchObject({ status: 'SUCCEEDED', assignmentId: assignment.id });
  });

  it('writes payment.failed for a declined card, and payment.succeeded with the coverage once the contractor saves a new card (charged at once)', async () => {
    const setup = await contractorPayAgency(server);
    const { contractor, assignment } = await scheduledCharge(server, setup, { token: 'pm_card_chargeDeclined' });
    server.clock.advance(24 * HOUR + 60_000);
    await runDueCharges(server.coverline.deps);
    const { client } = await signedInMemberOf(server, setup.agency);
    const [failed, ...none] = await history(client);
    expect(none).toEqual([]);
    const { portal, charge } = await myCharge(contractor);
    expect(failed).toMatchObject({ type: 'payment.failed', data: { ...charge, status: 'FAILED', failureMessage: expect.any(String), contractorId: contractor.id } });

    await portal.data('mutation($t: String!) { updatePaymentMethod(paymentMethodToken: $t) { id } }', { t: 'pm_card_visa' });
    expect(await statusOf(server, assignment)).toBe('COVERED');
    expect(await typesAfter(client, 1)).toEqual(['payment.succeeded', 'policy.active', 'assignment.active', 'certificate.issued']);
  });
});

describe('bulk import', () => {
  it("writes the imported assignment's application.started, and nothing for a dry run or a file with a bad row", async () => {
    const { client, agency } = await signedInAgencyMember(server);
    await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    const header = 'first_name,last_name,email,external_id,work_state,job_code,coverage_types,client_entity,job_name,description,effective_date,end_date,wage,payer';
    const row = (email: string, start: string) => `Ana,Souza,${email},A-1,IL,hospital-professional,GL,Northwind,Booth host,Greets visitors at the booth.,${start},${dayFromToday(server, 30)},1500.00,agency`;
    const IMPORT = 'mutation($csv: String!, $dryRun: Boolean) { importContractors(csv: $csv, dryRun: $dryRun) { assignmentsCreated errors { line column } } }';

    await client.data(IMPORT, { csv: `${header}\n${row('ana.events@example.com', dayFromToday(server, 3))}\n`, dryRun: true });
    const bad = await client.data<{ importContractors: { errors: unknown[] } }>(IMPORT, {
      csv: `${header}\n${row('ana.events@example.com', dayFromToday(server, 3))}\n${row('ben.events@example.com', dayFromToday(server, -3)).replace('A-1', 'A-2')}\n`,
    });
    expect(bad.importContractors.errors).not.toEqual([]);
    expect(await history(client)).toEqual([]);

    const imported = await client.data<{ importContractors: { assignmentsCreated: number } }>(IMPORT, { csv: `${header}\n${row('ana.events@example.com', dayFromToday(server, 3))}\n` });
    expect(imported.importContractors.assignmentsCreated).toBe(1);
    const [started, ...none] = await history(client);
    expect(none).toEqual([]);
    expect(started?.type).toBe('application.started');
  });
});

describe('recording an event', () => {
  async function recordAs(role: string, scopeAgencyId: string, eventAgencyId: string) {
    return server.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${role}, true), set_config('app.agency_id', ${scopeAgencyId}, true)`);
      return tx.execute(sql`select coverline_record_webhook_event(${eventAgencyId}::uuid, 'policy.active', '{}'::jsonb) as recorded`);
    });
  }

  it("refuses a scope another agency's event, and a facility scope any, as row-level security would", async () => {
    const [mine, theirs] = [await createAgency(server), await createAgency(server)];
    for (const role of ['coverline_contractor_scope', 'coverline_agency_scope']) {
      await expect(recordAs(role, mine.id, theirs.id)).rejects.toMatchObject({ cause: { code: '42501' } });
      await expect(recordAs(role, mine.id, mine.id)).resolves.toEqual([{ recorded: { id: expect.any(String), endpointIds: [] } }]);
    }
    await expect(recordAs('coverline_facility_scope', theirs.id, theirs.id)).rejects.toMatchObject({ cause: { code: '42501' } });
  });
});
