import { describe, expect, it } from 'vitest';
import { STATUS_REASON_MAX_LENGTH, statusReasonInputSchema } from './assignment-schemas';

describe('statusReasonInputSchema', () => {
  it('trims a reason and treats a blank or missing one as none', () => {
    expect(statusReasonInputSchema.parse({ reason: '  Client moved the event  ' })).toEqual({ reason: 'Client moved the event' });
    expect(statusReasonInputSchema.parse({ reason: '   ' })).toEqual({ reason: null });
    expect(statusReasonInputSchema.parse({ reason: null })).toEqual({ reason: null });
    expect(statusReasonInputSchema.parse({})).toEqual({ reason: null });
  });

  it('refuses a reason longer than a status history can show', () => {
    expect(statusReasonInputSchema.safeParse({ reason: 'x'.repeat(STATUS_REASON_MAX_LENGTH) }).success).toBe(true);
    const tooLong = statusReasonInputSchema.safeParse({ reason: 'x'.repeat(STATUS_REASON_MAX_LENGTH + 1) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('Keep the reason to 500 characters or fewer');
  });
});
