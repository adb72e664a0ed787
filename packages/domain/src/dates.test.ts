import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  daysInclusive,
  isIsoDate,
  isoDateSchema,
  isValidTimeZone,
  todayInTimeZone,
  formatDate,
  formatDateRange,
  formatCertificateDate,
  formatDateTimeInZone,
} from './dates';

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2026-02-28', '2024-02-29', '2000-02-29', '2026-04-30', '1999-01-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29', // not a leap year
    '1900-02-29', // divisible by 100, not by 400
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '0000-01-01', // no year 0
    '0000-02-29',
    '2026-1-01',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '',
    'today',
  ])('refuses %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it('accepts and trims a date', () => {
    expect(isoDateSchema.parse(' 2026-03-01 ')).toBe('2026-03-01');
  });

  it.each(['2026-02-30', '03/01/2026', '', 5])('refuses %j with the message', (value) => {
    const result = isoDateSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Use a date in the form YYYY-MM-DD');
  });
});

describe('formatDateTimeInZone', () => {
  it('names the time zone, in winter and in summer', () => {
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'America/New_York')).toBe('Dec 4, 2026, 3:00 PM EST');
    expect(formatDateTimeInZone(new Date('2026-07-04T20:00:00Z'), 'America/New_York')).toBe('Jul 4, 2026, 4:00 PM EDT');
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'America/Chicago')).toBe('Dec 4, 2026, 2:00 PM CST');
  });

  it('writes it in Spanish (es-US) for a Spanish reader, the zone still named', () => {
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'America/New_York', { language: 'es' })).toBe('4 dic 2026, 3:00 p.m. EST');
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'America/New_York', { language: 'en' })).toBe('Dec 4, 2026, 3:00 PM EST');
  });

  it("leaves the zone out when asked, for the reader's own zone", () => {
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'America/New_York', { zoneName: false })).toBe('Dec 4, 2026, 3:00 PM');
    expect(formatDateTimeInZone(new Date('2026-12-04T20:00:00Z'), 'UTC')).toBe('Dec 4, 2026, 8:00 PM UTC');
  });

  it('takes the language and the zone name together in one options object, each defaulting on its own', () => {
    const at = new Date('2026-12-04T20:00:00Z');
    expect(formatDateTimeInZone(at, 'America/New_York', { language: 'es', zoneName: false })).toBe('4 dic 2026, 3:00 p.m.');
    expect(formatDateTimeInZone(at, 'America/New_York', { language: 'es', zoneName: true })).toBe('4 dic 2026, 3:00 p.m. EST');
    expect(formatDateTimeInZone(at, 'America/New_York', { language: 'en', zoneName: false })).toBe('Dec 4, 2026, 3:00 PM');
    expect(formatDateTimeInZone(at, 'America/New_York', {})).toBe('Dec 4, 2026, 3:00 PM EST');
  });

  it('refuses an unknown zone and an invalid Date', () => {
    expect(() => formatDateTimeInZone(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatDateTimeInZone(new Date(Number.NaN), 'America/New_York')).toThrow(RangeError);
  });
});

describe('todayInTimeZone', () => {
  it.each([
    // the brief's example: 7 pm on the 21st in Los Angeles
    ['America/Los_Angeles', '2026-11-22T03:00:00Z', '2026-11-21'],
    ['America/Los_Angeles', '2026-11-22T07:59:59.999Z', '2026-11-21'],
    ['America/Los_Angeles', '2026-11-22T08:00:00Z', '2026-11-22'],
    // summer time in Los Angeles is UTC-7
    ['America/Los_Angeles', '2026-07-01T06:59:59Z', '2026-06-30'],
    ['America/Los_Angeles', '2026-07-01T07:00:00Z', '2026-07-01'],
    // New Year in New York
    ['America/New_York', '2026-01-01T04:59:59Z', '2025-12-31'],
    ['America/New_York', '2026-01-01T05:00:00Z', '2026-01-01'],
    // the night daylight saving time starts in Chicago (2026-03-08, 02:00 local)
    ['America/Chicago', '2026-03-08T05:59:59Z', '2026-03-07'],
    ['America/Chicago', '2026-03-08T06:00:00Z', '2026-03-08'],
    ['America/Chicago', '2026-03-09T04:59:59Z', '2026-03-08'],
    ['America/Chicago', '2026-03-09T05:00:00Z', '2026-03-09'],
    // Phoenix keeps UTC-7 all year
    ['America/Phoenix', '2026-07-01T06:59:59Z', '2026-06-30'],
    ['America/Phoenix', '2026-07-01T07:00:00Z', '2026-07-01'],
    // Honolulu UTC-10, across the end of February
    ['Pacific/Honolulu', '2026-03-01T09:59:59Z', '2026-02-28'],
    ['Pacific/Honolulu', '2026-03-01T10:00:00Z', '2026-03-01'],
    // Anchorage on a leap day
    ['America/Anchorage', '2028-03-01T08:59:59Z', '2028-02-29'],
    ['America/Anchorage', '2028-03-01T09:00:00Z', '2028-03-01'],
    // ahead of UTC
    ['Asia/Tokyo', '2026-12-31T14:59:59Z', '2026-12-31'],
    ['Asia/Tokyo', '2026-12-31T15:00:00Z', '2027-01-01'],
    ['Asia/Kolkata', '2026-06-30T18:29:59Z', '2026-06-30'],
    ['Asia/Kolkata', '2026-06-30T18:30:00Z', '2026-07-01'],
    ['UTC', '2026-11-22T00:00:00Z', '2026-11-22'],
    ['UTC', '2026-11-21T23:59:59.999Z', '2026-11-21'],
  ])('%s at %s is %s', (tz, instant, expected) => {
    expect(todayInTimeZone(tz, new Date(instant))).toBe(expected);
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayInTimeZone('America/New_York'))).toBe(true);
  });

  it('throws for an unknown zone or an invalid instant', () => {
    expect(() => todayInTimeZone('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
    expect(() => todayInTimeZone('', new Date())).toThrow(RangeError);
    expect(() => todayInTimeZone('UTC', new Date('nope'))).toThrow(RangeError);
  });
});

