// Failed password sign-ins per email (packages/domain sign-in-backoff): each attempt is counted as a
// failure when it is let through, under the row's lock, so of racing guesses only one is checked at
// a time; a sign-in that succeeds clears the count.
import { signInRetryAfterSeconds, failuresInMemory } from '@coverline/domain';
import { eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { signInFailures } from '../../db/schema.js';

export type SignInAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Lets an attempt for `key` be checked now, counting it as failed until it succeeds, or says how long to wait. */
export async function claimSignInAttempt(executor: Executor, key: string, now: Date): Promise<SignInAttempt> {
  await executor.insert(signInFailures).values({ key, failures: 0, lastFailedAt: now }).onConflictDoNothing();
  const [record] = await executor.select().from(signInFailures).where(eq(signInFailures.key, key)).for('update');
  const retryAfterSeconds = signInRetryAfterSeconds(record ?? null, now);
  if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
  await executor
    .update(signInFailures)
    .set({ failures: failuresInMemory(record ?? null, now) + 1, lastFailedAt: now })
    .where(eq(signInFailures.key, key));
  return { allowed: true };
}

export async function clearSignInFailures(executor: Executor, key: string): Promise<void> {
  await executor.delete(signInFailures).where(eq(signInFailures.key, key));
}

export async function removeForgottenSignInFailures(executor: Executor): Promise<void> {
  await executor.delete(signInFailures).where(lt(signInFailures.lastFailedAt, sql`now() - interval '1 day'`));
}
