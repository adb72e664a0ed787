import { describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from './refusal-reasons';

describe('REFUSAL_REASONS', () => {
  it('are distinct SCREAMING_SNAKE_CASE names, so integrations can match them as written', () => {
    for (const reason of REFUSAL_REASONS) expect(reason).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(new Set(REFUSAL_REASONS).size).toBe(REFUSAL_REASONS.length);
  });
});