describe('isValidTimeZone', () => {
  it.each(['America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu', 'UTC', 'Europe/Paris'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['', '   ', 'Mars/Olympus_Mons', 'America/Springfield', 'PST8PDT/x'])('refuses %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 1, '2026-01-02'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
  ])('%s + %d = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('agrees with UTC Date arithmetic over two centuries', () => {
    const start = Date.UTC(1950, 0, 1);
    const dayMs = 86_400_000;
    for (let i = 0; i < 365 * 200; i += 7) {
      const expected = new Date(start + i * dayMs).toISOString().slice(0, 10);
      expect(addDays('1950-01-01', i)).toBe(expected);
    }
  });

  it('throws for an invalid date or a fractional count', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareIsoDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareIsoDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(compareIsoDates('2025-12-31', '2026-01-01')).toBe(-1);
    expect(compareIsoDates('2026-10-01', '2026-09-30')).toBe(1);
  });

  it('throws for an invalid date', () => {
    expect(() => compareIsoDates('2026-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

describe('daysInclusive', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2026-01-01', '2026-01-02', 2],
    ['2026-01-01', '2026-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2024-02-28', '2024-03-01', 3],
    ['2026-02-28', '2026-03-01', 2],
    ['2026-03-01', '2027-03-01', 366],
  ])('%s to %s is %d days', (a, b, n) => {
    expect(daysInclusive(a, b)).toBe(n);
  });

  it('throws when the end is before the effective date', () => {
    expect(() => daysInclusive('2026-01-02', '2026-01-01')).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it.each([
    ['2026-03-15', 1, '2027-03-15'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2096-02-29', 4, '2100-02-28'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2026-12-31', 1, '2027-12-31'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('%s + %d years = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });

  it('throws for an invalid date', () => {
    expect(() => addYears('2026-02-29', 1)).toThrow(RangeError);
  });
});

describe('formatDate and formatDateRange', () => {
  it('writes a calendar date as people read it, the same day in every time zone', () => {
    expect(formatDate('2027-01-01')).toBe('Jan 1, 2027');
    expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('writes a range with the year once when both ends share it, and one day as one date', () => {
    expect(formatDateRange('2027-01-05', '2027-01-30')).toBe('Jan 5 – Jan 30, 2027');
    expect(formatDateRange('2026-12-28', '2027-01-03')).toBe('Dec 28, 2026 – Jan 3, 2027');
    expect(formatDateRange('2027-01-05', '2027-01-05')).toBe('Jan 5, 2027');
  });

  it('writes them in Spanish (es-US) for a Spanish reader', () => {
    expect(formatDate('2026-12-04', 'es')).toBe('4 dic 2026');
    expect(formatDate('2027-01-01', 'es')).toBe('1 ene 2027');
    expect(formatDateRange('2026-12-01', '2026-12-04', 'es')).toBe('1 dic – 4 dic 2026');
    expect(formatDateRange('2026-12-28', '2027-01-03', 'es')).toBe('28 dic 2026 – 3 ene 2027');
    expect(formatDateRange('2027-01-05', '2027-01-05', 'es')).toBe('5 ene 2027');
    expect(formatDate('not a date', 'es')).toBe('not a date');
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-12-01', -6, '2026-06-01'],
    ['2026-03-15', -6, '2025-09-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2024-08-31', -6, '2024-02-29'],
    ['2026-05-31', -1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-07-04', 0, '2026-07-04'],
    ['2026-07-04', 24, '2028-07-04'],
  ])('%s + %d months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('throws for an invalid date, a fractional count, or a year out of range', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('0000-01-01', -1)).toThrow(RangeError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});

describe('formatCertificateDate', () => {
  it('writes MM/DD/YYYY with leading zeros, as ACORD certificates do', () => {
    expect(formatCertificateDate('2026-12-04')).toBe('12/04/2026');
    expect(formatCertificateDate('2027-01-31')).toBe('01/31/2027');
    expect(formatCertificateDate('0999-02-03')).toBe('02/03/0999');
  });

  it('refuses what is not a calendar date instead of printing it', () => {
    expect(() => formatCertificateDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatCertificateDate('Dec 4, 2026')).toThrow(RangeError);
  });
});
