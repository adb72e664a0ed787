// Clients that go away mid-request (a load tool at the end of its run, a closed tab) while the request's
// statements still wait for PostgreSQL. The request's read connection must go back to the pool only once
// those statements are answered, and a pool with no connection free must answer 503 rather than wait for
// ever (the writes pool's transactions and statements as the reads pool's connections). A lock on
// job_code_rates, taken by the owner's connection, holds the statements where the test wants.
import net from 'node:net';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencySettings } from '../src/db/schema.js';
import { NO_SETTINGS } from '../src/db/scoped-database.js';
import { OPERATOR_KEY, startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createTeamMember, sessionCookie } from './factories/index.js';

const JOB_CODES = JSON.stringify({ query: '{ jobCodes(state: "OH") { code rates { coverageType rate } } }' });
const VIEWER = JSON.stringify({ query: '{ viewer { id } }' });
/** The size of each of the reads and writes pools (connectApplicationPools). */
const READ_CONNECTIONS = 10;
const WRITE_CONNECTIONS = 10;
const SET_BILLING_EMAIL = 'mutation($email: String!) { updateAgencySettings(input: { billingEmail: $email }) { id } }';

let server: TestServer;
let owner: postgres.Sql;
/** A signed-in member's viewer query: its session lookup is a read connection's first statement. */
let askViewer: () => ReturnType<typeof timedPost>;
let memberId: string;
let agencyId: string;
let memberHeaders: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  owner = postgres(server.databaseUrl, { max: 2, onnotice: () => {} });
  const agency = await createAgency(server);
  const member = await createTeamMember(server, agency);
  memberId = member.id;
  agencyId = agency.id;
  const cookie = await sessionCookie(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
  memberHeaders = { 'x-coverline-app': 'agency', cookie: cookie.header };
  askViewer = () => timedPost(VIEWER, memberHeaders);
});
afterAll(async () => {
  await owner?.end({ timeout: 1 });
  await server?.stop();
});

/** Holds an exclusive lock on job_code_rates (even parsing a statement that reads it waits) until `unlock` is called. */
async function lockJobCodeRates(): Promise<{ unlock: () => Promise<void> }> {
  let unlock!: () => void;
  const held = new Promise<void>((resolve) => (unlock = resolve));
  let locked!: () => void;
  const taken = new Promise<void>((resolve) => (locked = resolve));
  const transaction = owner.begin(async (tx) => {
    await tx`lock table job_code_rates in access exclusive mode`;
    locked();
    await held;
  });
  await taken;
  return {
    unlock: async () => {
      unlock();
      await transaction;
    },
  };
}

/** The application's read connections waiting for the lock on job_code_rates. */
async function readsWaitingForTheLock(): Promise<number> {
  const [row] = await owner<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and application_name = 'coverline-reads' and wait_event_type = 'Lock'`;
  return row?.n ?? 0;
}

async function until(condition: () => Promise<boolean>, withinMs = 5_000): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > withinMs) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A POST /graphql over a raw socket, which the test cuts when it likes; resolves once the socket is closed. */
function rawRequest(body: string, headers: Record<string, string>): { socket: net.Socket; firstBytes: Promise<void>; closed: Promise<void> } {
  const { hostname, port } = new URL(server.url);
  const socket = net.connect(Number(port), hostname);
  socket.on('error', () => undefined);
  const head = Object.entries({ host: `${hostname}:${port}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.write(`POST /graphql HTTP/1.1\r\n${head}\r\n\r\n${body}`);
  return {
    socket,
    firstBytes: new Promise((resolve) => socket.once('data', () => resolve())),
    closed: new Promise((resolve) => socket.once('close', () => resolve())),
  };
}

async function timedPost(body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { data?: unknown; errors?: { extensions: { code: string } }[] }, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
}

const operator = { authorization: `Bearer ${OPERATOR_KEY}` };

/** Every read connection can be lent at once: each of ten requests holds one while it waits for the lock. */
async function expectEveryReadConnectionFree(): Promise<void> {
  const lock = await lockJobCodeRates();
  const waiting = Array.from({ length: READ_CONNECTIONS }, () => timedPost(JOB_CODES, operator));
  await until(async () => (await readsWaitingForTheLock()) === READ_CONNECTIONS);
  await lock.unlock();
  for (const answer of await Promise.all(waiting)) expect(answer.status).toBe(200);
}

