// The job worker (graphile-worker on PostgreSQL): runs in-process under `pnpm start`, alone under `pnpm worker`.
import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, parseCrontab, run, type Runner, type WorkerEvents } from 'graphile-worker';
import type { ServerDependencies } from '../dependencies.js';
import { createJobQueuePool } from './job-queue-schema.js';
import { CRONTAB, createTaskList } from './tasks.js';
import { keepWorkersAlive } from './worker-liveness.js';

export type Worker = { stop: () => Promise<void> };

/** `schedule: false` runs queued jobs only, none of CRONTAB's: for a caller that runs those tasks itself. */
export async function startWorker(deps: ServerDependencies, options: { concurrency?: number; schedule?: boolean } = {}): Promise<Worker> {
  // One more connection than graphile-worker needs: the liveness locks' own.
  const pool = createJobQueuePool(deps.ownerDatabaseUrl, (options.concurrency ?? 4) + 3);
  const log = deps.logger.child({ component: 'worker' });
  let stopping = false;
  const markStopping = () => {
    stopping = true;
  };
  process.once('SIGINT', markStopping);
  process.once('SIGTERM', markStopping);
  const events: WorkerEvents = new EventEmitter();
  const liveness = await keepWorkersAlive(pool, events, log);
  const runner: Runner = await run({
    pgPool: pool,
    events,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: createTaskList(deps),
    parsedCronItems: options.schedule === false ? [] : parseCrontab(CRONTAB),
    logger: new WorkerLogger((scope) => (level, message, meta) => {
      // Ctrl-C reaches PostgreSQL too; its "terminating connection" (57P01) on the way down is expected.
      const expected = stopping && /57P01|terminating connection|Connection terminated/.test(message);
      const method = expected ? 'debug' : level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
      log[method]({ ...scope, ...meta }, message);
    }),
  });
  return {
    stop: async () => {
      stopping = true;
      process.off('SIGINT', markStopping);
      process.off('SIGTERM', markStopping);
      await runner.stop();
      await liveness.stop();
      await pool.end();
    },
  };
}
