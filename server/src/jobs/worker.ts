// The job worker (graphile-worker on PostgreSQL): runs in-process under `pnpm start`, alone under `pnpm worker`.
import { Logger as WorkerLogger, parseCrontab, run, type Runner } from 'graphile-worker';
import type { ServerDependencies } from '../dependencies.js';
import { createJobQueuePool } from './job-queue-schema.js';
import { CRONTAB, createTaskList } from './tasks.js';

export type Worker = { stop: () => Promise<void> };

export async function startWorker(deps: ServerDependencies, options: { concurrency?: number } = {}): Promise<Worker> {
  const pool = createJobQueuePool(deps.ownerDatabaseUrl, (options.concurrency ?? 4) + 2);
  const log = deps.logger.child({ component: 'worker' });
  let stopping = false;
  const markStopping = () => {
    stopping = true;
  };
  process.once('SIGINT', markStopping);
  process.once('SIGTERM', markStopping);
  const runner: Runner = await run({
    pgPool: pool,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: createTaskList(deps),
    parsedCronItems: parseCrontab(CRONTAB),
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
      await pool.end();
    },
  };
}
