// Adds background jobs inside the caller's transaction, so a job exists iff its cause committed.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { TaskName, TaskPayloads } from './tasks.js';

export async function addJob<Name extends TaskName>(
  executor: Executor,
  name: Name,
  payload: TaskPayloads[Name],
  options: { jobKey?: string; runAt?: Date; maxAttempts?: number } = {},
): Promise<void> {
  await executor.execute(sql`select graphile_worker.add_job(
    ${name}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}
