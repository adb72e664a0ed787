// The cost limit counts each list at its real size, so a small document that would make the server
// read millions of rows is refused before it runs, while every page the three apps send passes.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCost, MAX_LIST_COST } from '../src/graphql/list-cost.js';
import { NESTED_LIST_MAXIMUM } from '../src/graphql/nested-lists.js';
import { buildCoverlineSchema } from '../src/graphql/schema.js';
import { APP_DOCUMENTS, NESTED_LISTS } from './support/documents.js';
import { errorCode, errorField } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, coveredAssignment, createContractor, createMasterPolicies, signedInAgencyMember } from './factories/index.js';

describe('listCost', () => {
  it('counts a connection at its first (50 when left out), a list inside an object at its first (its maximum when left out), and a short unpaged list at 20', async () => {
    const schema = await buildCoverlineSchema();
    const cost = (query: string, variables: Record<string, unknown> = {}) => listCost(schema, parse(query), null, variables);
    // contractors(first: 10) { edges { node { id } } }: 10 × (1 contractors + 1 edges + 1 node + 1 id)
    expect(cost('{ contractors(first: 10) { edges { node { id } } } }')).toBe(10 * 4);
    expect(cost('query($n: Int) { contractors(first: $n) { edges { node { id } } } }', { n: 4 })).toBe(4 * 4);
    expect(cost('{ contractors { edges { node { id } } } }')).toBe(50 * 4);
    // Out of range, the list refuses `first` itself (BAD_USER_INPUT on first): not costed as a page.
    expect(cost('{ contractors(first: 500) { edges { node { id } } } }')).toBe(4);
    // Each contractor's assignments at their maximum, 200, each 1 + its id; or at their own first.
    expect(cost('{ contractors(first: 10) { edges { node { assignments { id } } } } }')).toBe(10 * (3 + NESTED_LIST_MAXIMUM.contractorAssignments * 2));
    expect(cost('query($n: Int) { contractors(first: 10) { edges { node { assignments(first: $n) { id statusHistory(first: 3) { at } } } } } }', { n: 5 })).toBe(10 * (3 + 5 * (2 + 3 * 2)));
    // Past its maximum, the nested list refuses `first` itself.
    expect(cost('{ contractors(first: 10) { edges { node { assignments(first: 1000) { id } } } } }')).toBe(10 * (3 + 1 * 2));
    // A job code's rates (no first: a state's two, the catalogue's hundred) at 20.
    expect(cost('{ jobCodes { rates { rate } } }')).toBe(20 * (1 + 20 * 2));
  });

  it('costs every page the three apps send within the limit, with their lists at 200', async () => {
    const schema = await buildCoverlineSchema();
    expect(APP_DOCUMENTS.length).toBeGreaterThan(50);
    const over = APP_DOCUMENTS.map(([name, document]) => [name, listCost(schema, document, null, { first: 200 })] as const).filter(([, cost]) => cost > MAX_LIST_COST);
    expect(over).toEqual([]);
  });
});

describe('over HTTP', () => {
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: 'false' }, { observeStatements: () => void statements++ });
  });
  afterAll(async () => server?.stop());

  it('refuses the nested lists quickly, before any of them is read, and still answers the same lists a page at a time', async () => {
    const { client } = await signedInAgencyMember(server);
    await client.data('{ viewer { id } }');
    statements = 0;
    const started = performance.now();
    const refused = await client.request(NESTED_LISTS);
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('QUERY_TOO_COSTLY');
    expect(refused.errors?.[0]?.message).toMatch(/^This query asks for too much at once \(a cost of [\d,]+, at most 200,000/);
    // The session lookup, and not one list.
    expect(statements).toBeLessThanOrEqual(1);
    const small = await client.request(`{ contractors(first: 5) { edges { node { assignments { id certificate { number } } } } } }`);
    expect(small.errors).toBeUndefined();
  });

  it('refuses 1,000 items of a nested list on `first`, prices every nested list at its page, and answers a nested page', async () => {
    await createMasterPolicies(server);
    const { agency, client } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency);
    for (let n = 0; n < 3; n++) await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });

    const thousand = await client.request(`query($id: ID!, $n: Int) { contractor(id: $id) { assignments(first: $n) { id } } }`, { id: contractor.id, n: 1000 });
    expect([errorCode(thousand), errorField(thousand), thousand.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'first', `Ask for 1 to ${NESTED_LIST_MAXIMUM.contractorAssignments} items.`]);
    // Written into the document, graphql-armor's own cost limit (which multiplies literal pages) refuses it first.
    const literal = await client.request(`query($id: ID!) { contractor(id: $id) { assignments(first: 1000) { id } } }`, { id: contractor.id });
    expect([literal.status, errorCode(literal)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    // Every contractor's every assignment's history and certificates at their maxima: 200 × 200 × 50 × 2 and more.
    const everything = await client.request(`query($n: Int) { contractors(first: $n) { edges { node { assignments { statusHistory { at } certificates { number } } } } } }`, { n: 200 });
    expect(errorCode(everything)).toBe('QUERY_TOO_COSTLY');
    const page = await client.data<{ contractor: { assignments: { statusHistory: unknown[] }[] } }>(
      `query($id: ID!) { contractor(id: $id) { assignments(first: 2) { statusHistory(first: 1) { at } } } }`,
      { id: contractor.id },
    );
    expect(page.contractor.assignments).toHaveLength(2);
    expect(page.contractor.assignments.every((assignment) => assignment.statusHistory.length === 1)).toBe(true);
    const all = await client.data<{ contractor: { assignments: unknown[] } }>(`query($id: ID!) { contractor(id: $id) { assignments { id } } }`, { id: contractor.id });
    expect(all.contractor.assignments).toHaveLength(3);
  });
});
