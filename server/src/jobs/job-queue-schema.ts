// The job queue's own schema (graphile-worker's migrations) and the pool its worker runs on, as the owner.
import { Logger as WorkerLogger, runMigrations } from 'graphile-worker';
import pg from 'pg';

export function createJobQueuePool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // A pooled connection dropped by the server (e.g. on shutdown) must not crash the process.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

export async function migrateJobQueue(url: string): Promise<void> {
  const pool = createJobQueuePool(url, 1);
  try {
    await runMigrations({ pgPool: pool, logger: new WorkerLogger(() => () => {}) });
  } finally {
    await pool.end();
  }
}
