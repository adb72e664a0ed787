// PO numbers (flow 7): the agency's assignments list with its filters and paging, the missing PO
// numbers box (rule 6, in SQL exactly as the domain says it), and setting one PO number with its
// contact on several assignments at once.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ASSIGNMENT_STATUSES, countsAsMissingPoNumber, MAX_PO_NUMBER_ASSIGNMENTS } from '@coverline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, purchaseOrders } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  assignmentAwaitingOptIn,
  completedOptIn,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  dayFromToday,
  signedInMemberOf,
} from './factories/index.js';

const LIST = `query($filter: AssignmentFilter, $first: Int, $after: String) {
  assignments(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status poNumber effectiveDate endDate contractor { id } } }
  }
}`;
const SET_PO = `mutation($ids: [ID!]!, $po: String!, $email: String) {
  setPoNumber(assignmentIds: $ids, poNumber: $po, poContactEmail: $email) { id poNumber }
}`;

type Listed = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; status: string; poNumber: string | null; effectiveDate: string; endDate: string } }[] };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(async () => server?.stop());

async function list(client: GraphQLClient, variables: Record<string, unknown>): Promise<Listed> {
  return (await client.data<{ assignments: Listed }>(LIST, variables)).assignments;
}

const missingCount = async (client: GraphQLClient) => (await list(client, { filter: { missingPoNumber: true }, first: 1 })).totalCount;

/** An agency with a mix: contractors with and without a completed opt-in, an assignment in every status for each, some with a PO number. */
async function agencyWithMix() {
  const agency = await createAgency(server);
  const category = await approvedJobCategory(server, agency);
  const facility = await createFacility(server, agency);
  await server.db.insert(purchaseOrders).values({ agencyId: agency.id, number: 'PO-EXISTING' });
  const optedIn = await createContractor(server, agency, { firstName: 'Opted', lastName: 'In' });
  await completedOptIn(server, optedIn);
  const notYet = await createContractor(server, agency, { firstName: 'Not', lastName: 'Yet' });
  const rows: { id: string; contractorOptedIn: boolean; status: (typeof ASSIGNMENT_STATUSES)[number]; poNumber: string | null }[] = [];
  let day = 1;
  for (const contractor of [optedIn, notYet]) {
    for (const status of ASSIGNMENT_STATUSES) {
      for (const poNumber of [null, 'PO-EXISTING']) {
        const row = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: day % 2 ? facility.id : null, effectiveDate: dayFromToday(server, day), endDate: dayFromToday(server, day++ + 5) });
        await server.db.update(assignments).set({ status, poNumber }).where(and(eq(assignments.agencyId, agency.id), eq(assignments.id, row.id)));
        rows.push({ id: row.id, contractorOptedIn: contractor === optedIn, status, poNumber });
      }
    }
  }
  const { client } = await signedInMemberOf(server, agency);
  return { agency, category, facility, optedIn, notYet, rows, client };
}

describe('the missing PO numbers filter (rule 6)', () => {
  it('lists exactly the assignments countsAsMissingPoNumber counts, and false lists all the others', async () => {
    const { rows, client } = await agencyWithMix();
    const expected = rows.filter((row) => countsAsMissingPoNumber(row)).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);

    const missing = await list(client, { filter: { missingPoNumber: true }, first: 200 });
    expect(missing.edges.map((edge) => edge.node.id).sort()).toEqual([...expected].sort());
    expect(missing.totalCount).toBe(expected.length);

    const others = await list(client, { filter: { missingPoNumber: false }, first: 200 });
    expect(others.edges.map((edge) => edge.node.id).sort()).toEqual(rows.map((row) => row.id).filter((id) => !expected.includes(id)).sort());
  });
});