describe('a client that goes away mid-request', () => {
  // First on this server: the requests' statement on job_code_rates (their third, with parameters) is
  // new to every connection, so postgres.js is still waiting for PostgreSQL to describe it when the
  // clients go away.
  it("keeps the request's connection until its statements are answered: the next request gets its own answer", async () => {
    const lock = await lockJobCodeRates();
    const cut = Array.from({ length: READ_CONNECTIONS }, () => rawRequest(JOB_CODES, operator));
    await until(async () => (await readsWaitingForTheLock()) === READ_CONNECTIONS);
    for (const request of cut) request.socket.destroy();
    await Promise.all(cut.map((request) => request.closed));
    // Asked while every connection still waits on a statement of a request that is gone.
    const next = askViewer();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await lock.unlock();
    const answer = await next;
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { viewer: { id: memberId } } });
    expect(answer.ms).toBeLessThan(3_000);
    await expectEveryReadConnectionFree();
  });

  it('gives every connection back, whenever the client goes away: before the answer or in the middle of it', async () => {
    for (let round = 0; round < 5; round++) {
      const requests = Array.from({ length: 2 * READ_CONNECTIONS }, (_, i) => ({ i, request: rawRequest(JOB_CODES, operator) }));
      for (const { i, request } of requests) {
        if (i % 3 === 0) request.socket.destroy();
        else if (i % 3 === 1) setTimeout(() => request.socket.destroy(), i);
        else void request.firstBytes.then(() => request.socket.destroy());
      }
      await Promise.all(requests.map(({ request }) => request.closed));
      const answer = await askViewer();
      expect(answer.body).toEqual({ data: { viewer: { id: memberId } } });
      expect(answer.ms).toBeLessThan(1_000);
    }
    await expectEveryReadConnectionFree();
  });
});

describe('a pool with every connection lent', () => {
  it('answers 503 SERVICE_UNAVAILABLE within seconds instead of waiting for ever, and serves again once connections come back', async () => {
    const lock = await lockJobCodeRates();
    const holding = Array.from({ length: READ_CONNECTIONS }, () => timedPost(JOB_CODES, operator));
    await until(async () => (await readsWaitingForTheLock()) === READ_CONNECTIONS);
    const refused = await askViewer();
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.retryAfter).toBe('5');
    expect(refused.ms).toBeGreaterThan(2_500);
    expect(refused.ms).toBeLessThan(4_500);
    await lock.unlock();
    for (const answer of await Promise.all(holding)) expect(answer.status).toBe(200);
    expect((await askViewer()).body).toEqual({ data: { viewer: { id: memberId } } });
  });
});

/** The application's writes connections inside a transaction that waits on nothing but its borrower. */
async function writesIdleInTransaction(): Promise<number> {
  const [row] = await owner<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and application_name = 'coverline-writes' and state = 'idle in transaction'`;
  return row?.n ?? 0;
}

async function billingEmail(): Promise<string | null> {
  const [row] = await server.db.select({ billingEmail: agencySettings.billingEmail }).from(agencySettings).where(eq(agencySettings.agencyId, agencyId));
  return row?.billingEmail ?? null;
}

describe('a writes pool with every connection lent', () => {
  it('answers a mutation 503 SERVICE_UNAVAILABLE within seconds, with an Idempotency-Key or without, writes nothing, and writes again once connections come back', async () => {
    const { database } = server.coverline.deps;
    const released = Promise.withResolvers<void>();
    const holding = Array.from({ length: WRITE_CONNECTIONS }, () => database.transaction(NO_SETTINGS, () => released.promise));
    await until(async () => (await writesIdleInTransaction()) === WRITE_CONNECTIONS);
    const before = await billingEmail();
    const setBillingEmail = (email: string, headers: Record<string, string> = {}) =>
      timedPost(JSON.stringify({ query: SET_BILLING_EMAIL, variables: { email } }), { ...memberHeaders, ...headers });

    // Unkeyed, the transaction waits for a connection; keyed, the key's claim (a statement of its own) does first.
    for (const refused of [await setBillingEmail('refused@example.com'), await setBillingEmail('refused-keyed@example.com', { 'idempotency-key': 'pool-lent' })]) {
      expect(refused.status).toBe(503);
      expect(refused.body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.retryAfter).toBe('5');
      expect(refused.ms).toBeGreaterThan(2_500);
      expect(refused.ms).toBeLessThan(4_500);
    }
    expect(await billingEmail()).toBe(before);

    released.resolve();
    await Promise.all(holding);
    // A transaction given up on while it waited rolled back when its connection came: each one is free again.
    const written = await setBillingEmail('written@example.com', { 'idempotency-key': 'pool-lent' });
    expect(written.status).toBe(200);
    expect(written.body.data).toEqual({ updateAgencySettings: { id: agencyId } });
    expect(await billingEmail()).toBe('written@example.com');
    const stillHeld = Array.from({ length: WRITE_CONNECTIONS }, () => database.transaction(NO_SETTINGS, async () => undefined));
    await Promise.all(stillHeld);
    expect(await writesIdleInTransaction()).toBe(0);
  });
});
