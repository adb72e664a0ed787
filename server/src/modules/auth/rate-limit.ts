// Fixed-window rate limits kept in PostgreSQL, so every server process counts the same hits.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

export type RateLimit = { limit: number; windowSeconds: number };

/** Counts one hit for `key` and says whether it is still within the limit. */
export async function consumeRateLimit(executor: Executor, key: string, rule: RateLimit, now: Date): Promise<boolean> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await executor.execute<{ hits: number }>(sql`
    insert into rate_limit_buckets (key, window_start, hits) values (${key}, ${windowStart.toISOString()}, 1)
    on conflict (key, window_start) do update set hits = rate_limit_buckets.hits + 1
    returning hits`);
  return (rows[0]?.hits ?? 1) <= rule.limit;
}

/** The seconds until the window of `now` closes and its hits are forgotten: what a refusal's Retry-After says. */
export function secondsLeftInWindow(rule: RateLimit, now: Date): number {
  return rule.windowSeconds - Math.floor((now.getTime() / 1000) % rule.windowSeconds);
}
