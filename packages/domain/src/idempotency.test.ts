import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_MAX_LENGTH, idempotencyKeyProblem } from './idempotency';

describe('idempotencyKeyProblem', () => {
  it('takes 1 to 255 printable ASCII characters', () => {
    for (const key of ['a', '5f1c9a8e-2b7d-4c3e-9f10-6a2b3c4d5e6f', 'order 42 / retry ~1', 'x'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH)]) {
      expect(idempotencyKeyProblem(key)).toBeNull();
    }
  });

  it('refuses an empty key, a longer one, and any character outside space to tilde', () => {
    expect(idempotencyKeyProblem('')).toMatch(/empty/);
    expect(idempotencyKeyProblem('x'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1))).toMatch(/longer than 255/);
    for (const key of ['clé', 'tab\there', 'line\nbreak', 'emoji-🔑', '\x7f']) expect(idempotencyKeyProblem(key)).toMatch(/printable ASCII/);
  });
});
