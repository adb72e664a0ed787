// Failed password sign-ins slow the next attempt down instead of locking the account: a guesser gets
// fewer tries each minute, and the owner with the right password passes after a short wait.

/** Failures in a row allowed before any wait. */
export const FREE_SIGN_IN_FAILURES = 5;
/** The longest wait between two attempts, however many failed. */
export const MAX_SIGN_IN_WAIT_SECONDS = 60;
/** Failures older than this are forgotten. */
export const SIGN_IN_FAILURE_MEMORY_SECONDS = 15 * 60;

/** The wait after `failures` failures in a row: none at first, then 1, 2, 4 … seconds, at most a minute. */
export function signInWaitSeconds(failures: number): number {
  if (failures < FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_WAIT_SECONDS, 2 ** (failures - FREE_SIGN_IN_FAILURES));
}

export type SignInFailures = { failures: number; lastFailedAt: Date };

/** The failures that still count at `now` (none once the last one is forgotten). */
export function failuresInMemory(record: SignInFailures | null, now: Date): number {
  if (!record) return 0;
  return now.getTime() - record.lastFailedAt.getTime() >= SIGN_IN_FAILURE_MEMORY_SECONDS * 1000 ? 0 : record.failures;
}

/** Seconds to wait before the next attempt may be checked at all (0: check it now). */
export function signInRetryAfterSeconds(record: SignInFailures | null, now: Date): number {
  const failures = failuresInMemory(record, now);
  if (!record || failures === 0) return 0;
  const waitMs = signInWaitSeconds(failures) * 1000 - (now.getTime() - record.lastFailedAt.getTime());
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
