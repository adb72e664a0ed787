// Writes under kills: agency integrations create contractors through the API while the API process is
// SIGKILLed and its PostgreSQL (fsync on, as `pnpm start` runs it) is crashed (an immediate shutdown,
// as `pg_ctl stop -m immediate`) and restarted. A client retries a write with its Idempotency-Key
// until it is answered; every write answered with data must then be in the database exactly once.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { like, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractors } from '../src/db/schema.js';
import { createDatabaseIfMissing } from '../src/db/database.js';
import { isAlive, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded.js';
import { createApiKey, signedInAgencyMember } from '../test/factories/index.js';
import { killProcess, startApiProcess } from '../test/support/child-processes.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { HTTP_PORT, LOAD_CLIENT_BUDGET, POSTGRES_PORT, printFigures, randomPause, SCALE } from './scale.js';

const CREATE_CONTRACTOR = 'mutation($input: CreateContractorInput!) { createContractor(input: $input) { id email } }';
const DATABASE = 'coverline_chaos_writes';
const EMAIL_DOMAIN = 'writes.chaos.test';

type Write = { email: string; attempts: number; acknowledgedId: string | null };

let dataDir: string;
let postgres: EmbeddedDatabase;
let server: TestServer;
let api: Awaited<ReturnType<typeof startApiProcess>> | undefined;

const startPostgres = () => startEmbeddedPostgres({ dataDir, port: POSTGRES_PORT, logger: pino({ level: 'silent' }) });

/** An immediate shutdown of the postmaster (SIGQUIT): no checkpoint, recovery from the WAL on the next start. */
async function crashPostgres(): Promise<void> {
  const pid = Number.parseInt((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10);
  process.kill(pid, 'SIGQUIT');
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'coverline-chaos-writes-'));
  postgres = await startPostgres();
  await createDatabaseIfMissing(postgres.url('postgres'), DATABASE);
  // The test server migrates the database and makes the agency whose API key the integrations use.
  server = await startTestServer({ RUN_WORKER: 'false' }, { databaseUrl: postgres.url(DATABASE) });
});

afterAll(async () => {
  if (api) await killProcess(api.process);
  await server?.stop();
  await postgres?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

describe('writes while the API is killed and PostgreSQL restarted', () => {
  it('keeps every acknowledged write, exactly once', async () => {
    const { client } = await signedInAgencyMember(server);
    const apiKey = await createApiKey(client);
    const databaseUrl = postgres.url(DATABASE);
    let apiKills = 0;
    let apiCrashes = 0;
    let killing = false;
    // An API that exits without being killed (a driver's error escaping on a database restart) is a crash.
    const startApi = async () => {
      const started = await startApiProcess(databaseUrl, HTTP_PORT, LOAD_CLIENT_BUDGET);
      started.process.once('exit', () => void (killing || (apiCrashes += 1)));
      return started;
    };
    api = await startApi();

    const writes: Write[] = [];
    let stopping = false;
    /** One write, retried with its key (after a dropped connection, a 503 while the database is away, a 409 while its first try runs) until answered or the run ends. */
    const write = async (n: number): Promise<void> => {
      const record: Write = { email: `chaos-${n}@${EMAIL_DOMAIN}`, attempts: 0, acknowledgedId: null };
      writes.push(record);
      const body = JSON.stringify({ query: CREATE_CONTRACTOR, variables: { input: { firstName: 'Chaos', lastName: `Writer ${n}`, email: record.email } } });
      while (!stopping || record.attempts === 0) {
        record.attempts += 1;
        try {
          const response = await fetch(`${api!.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, 'idempotency-key': `chaos-write-${n}` },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          const result = (await response.json()) as { data?: { createContractor?: { id: string; email: string } } };
          if (response.status === 200 && result.data?.createContractor?.email === record.email) {
            record.acknowledgedId = result.data.createContractor.id;
            return;
          }
        } catch {
          // The API is down or was killed mid-answer: the same key again.
        }
        await randomPause(100, 300);
      }
    };
    let nextWrite = 0;
    const writers = Array.from({ length: SCALE.writes.writers }, async () => {
      while (!stopping) await write(nextWrite++);
    });

    const events = [...Array<'api'>(SCALE.writes.apiKills).fill('api'), ...Array<'postgres'>(SCALE.writes.postgresRestarts).fill('postgres')].sort(() => Math.random() - 0.5);
    let postgresRestarts = 0;
    for (const event of events) {
      await randomPause(300, 1500);
      if (event === 'api') {
        killing = true;
        await killProcess(api.process);
        killing = false;
        apiKills += 1;
        api = await startApi();
      } else {
        await crashPostgres();
        postgresRestarts += 1;
        postgres = await startPostgres();
      }
    }
    await randomPause(500, 1000);
    stopping = true;
    await Promise.all(writers);

    const rows = await server.db
      .select({ email: contractors.email, ids: sql<string[]>`array_agg(${contractors.id})` })
      .from(contractors)
      .where(like(contractors.email, `%@${EMAIL_DOMAIN}`))
      .groupBy(contractors.email);
    const stored = new Map(rows.map((row) => [row.email, row.ids]));
    const acknowledged = writes.filter((w) => w.acknowledgedId !== null);
    const unacknowledged = writes.filter((w) => w.acknowledgedId === null);
    const lost = acknowledged.filter((w) => !stored.get(w.email)?.includes(w.acknowledgedId!));
    const duplicated = writes.filter((w) => (stored.get(w.email)?.length ?? 0) > 1);
    printFigures('Writes under kills', [
      ['API kills (SIGKILL)', apiKills],
      ['PostgreSQL restarts (immediate shutdown)', postgresRestarts],
      ['API exits of its own (crashes)', apiCrashes],
      ['writes tried', writes.length],
      ['  tries sent (with retries)', writes.reduce((sum, w) => sum + w.attempts, 0)],
      ['writes acknowledged', acknowledged.length],
      ['writes checked', writes.length],
      ['  acknowledged, present once', acknowledged.length - lost.length - duplicated.filter((w) => w.acknowledgedId).length],
      ['  unacknowledged, present / absent', `${unacknowledged.filter((w) => stored.has(w.email)).length} / ${unacknowledged.filter((w) => !stored.has(w.email)).length}`],
      ['acknowledged writes lost', lost.length],
      ['writes stored twice', duplicated.length],
    ]);
    expect(apiKills).toBe(SCALE.writes.apiKills);
    expect(postgresRestarts).toBe(SCALE.writes.postgresRestarts);
    expect(apiCrashes).toBe(0);
    expect(acknowledged.length).toBeGreaterThan(writes.length / 2);
    expect(lost.map((w) => w.email)).toEqual([]);
    expect(duplicated.map((w) => w.email)).toEqual([]);
  });
});
