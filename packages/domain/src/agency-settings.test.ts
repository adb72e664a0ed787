import { describe, expect, it } from 'vitest';
import { agencySettingsSchema } from './agency-settings';

describe('agencySettingsSchema', () => {
  it('takes any subset of the fields', () => {
    expect(agencySettingsSchema.parse({})).toEqual({});
    expect(agencySettingsSchema.parse({ timeZone: 'America/Chicago' })).toEqual({ timeZone: 'America/Chicago' });
  });

  it('checks and tidies every field', () => {
    expect(agencySettingsSchema.parse({ billingEmail: ' Billing@Acme.test ', defaultPayer: 'CONTRACTOR', timeZone: 'America/Denver', reminderDays: [7, 3] })).toMatchObject({
      defaultPayer: 'CONTRACTOR',
      timeZone: 'America/Denver',
      reminderDays: [3, 7],
    });
  });

  it.each([
    ['billingEmail', { billingEmail: 'not-an-email' }],
    ['defaultPayer', { defaultPayer: 'NOBODY' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['reminderDays', { reminderDays: [0] }],
  ])('refuses a bad %s', (field, input) => {
    expect(agencySettingsSchema.safeParse(input).error?.issues[0]?.path).toEqual([field]);
  });
});
