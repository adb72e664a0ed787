// Adds (and removes) background jobs inside the caller's transaction, so a job exists iff its cause committed.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { TaskName, TaskPayloads } from './tasks.js';

export async function addJob<Name extends TaskName>(
  executor: Executor,
  name: Name,
  payload: TaskPayloads[Name],
  options: { jobKey?: string; runAt?: Date; maxAttempts?: number } = {},
): Promise<void> {
  await executor.execute(sql`select coverline_add_job(
    ${name}::text,
    ${JSON.stringify(payload)}::json,
    ${options.runAt?.toISOString() ?? null}::timestamptz,
    ${options.maxAttempts ?? 10}::int,
    ${options.jobKey ?? null}::text
  )`);
}

/** Removes a queued job by its key, in the caller's transaction. */
export async function removeJob(executor: Executor, jobKey: string): Promise<void> {
  await executor.execute(sql`select coverline_remove_job(${jobKey}::text)`);
}
