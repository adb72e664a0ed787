import { describe, expect, it } from 'vitest';
import {
  isMonopolisticWcState,
  isUsStateCode,
  MONOPOLISTIC_WC_STATES,
  US_STATE_CODES,
  US_STATES,
  usStateCodeSchema,
  usStateName,
} from './us-states';

// Written out independently of the module, so a typo on either side fails.
const EXPECTED_CODES = [
  'AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN',
  'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ',
  'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA',
  'WI', 'WV', 'WY',
];
const MESSAGE = 'Must be a US state or DC (two-letter code)';

describe('US_STATES', () => {
  it('has the 50 states and DC, each code once', () => {
    expect(US_STATES).toHaveLength(51);
    expect(US_STATES.map((s) => s.code).sort()).toEqual(EXPECTED_CODES);
    expect(new Set(US_STATES.map((s) => s.name)).size).toBe(51);
    expect([...US_STATE_CODES]).toEqual(US_STATES.map((s) => s.code));
  });

  it('includes the District of Columbia', () => {
    expect(isUsStateCode('DC')).toBe(true);
    expect(usStateName('DC')).toBe('District of Columbia');
  });

  it('names states', () => {
    expect(usStateName('CA')).toBe('California');
    expect(usStateName('WV')).toBe('West Virginia');
    expect(usStateName('XX')).toBeUndefined();
  });
});

describe('isUsStateCode', () => {
  it.each(EXPECTED_CODES)('accepts %s', (code) => {
    expect(isUsStateCode(code)).toBe(true);
  });

  it.each(['XX', 'PR', 'GU', 'VI', '', 'ca', ' CA', 'CAL', 'California'])('refuses %j', (value) => {
    expect(isUsStateCode(value)).toBe(false);
  });
});

describe('usStateCodeSchema', () => {
  it.each(EXPECTED_CODES)('accepts %s', (code) => {
    expect(usStateCodeSchema.parse(code)).toBe(code);
  });

  it('trims and upper-cases', () => {
    expect(usStateCodeSchema.parse(' ny ')).toBe('NY');
    expect(usStateCodeSchema.parse('dc')).toBe('DC');
  });

  it.each(['XX', 'PR', '', '  ', 'C', 'CAL', 'New York'])('refuses %j with the message', (value) => {
    const result = usStateCodeSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([MESSAGE]);
  });

  it('refuses a non-string with the message', () => {
    const result = usStateCodeSchema.safeParse(12);
    expect(result.error?.issues[0]?.message).toBe(MESSAGE);
  });
});

describe('monopolistic WC states', () => {
  it('are ND, OH, WA, WY', () => {
    expect([...MONOPOLISTIC_WC_STATES]).toEqual(['ND', 'OH', 'WA', 'WY']);
    for (const code of EXPECTED_CODES) {
      expect(isMonopolisticWcState(code)).toBe(['ND', 'OH', 'WA', 'WY'].includes(code));
    }
    expect(isMonopolisticWcState('oh')).toBe(false);
  });
});
