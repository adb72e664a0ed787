// Each viewer's request budget (a burst, then a steady rate) and each tenant's cap on requests in
// flight: over either, 429 RATE_LIMITED with Retry-After, before anything runs; other tenants unaffected.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestBudget } from '../src/graphql/request-budget.js';
import { errorCode } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, signedInMemberOf } from './factories/index.js';

const VIEWER = '{ viewer { id } }';
const CREATE_CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;

describe('RequestBudget', () => {
  it('lets a burst through, then one request per 1/rate seconds, and says how long to wait', () => {
    let now = 0;
    const budget = new RequestBudget({ burst: 3, perSecond: 2, tenantInFlight: 100 }, () => now);
    for (let request = 0; request < 3; request++) expect(budget.take('v', 't').allowed).toBe(true);
    expect(budget.take('v', 't')).toEqual({ allowed: false, retryAfterSeconds: 1, why: 'RATE' });
    expect(budget.take('another viewer', 't').allowed).toBe(true);
    now += 500;
    expect(budget.take('v', 't').allowed).toBe(true);
    expect(budget.take('v', 't').allowed).toBe(false);
    now += 10_000;
    for (let request = 0; request < 3; request++) expect(budget.take('v', 't').allowed).toBe(true);
    expect(budget.take('v', 't').allowed).toBe(false);
  });

  it("caps a tenant's requests in flight, and frees a place as each one ends (once)", () => {
    const budget = new RequestBudget({ burst: 100, perSecond: 100, tenantInFlight: 2 }, () => 0);
    const first = budget.take('a', 'agency');
    const second = budget.take('b', 'agency');
    expect(budget.take('c', 'agency')).toEqual({ allowed: false, retryAfterSeconds: 1, why: 'CONCURRENCY' });
    expect(budget.take('d', 'other agency').allowed).toBe(true);
    if (!first.allowed || !second.allowed) throw new Error('the first two are let through');
    first.release();
    first.release();
    expect(budget.take('c', 'agency').allowed).toBe(true);
    expect(budget.take('e', 'agency').allowed).toBe(false);
  });
});

describe('over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: 'false', REQUEST_BURST: '5', REQUESTS_PER_SECOND: '1', TENANT_CONCURRENT_REQUESTS: '2' });
    await server.db.execute(sql`create function slow_insert() returns trigger language plpgsql as $$ begin perform pg_sleep(0.8); return new; end $$`);
    await server.db.execute(sql`create trigger slow_insert before insert on contractors for each row when (new.first_name = 'Slow') execute function slow_insert()`);
  });
  afterAll(async () => server?.stop());

  it("answers a viewer over its rate 429 with Retry-After, while another viewer's requests run", async () => {
    const { client } = await signedInMemberOf(server, await createAgency(server));
    const { client: other } = await signedInMemberOf(server, await createAgency(server));
    const answers = [];
    for (let request = 0; request < 7; request++) answers.push(await client.request(VIEWER));
    expect(answers.slice(0, 5).every((answer) => answer.status === 200 && !answer.errors)).toBe(true);
    expect(answers[5]?.status).toBe(429);
    expect(errorCode(answers[5]!)).toBe('RATE_LIMITED');
    expect(answers[5]?.errors?.[0]?.message).toBe('Too many requests. Wait 1 second and try again.');
    expect((await other.request(VIEWER)).status).toBe(200);
  });

  it('charges documents refused for their depth, cost, merges or size to the budget too, and refuses the next before parsing it', async () => {
    const { client } = await signedInMemberOf(server, await createAgency(server));
    const refused = [
      `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } }`,
      `{ ${'viewer { id } '.repeat(330)}}`,
      `{ viewer { ${'id '.repeat(5000)}} }`,
      `query($n: Int) { a: contractors(first: $n) { edges { node { assignments { statusHistory { at } } } } } b: contractors(first: $n) { edges { node { assignments { statusHistory { at } } } } } }`,
      '{ viewer { ',
    ];
    const answers = [];
    for (const query of refused) answers.push(await client.request(query, { n: 200 }));
    expect(answers.map((answer) => [answer.status, errorCode(answer)])).toEqual([
      [400, 'GRAPHQL_VALIDATION_FAILED'],
      [400, 'GRAPHQL_VALIDATION_FAILED'],
      [400, 'GRAPHQL_PARSE_FAILED'],
      [400, 'QUERY_TOO_COSTLY'],
      [400, 'GRAPHQL_PARSE_FAILED'],
    ]);
    const next = await client.exchange(VIEWER);
    expect(next.result.status).toBe(429);
    expect(errorCode(next.result)).toBe('RATE_LIMITED');
    expect(next.headers.get('retry-after')).toBe('1');
    // Over budget, even a document that would take long to validate is answered at once.
    const overBudget = await client.request(`{ ${'viewer { id } '.repeat(330)}}`);
    expect([overBudget.status, errorCode(overBudget)]).toEqual([429, 'RATE_LIMITED']);
  });

  it("keeps one agency's slow requests from taking more than its share: the extra ones wait outside, the other agency's run at once", async () => {
    const slowAgency = await createAgency(server);
    const members = await Promise.all([0, 1, 2, 3].map(() => signedInMemberOf(server, slowAgency)));
    const { client: other } = await signedInMemberOf(server, await createAgency(server));
    const slow = members.map(({ client }, n) => client.request(CREATE_CONTRACTOR, { input: { firstName: 'Slow', lastName: `Poke ${n}`, email: `slow${n}@example.test` } }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const quick = await other.request(VIEWER);
    expect(quick.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    const statuses = (await Promise.all(slow)).map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429]);
    const [written] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from contractors where agency_id = ${slowAgency.id}`);
    expect(written?.n).toBe(2);
  });
});
