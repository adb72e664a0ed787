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

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * A pool whose "timeout exceeded when trying to connect" carries the code ETIMEDOUT. graphile-worker
 * retries a finished job's completion (or failure) on the error codes it knows, ETIMEDOUT among them,
 * and lets any other error escape un-awaited: a pool whose every connection was lent for 3 s as a job
 * finished was an unhandled rejection, which ends the process, and left the job locked.
 *
 * For the same reason a connection asked for once the pool has ended (a completion retried after
 * the worker stopped; seen at the end of a `pnpm bench` run, which then exited with an error) is
 * never given: the job stays locked, as it would by a worker that was killed, and graphile-worker
 * runs it again once the lock expires.
 */
class JobQueuePool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (this.ending) return callback ? undefined : new Promise<pg.PoolClient>(() => {});
    if (callback) return super.connect((error, client, done) => callback(error && withTimeoutCode(error), client, done));
    return super.connect().catch((error: Error) => {
      throw withTimeoutCode(error);
    });
  }
}

function withTimeoutCode(error: Error): Error {
  return error.message === 'timeout exceeded when trying to connect' ? Object.assign(error, { code: 'ETIMEDOUT' }) : error;
}

/**
 * graphile-worker's pool. A connection is waited for (made, or freed by another borrower) at most as
 * long as the application's pools wait for theirs: a saturated or dead database is an error the
 * worker logs and retries, not a hang.
 */
export function createJobQueuePool(url: string, max: number): pg.Pool {
  const pool = new JobQueuePool({ connectionString: url, max, connectionTimeoutMillis: CONNECTION_WAIT_MS, query_timeout: JOB_QUEUE_QUERY_TIMEOUT_MS, keepAlive: true });
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
