// graphile-worker leaves the jobs of a worker that died (SIGKILL, out of memory, a lost machine)
// locked for 4 hours. Jobs are locked in a worker pool's name (`locked_by` is the pool's id): here
// each pool holds a session advisory lock named after its id, on one connection the process keeps
// for its life; when the process dies PostgreSQL ends that connection and the lock with it. A sweep,
// at start-up and every few seconds, tries the lock of every pool that has jobs locked: one it gets
// belongs to a pool that is gone, and its jobs are unlocked at once (graphile_worker.force_unlock_workers),
// so a crash delays them by seconds.
import type { WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from 'pino';

/** Jobs locked this recently are left alone: a new pool takes its own lock within milliseconds of starting. */
const GRACE_SECONDS = 5;
export const SWEEP_INTERVAL_MS = 10_000;

const lockOf = (poolId: string) => `hashtextextended('coverline-worker:' || ${poolId}, 0)`;

export type WorkerLiveness = { stop: () => Promise<void> };

/** Holds the lock of each worker pool `events` announces, and sweeps away the job locks of dead ones. */
export async function keepWorkersAlive(pool: pg.Pool, events: WorkerEvents, logger: Logger): Promise<WorkerLiveness> {
  const poolIds = new Set<string>();
  let holder = await pool.connect();
  let held = Promise.resolve();
  const hold = (ids: readonly string[]) => {
    held = held
      .then(async () => void (await holder.query(`select pg_advisory_lock(${lockOf('id')}) from unnest($1::text[]) as id`, [ids])))
      .catch((error: unknown) => logger.error({ err: error }, 'a worker pool could not take its liveness lock'));
  };
  events.on('pool:create', ({ workerPool }) => {
    poolIds.add(workerPool.id);
    hold([workerPool.id]);
  });
  events.on('pool:release', ({ workerPool }) => void poolIds.delete(workerPool.id));

  const sweep = async () => {
    try {
      await held;
      const { rows } = await pool.query<{ gone: string[] | null }>(`
        with locked as (
          select locked_by from graphile_worker._private_jobs where locked_by is not null and locked_at < now() - interval '${GRACE_SECONDS} seconds'
          union
          select locked_by from graphile_worker._private_job_queues where locked_by is not null and locked_at < now() - interval '${GRACE_SECONDS} seconds'
        ), gone as (select locked_by from locked where pg_try_advisory_lock(${lockOf('locked_by')}))
        select array_agg(locked_by) as gone from gone`);
      const gone = rows[0]?.gone ?? [];
      if (gone.length === 0) return;
      // The sweep's connection took their locks to find them gone: it gives them back as it unlocks their jobs.
      await pool.query(`select graphile_worker.force_unlock_workers($1::text[]), (select count(pg_advisory_unlock(${lockOf('id')})) from unnest($1::text[]) as id)`, [gone]);
      logger.warn({ workers: gone }, 'released the jobs of workers that stopped without finishing them');
    } catch (error) {
      logger.error({ err: error }, 'the sweep for jobs of dead workers failed');
    }
  };

  // A lost connection loses the locks with it: take them again on a new one.
  const reconnect = async () => {
    holder.release(true);
    holder = await pool.connect();
    hold([...poolIds]);
  };
  holder.on('error', () => void reconnect().catch(() => undefined));

  await sweep();
  const timer = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await held;
      holder.release(true);
    },
  };
}
