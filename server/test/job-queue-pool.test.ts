// The job queue's own pool (graphile-worker's): a database whose every connection is lent, or a host
// that accepts the connection and then says nothing, ends the worker's wait within seconds (the worker
// logs the error and polls again) instead of hanging it for ever.
import net from 'node:net';
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
});
