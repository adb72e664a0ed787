// One slow statement cannot hold a connection for long: a request's statements stop after
// STATEMENT_TIMEOUT_MS (answering 503 QUERY_TIMEOUT and writing nothing), while a job's transaction
// has the longer JOB_STATEMENT_TIMEOUT_MS.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../src/access/access.js';
import { authorize } from '../src/access/policy.js';
import { errorCode } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, signedInMemberOf } from './factories/index.js';

const CREATE_CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false', STATEMENT_TIMEOUT_MS: '300', JOB_STATEMENT_TIMEOUT_MS: '5000' });
  // A contractor whose insert takes a second: a slow statement of a request.
  await server.db.execute(sql`create function slow_insert() returns trigger language plpgsql as $$ begin perform pg_sleep(1); return new; end $$`);
  await server.db.execute(sql`create trigger slow_insert before insert on contractors for each row when (new.first_name = 'Slow') execute function slow_insert()`);
});
afterAll(async () => server?.stop());

describe('statement timeouts', () => {
  it("stop a request's slow statement: 503 QUERY_TIMEOUT, nothing written, and the connection serves the next request", async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const started = performance.now();
    const slow = await client.request(CREATE_CONTRACTOR, { input: { firstName: 'Slow', lastName: 'Poke', email: 'slow@example.test' } });
    expect(performance.now() - started).toBeLessThan(900);
    expect(slow.status).toBe(503);
    expect(errorCode(slow)).toBe('QUERY_TIMEOUT');
    const [written] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from contractors where agency_id = ${agency.id}`);
    expect(written?.n).toBe(0);
    const quick = await client.data<{ createContractor: { id: string } }>(CREATE_CONTRACTOR, { input: { firstName: 'Quick', lastName: 'Poke', email: 'quick@example.test' } });
    expect(quick.createContractor.id).toBeTruthy();
  });

  it("give a job's transaction the longer limit", async () => {
    const slept = await asSystem(server.coverline.deps, 'statement-timeouts test', (access) =>
      authorize(access, 'mail:deliver').transaction(async ({ db }) => {
        await db.execute(sql`select pg_sleep(0.6)`);
        return true;
      }),
    );
    expect(slept).toBe(true);
  });
});
