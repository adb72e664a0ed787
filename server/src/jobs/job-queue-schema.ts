// The job queue's own schema (graphile-worker's migrations) and the pool its worker runs on, as the owner.
import { Logger as WorkerLogger, runMigrations } from 'graphile-worker';
import pg from 'pg';
import { CONNECTION_WAIT_MS } from '../db/client.js';

/**
 * The longest any statement of the job queue's own may wait for its answer (fetching, completing or
 * failing a job, a liveness lock; the jobs' work goes through the application's pools): far longer
 * than any of them takes, so that only a database that stopped answering ends one, and the worker
 * logs it and tries again at its next poll instead of waiting for ever.
 */
const JOB_QUEUE_QUERY_TIMEOUT_MS = 30_000;

/**
 * graphile-worker's pool. A connection is waited for (made, or freed by another borrower) at most as
 * long as the application's pools wait for theirs: a saturated or dead database is an error the
 * worker logs and retries, not a hang.
 */
export function createJobQueuePool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: CONNECTION_WAIT_MS, query_timeout: JOB_QUEUE_QUERY_TIMEOUT_MS, keepAlive: true });
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
