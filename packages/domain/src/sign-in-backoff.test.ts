import { describe, expect, it } from 'vitest';
import { failuresInMemory, signInRetryAfterSeconds, signInWaitSeconds } from './sign-in-backoff';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, 0) + seconds * 1000);

describe('signInWaitSeconds', () => {
  it('lets five failures pass without a wait, then doubles the wait up to a minute', () => {
    expect([0, 1, 4].map(signInWaitSeconds)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map(signInWaitSeconds)).toEqual([1, 2, 4, 8, 16, 32, 60]);
    expect(signInWaitSeconds(500)).toBe(60);
  });
});

describe('signInRetryAfterSeconds', () => {
  it('asks for no wait without failures, or below the free ones', () => {
    expect(signInRetryAfterSeconds(null, at(0))).toBe(0);
    expect(signInRetryAfterSeconds({ failures: 4, lastFailedAt: at(0) }, at(0))).toBe(0);
  });

  it('counts the wait from the last failure, rounding up to whole seconds', () => {
    const record = { failures: 8, lastFailedAt: at(0) };
    expect(signInRetryAfterSeconds(record, at(0))).toBe(8);
    expect(signInRetryAfterSeconds(record, new Date(at(0).getTime() + 7_500))).toBe(1);
    expect(signInRetryAfterSeconds(record, at(8))).toBe(0);
  });

  it('forgets failures 15 minutes after the last one', () => {
    const record = { failures: 40, lastFailedAt: at(0) };
    expect(failuresInMemory(record, at(899))).toBe(40);
    expect(signInRetryAfterSeconds(record, at(59))).toBe(1);
    expect(failuresInMemory(record, at(900))).toBe(0);
    expect(signInRetryAfterSeconds(record, at(900))).toBe(0);
  });
});