describe('assignments(filter, first, after)', () => {
  let mix: Awaited<ReturnType<typeof agencyWithMix>>;
  beforeAll(async () => {
    mix = await agencyWithMix();
  }, 60_000);

  it('filters by contractor, status, facility and effective-date range, in combination', async () => {
    const { client, optedIn, facility, rows } = mix;
    const byContractor = await list(client, { filter: { contractorId: optedIn.id }, first: 200 });
    expect(byContractor.totalCount).toBe(rows.filter((row) => row.contractorOptedIn).length);

    const covered = await list(client, { filter: { status: 'COVERED', contractorId: optedIn.id } });
    expect(covered.edges.map((edge) => edge.node.status)).toEqual(['COVERED', 'COVERED']);

    const atFacility = await list(client, { filter: { facilityId: facility.id }, first: 200 });
    expect(atFacility.totalCount).toBe(rows.length / 2);

    const from = dayFromToday(server, 3);
    const to = dayFromToday(server, 6);
    const inRange = await list(client, { filter: { effectiveFrom: from, effectiveTo: to } });
    expect(inRange.edges.map((edge) => edge.node.effectiveDate).sort()).toEqual([from, dayFromToday(server, 4), dayFromToday(server, 5), to]);

    // Each assignment of the mix ends five days after it starts.
    const endingInRange = await list(client, { filter: { endFrom: dayFromToday(server, 10), endTo: dayFromToday(server, 11) } });
    expect(endingInRange.edges.map((edge) => edge.node.endDate).sort()).toEqual([dayFromToday(server, 10), dayFromToday(server, 11)]);

    // The work overlapping a period: starting by its last day and ending on or after its first.
    const overlapping = await list(client, { filter: { effectiveTo: dayFromToday(server, 3), endFrom: dayFromToday(server, 3) }, first: 200 });
    expect(overlapping.edges.map((edge) => edge.node.effectiveDate).sort()).toEqual([1, 2, 3].map((day) => dayFromToday(server, day)));
    for (const { node } of overlapping.edges) expect(node.endDate >= dayFromToday(server, 3)).toBe(true);

    const combined = await list(client, { filter: { contractorId: optedIn.id, facilityId: facility.id, endTo: dayFromToday(server, 10) }, first: 200 });
    expect(combined.edges.map((edge) => edge.node.endDate).sort()).toEqual([6, 8, 10].map((day) => dayFromToday(server, day)));
  });

  it('pages newest first by cursor, every assignment once', async () => {
    const { client, rows } = mix;
    const seen: string[] = [];
    let after: string | null = null;
    let dates: string[] = [];
    for (;;) {
      const page: Listed = await list(client, { first: 7, after });
      expect(page.totalCount).toBe(rows.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      dates = [...dates, ...page.edges.map((edge) => edge.node.effectiveDate)];
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(rows.length);
    expect(new Set(seen).size).toBe(rows.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each([
    [{ filter: { contractorId: 'not-an-id' } }, 'filter.contractorId'],
    [{ filter: { facilityId: 'nope' } }, 'filter.facilityId'],
    [{ filter: { effectiveFrom: '2026-13-01' } }, 'filter.effectiveFrom'],
    [{ filter: { effectiveTo: 'tomorrow' } }, 'filter.effectiveTo'],
    [{ filter: { effectiveFrom: '2026-12-10', effectiveTo: '2026-12-01' } }, 'filter.effectiveTo'],
    [{ filter: { endFrom: '2026-02-30' } }, 'filter.endFrom'],
    [{ filter: { endFrom: '2026-12-10', endTo: '2026-12-01' } }, 'filter.endTo'],
    [{ first: 0 }, 'first'],
    [{ first: 201 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ after: Buffer.from('["2026-12-01", "not-an-id"]').toString('base64url') }, 'after'],
  ])('refuses %j as BAD_USER_INPUT on the field at fault', async (variables, field) => {
    const result = await mix.client.request(LIST, variables);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
  });

  it("shows another agency none of them; its contractor's id finds nothing", async () => {
    const other = await createAgency(server);
    const { client } = await signedInMemberOf(server, other);
    expect((await list(client, {})).totalCount).toBe(0);
    expect((await list(client, { filter: { contractorId: mix.optedIn.id } })).edges).toEqual([]);
    expect(await missingCount(client)).toBe(0);
  });
});

describe('setPoNumber', () => {
  async function agencyMissingPos() {
    const mix = await agencyWithMix();
    const missing = (await list(mix.client, { filter: { missingPoNumber: true }, first: 200 })).edges.map((edge) => edge.node.id);
    return { ...mix, missing };
  }

  it('sets one PO number and its contact on several assignments: the box drops to zero, and it is audited', async () => {
    const { agency, client, missing } = await agencyMissingPos();
    const updated = await client.data<{ setPoNumber: { id: string; poNumber: string }[] }>(SET_PO, { ids: missing, po: ' META-2027-Q1 ', email: 'ap@meta.test' });
    expect(updated.setPoNumber.map((row) => row.poNumber)).toEqual(missing.map(() => 'META-2027-Q1'));
    expect(await missingCount(client)).toBe(0);

    const [order] = await server.db.select().from(purchaseOrders).where(and(eq(purchaseOrders.agencyId, agency.id), eq(purchaseOrders.number, 'META-2027-Q1')));
    expect(order?.contactEmail).toBe('ap@meta.test');
    const [audit] = await server.db.select().from(auditLog).where(and(eq(auditLog.agencyId, agency.id), eq(auditLog.action, 'assignment.set_po_number')));
    expect(audit?.data).toMatchObject({ poNumber: 'META-2027-Q1', poContactEmail: 'ap@meta.test' });
    expect((audit?.data as { assignmentIds: string[] }).assignmentIds.sort()).toEqual([...missing].sort());
  });

  it("changes one assignment's PO number, and a later contact email replaces the purchase order's contact; none keeps it", async () => {
    const { agency, client, missing } = await agencyMissingPos();
    const [first, second] = missing;
    await client.data(SET_PO, { ids: [first], po: 'PO-A', email: 'old@client.test' });
    await client.data(SET_PO, { ids: [first], po: 'PO-B' });
    await client.data(SET_PO, { ids: [second], po: 'PO-A', email: 'new@client.test' });
    await client.data(SET_PO, { ids: [second], po: 'PO-A' });
    const orders = await server.db.select().from(purchaseOrders).where(eq(purchaseOrders.agencyId, agency.id));
    expect(Object.fromEntries(orders.map((order) => [order.number, order.contactEmail]))).toMatchObject({ 'PO-A': 'new@client.test', 'PO-B': null });
    const rows = await list(client, { filter: { missingPoNumber: false }, first: 200 });
    expect(rows.edges.find((edge) => edge.node.id === first)?.node.poNumber).toBe('PO-B');
  });

  it.each([
    [{ po: '   ' }, 'poNumber'],
    [{ po: 'X'.repeat(65) }, 'poNumber'],
    [{ po: 'PO-1', email: 'not an email' }, 'poContactEmail'],
    [{ po: 'PO-1', ids: [] }, 'assignmentIds'],
    [{ po: 'PO-1', ids: ['nope'] }, 'assignmentIds'],
  ])('refuses %j as BAD_USER_INPUT, and changes nothing', async (variables, field) => {
    const { client, missing } = await agencyMissingPos();
    const result = await client.request(SET_PO, { ids: missing, ...variables });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(await missingCount(client)).toBe(missing.length);
  });

  it(`refuses more than ${MAX_PO_NUMBER_ASSIGNMENTS} assignments at once (70,000 ids: more than PostgreSQL takes in one statement) as BAD_USER_INPUT, and changes nothing`, async () => {
    const { client, missing } = await agencyMissingPos();
    const result = await client.request(SET_PO, { ids: [...missing, ...Array.from({ length: 70_000 }, () => randomUUID())], po: 'PO-MANY' });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'assignmentIds']);
    expect(result.errors?.[0]?.message).toMatch(/at most 1,000 assignments/);
    expect(await missingCount(client)).toBe(missing.length);
  });

  it("is all or nothing: one of another agency's assignments among them is NOT_FOUND, and none changes", async () => {
    const { client, missing } = await agencyMissingPos();
    const other = await agencyMissingPos();
    const result = await client.request(SET_PO, { ids: [...missing, other.missing[0]], po: 'PO-MIXED' });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await missingCount(client)).toBe(missing.length);
    expect(await missingCount(other.client)).toBe(other.missing.length);
  });

  it('works the same with an agency API key: list the missing ones, set their PO number', async () => {
    const { client, missing } = await agencyMissingPos();
    const integration = server.apiClient(await createApiKey(client));
    const listed = await list(integration, { filter: { missingPoNumber: true }, first: 200 });
    expect(listed.edges.map((edge) => edge.node.id).sort()).toEqual([...missing].sort());
    await integration.data(SET_PO, { ids: missing, po: 'INT-1', email: 'ap@integration.test' });
    expect(await missingCount(integration)).toBe(0);
  });
});
