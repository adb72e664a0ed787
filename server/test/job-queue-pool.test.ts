// The job queue's own pool (graphile-worker's): a database whose every connection is lent, or a host
// that accepts the connection and then says nothing, ends the worker's wait within seconds (the worker
// logs the error and polls again) instead of hanging it for ever; a job that finishes while every
// connection is lent is completed once one comes back; and a connection asked for after the pool
// ended does not end the process.
import net from 'node:net';
import { Logger, run } from 'graphile-worker';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueuePool } from '../src/jobs/job-queue-schema.js';
import { copyTemplateDatabase } from './support/test-server.js';

let database: Awaited<ReturnType<typeof copyTemplateDatabase>>;
beforeAll(async () => {
  database = await copyTemplateDatabase();
});
afterAll(async () => database?.drop());

/** How a promise settled, and after how long. */
async function timed<T>(run: () => Promise<T>): Promise<{ value?: T; error?: Error; ms: number }> {
  const started = performance.now();
  try {
    return { value: await run(), ms: performance.now() - started };
  } catch (error) {
    return { error: error as Error, ms: performance.now() - started };
  }
}

describe("the job queue's pool", () => {
  it('refuses a statement within seconds while every connection is lent, and answers again once one comes back', async () => {
    const pool = createJobQueuePool(database.url, 2);
    try {
      const lent = [await pool.connect(), await pool.connect()];
      const refused = await timed(() => pool.query('select 1'));
      expect(refused.error?.message).toMatch(/timeout/i);
      expect(refused.ms).toBeGreaterThan(2_500);
      expect(refused.ms).toBeLessThan(4_500);
      lent[0]!.release();
      const answered = await timed(() => pool.query<{ one: number }>('select 1 as one'));
      expect(answered.value?.rows).toEqual([{ one: 1 }]);
      lent[1]!.release();
    } finally {
      await pool.end();
    }
  });

  it('gives up within seconds on a host that accepts the connection and never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silentHost = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silentHost.listen(0, '127.0.0.1', resolve));
    const { port } = silentHost.address() as net.AddressInfo;
    const pool = createJobQueuePool(`postgres://coverline@127.0.0.1:${port}/coverline`, 1);
    try {
      const refused = await timed(() => pool.query('select 1'));
      expect(refused.error?.message).toMatch(/timeout/i);
      expect(refused.ms).toBeLessThan(4_500);
      expect(sockets.size).toBe(1);
    } finally {
      await pool.end();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silentHost.close(resolve));
    }
  });

  it('completes a job that finished while every connection was lent, once one comes back, with no unhandled rejection', async () => {
    const pool = createJobQueuePool(database.url, 3);
    const unhandled: unknown[] = [];
    const recordUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', recordUnhandled);
    const lent: pg.PoolClient[] = [];
    const runner = await run({
      pgPool: pool,
      concurrency: 1,
      pollInterval: 200,
      noHandleSignals: true,
      logger: new Logger(() => () => {}),
      taskList: {
        // Borrows every connection the worker is not using, so that the job's completion waits for one.
        lend_the_rest: async () => {
          while (pool.totalCount - pool.idleCount < 3) lent.push(await pool.connect());
          setTimeout(() => lent.splice(0).forEach((client) => client.release()), 4_000);
        },
      },
    });
    try {
      await pool.query(`select graphile_worker.add_job('lend_the_rest')`);
      const left = async () => (await pool.query<{ jobs: number }>('select count(*)::int as jobs from graphile_worker.jobs')).rows[0]!.jobs;
      await expect.poll(left, { timeout: 20_000, interval: 250 }).toBe(0);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', recordUnhandled);
      lent.splice(0).forEach((client) => client.release());
      await runner.stop();
      await pool.end();
    }
  }, 30_000);
  it('never gives a connection asked for after it ended, so a completion retried after the worker stopped does not end the process', async () => {
    const pool = createJobQueuePool(database.url, 1);
    await pool.end();
    const asked = pool.connect().then(
      () => 'given',
      () => 'refused',
    );
    const afterASecond = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1_000));
    expect(await Promise.race([asked, afterASecond])).toBe('still waiting');
  });
});
