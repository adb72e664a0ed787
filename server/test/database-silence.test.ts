// A database that accepts connections but never answers (a partition, a stalled host): a proxy in
// front of PostgreSQL stops passing bytes. /healthz, GraphQL and a transaction answer 503 within a few
// seconds instead of waiting for ever, and everything works again by itself once the database answers.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SETTINGS } from '../src/db/scoped-database.js';
import { createAgency, createTeamMember, sessionCookie } from './factories/index.js';
import { startFreezableProxy, type FreezableProxy } from './support/freezable-proxy.js';
import { copyTemplateDatabase, startTestServer, type TestServer } from './support/test-server.js';

/** What "quickly" means here: the watch probes after 1 s of waiting and gives the probe 2 s (client.ts). */
const BOUND_MS = 4_000;

let copy: Awaited<ReturnType<typeof copyTemplateDatabase>>;
let proxy: FreezableProxy;
let server: TestServer;
let memberId: string;
let viewerHeaders: Record<string, string>;

beforeAll(async () => {
  copy = await copyTemplateDatabase();
  const direct = new URL(copy.url);
  proxy = await startFreezableProxy({ host: direct.hostname, port: Number(direct.port) });
  const proxied = new URL(copy.url);
  proxied.port = String(proxy.port);
  server = await startTestServer({ RUN_WORKER: 'false' }, { databaseUrl: proxied.toString() });
  const agency = await createAgency(server);
  const member = await createTeamMember(server, agency);
  memberId = member.id;
  const cookie = await sessionCookie(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
  viewerHeaders = { 'x-coverline-app': 'agency', cookie: cookie.header };
});

afterAll(async () => {
  proxy?.thaw();
  await server?.stop();
  await proxy?.close();
  await copy?.drop();
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

const healthz = () => fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(30_000) }).then((response) => response.status);

async function askViewer() {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...viewerHeaders },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { viewer: { id: string } | null }; errors?: { extensions: { code: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions.code, viewerId: body.data?.viewer?.id };
}

async function recovered(): Promise<void> {
  const started = performance.now();
  while ((await healthz()) !== 200) {
    if (performance.now() - started > 15_000) throw new Error('the server did not recover');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a database that accepts connections but never answers', () => {
  it('answers 503 within seconds on /healthz and GraphQL, and recovers by itself once the database answers', async () => {
    expect(await healthz()).toBe(200);
    expect((await askViewer()).viewerId).toBe(memberId);

    proxy.freeze();
    const health = await timed(healthz);
    expect(health.value).toBe(503);
    expect(health.ms).toBeLessThan(BOUND_MS);
    const query = await timed(askViewer);
    expect(query.value).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(query.ms).toBeLessThan(BOUND_MS);

    proxy.thaw();
    await recovered();
    const answers = await Promise.all(Array.from({ length: 12 }, askViewer));
    expect(answers.map((answer) => answer.viewerId)).toEqual(answers.map(() => memberId));
  });

  it('gives up on a request waiting for its answer when the database goes silent under it', async () => {
    proxy.freeze();
    const waiting = await timed(askViewer);
    expect(waiting.value).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(waiting.ms).toBeLessThan(BOUND_MS);
    proxy.thaw();
    await recovered();
    expect((await askViewer()).viewerId).toBe(memberId);
  });

  it('gives up on a transaction, which then writes nothing once the database answers again', async () => {
    const { database } = server.coverline.deps;
    proxy.freeze();
    const transaction = await timed(() =>
      database.transaction(NO_SETTINGS, async (tx) => {
        await tx.execute(sql`create table written_after_silence (id int)`);
        return 'committed';
      }).catch((error: unknown) => error),
    );
    expect(transaction.value).toMatchObject({ code: 'DATABASE_SILENT' });
    expect(transaction.ms).toBeLessThan(BOUND_MS);
    proxy.thaw();
    await recovered();
    const [table] = await server.db.execute<{ name: string | null }>(sql`select to_regclass('written_after_silence')::text as name`);
    expect(table?.name).toBeNull();
  });
});
