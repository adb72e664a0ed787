// A database outage: requests are answered quickly with 503 while PostgreSQL is down, and the server
// recovers by itself once it is back. A real PostgreSQL of the test's own, stopped and started again.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoverline, type RunningCoverline } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDatabaseIfMissing } from '../src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded.js';
import { freePort } from './support/free-port.js';

const SLOW = 120_000;
const silent = pino({ level: 'silent' });
const VERIFY = `{ verifyCertificate(number: "CL-2026-ABCDEFGH") { status } }`;


/** The answer and how long it took. */
async function timed(run: () => Promise<Response>): Promise<{ status: number; headers: Headers; body: string; ms: number }> {
  const started = performance.now();
  const response = await run();
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

describe('a database outage', () => {
  let dataDir: string;
  let port: number;
  let database: EmbeddedDatabase | undefined;
  let coverline: RunningCoverline | undefined;
  const healthz = () => fetch(`${coverline!.url}/healthz`);
  const graphql = () => fetch(`${coverline!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: VERIFY }) });

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'coverline-outage-'));
    port = await freePort();
    database = await startEmbeddedPostgres({ dataDir, port, logger: silent, withoutFsync: true });
    await createDatabaseIfMissing(database.url('postgres'), 'coverline');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url('coverline'), HOST: '127.0.0.1', PORT: '0', RUN_WORKER: 'false', LOG_LEVEL: 'silent' });
    coverline = await startCoverline(config, { logger: silent });
  }, SLOW);

  afterAll(async () => {
    await coverline?.stop();
    await database?.stop().catch(() => undefined);
    await fs.rm(dataDir, { recursive: true, force: true });
  }, SLOW);

  it(
    'answers 503 within seconds while PostgreSQL is down, and recovers by itself when it is back',
    async () => {
      expect((await timed(healthz)).status).toBe(200);
      expect(JSON.parse((await timed(graphql)).body)).toEqual({ data: { verifyCertificate: { status: 'NOT_FOUND' } } });

      await database!.stop();
      const health = await timed(healthz);
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(3_000);
      const query = await timed(graphql);
      expect(query.status).toBe(503);
      expect(query.ms).toBeLessThan(3_000);
      expect(JSON.parse(query.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(query.headers.get('retry-after')).toBe('5');
      // An API key is looked up before anything runs: that fails the same way.
      const keyed = await timed(() =>
        fetch(`${coverline!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer cl_an-api-key' }, body: JSON.stringify({ query: '{ viewer { id } }' }) }),
      );
      expect(keyed.status).toBe(503);
      expect(keyed.ms).toBeLessThan(3_000);
      expect(JSON.parse(keyed.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

      database = await startEmbeddedPostgres({ dataDir, port, logger: silent, withoutFsync: true });
      const back = performance.now();
      let recovered = await timed(healthz);
      while (recovered.status !== 200 && performance.now() - back < 10_000) recovered = await timed(healthz);
      expect(recovered.status).toBe(200);
      expect(JSON.parse((await timed(graphql)).body)).toEqual({ data: { verifyCertificate: { status: 'NOT_FOUND' } } });
    },
    SLOW,
  );
});
