import { describe, expect, it } from 'vitest';
import { agencySettingsSchema } from './agency-settings';

describe('agencySettingsSchema', () => {
  it('takes any subset of the fields', () => {
    expect(agencySettingsSchema.parse({})).toEqual({});
    expect(agencySettingsSchema.parse({ timeZone: 'America/Chicago' })).toEqual({ timeZone: 'America/Chicago' });
  });

  it('checks and tidies every field', () => {
    expect(
      agencySettingsSchema.parse({
        billingEmail: ' Billing@Acme.test ',
        defaultPoContactEmail: 'AP@Acme.test',
        defaultPayer: 'CONTRACTOR',
        timeZone: 'America/Denver',
        reminderDays: [7, 3],
        generalLiability: { required: true, eachOccurrenceCents: 1_000_000_00, aggregateCents: 2_000_000_00 },
        workersCompensation: { required: false },
      }),
    ).toEqual({
      billingEmail: 'billing@acme.test',
      defaultPoContactEmail: 'ap@acme.test',
      defaultPayer: 'CONTRACTOR',
      timeZone: 'America/Denver',
      reminderDays: [3, 7],
      generalLiability: { required: true, eachOccurrenceCents: 1_000_000_00, aggregateCents: 2_000_000_00 },
      workersCompensation: {
        required: false,
        employersLiabilityEachAccidentCents: null,
        employersLiabilityDiseaseEachEmployeeCents: null,
        employersLiabilityDiseasePolicyLimitCents: null,
      },
    });
  });

  it('clears the billing email and the default PO contact with an empty string', () => {
    expect(agencySettingsSchema.parse({ billingEmail: '', defaultPoContactEmail: '' })).toEqual({ billingEmail: null, defaultPoContactEmail: null });
  });

  it.each([
    [['billingEmail'], { billingEmail: 'not-an-email' }],
    [['defaultPoContactEmail'], { defaultPoContactEmail: 'ap@' }],
    [['defaultPayer'], { defaultPayer: 'NOBODY' }],
    [['timeZone'], { timeZone: 'Mars/Olympus' }],
    [['reminderDays'], { reminderDays: [0] }],
    [['generalLiability', 'aggregateCents'], { generalLiability: { required: true, eachOccurrenceCents: 2_000_000_00, aggregateCents: 1_000_000_00 } }],
    [['workersCompensation', 'employersLiabilityEachAccidentCents'], { workersCompensation: { required: true, employersLiabilityEachAccidentCents: 0 } }],
  ])('refuses a bad %j', (path, input) => {
    expect(agencySettingsSchema.safeParse(input).error?.issues[0]?.path).toEqual(path);
  });
});
