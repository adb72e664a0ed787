import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { parseTypedDate, readTypedDate, TYPED_DATE_FORMAT_PROBLEM } from './typed-dates';

const problemOf = (text: string) => {
  const reading = readTypedDate(text);
  return reading.kind === 'invalid' ? reading.problem : `not refused: ${JSON.stringify(reading)}`;
};

describe('readTypedDate', () => {
  it.each([
    // US, month first, with or without leading zeros
    ['12/04/2026', '2026-12-04'],
    ['12/4/2026', '2026-12-04'],
    ['3/5/2026', '2026-03-05'],
    ['03/05/2026', '2026-03-05'],
    // the month by name, as the apps write dates, and as people write them
    ['Dec 4, 2026', '2026-12-04'],
    ['dec 4, 2026', '2026-12-04'],
    ['DEC 4 2026', '2026-12-04'],
    ['Dec. 4, 2026', '2026-12-04'],
    ['December 4, 2026', '2026-12-04'],
    ['December 04, 2026', '2026-12-04'],
    ['Dec 4th, 2026', '2026-12-04'],
    ['4 Dec 2026', '2026-12-04'],
    ['4 December, 2026', '2026-12-04'],
    ['Sept 30, 2026', '2026-09-30'],
    ['Sep 30, 2026', '2026-09-30'],
    ['May 1, 2026', '2026-05-01'],
    // ISO, as the address and the API write dates
    ['2026-12-04', '2026-12-04'],
    ['2026-3-5', '2026-03-05'],
  ])('reads %j as %s', (typed, date) => {
    expect(readTypedDate(typed)).toEqual({ kind: 'date', date });
    expect(parseTypedDate(typed)).toBe(date);
  });

  it.each([' 12/04/2026 ', '\t12/04/2026\n', '12 / 04 / 2026', '  Dec   4,   2026  ', 'Dec 4,2026', ' 2026-12-04 '])('ignores the spaces in %j', (typed) => {
    expect(parseTypedDate(typed)).toBe('2026-12-04');
  });

  it('reads nothing in an empty field, spaces only included', () => {
    expect(readTypedDate('')).toEqual({ kind: 'empty' });
    expect(readTypedDate('   ')).toEqual({ kind: 'empty' });
    expect(parseTypedDate('')).toBeNull();
  });

  describe('leap years', () => {
    it.each([
      ['02/29/2028', '2028-02-29'], // divisible by 4
      ['02/29/2000', '2000-02-29'], // divisible by 400
      ['02/29/2024', '2024-02-29'],
      ['Feb 29, 2028', '2028-02-29'],
      ['2028-02-29', '2028-02-29'],
    ])('reads %j as %s', (typed, date) => {
      expect(parseTypedDate(typed)).toBe(date);
    });

    it.each([
      ['02/29/2026', 'February 2026 has only 28 days.'],
      ['02/29/2100', 'February 2100 has only 28 days.'], // divisible by 100, not by 400
      ['02/29/1900', 'February 1900 has only 28 days.'],
      ['Feb 29, 2027', 'February 2027 has only 28 days.'],
      ['2026-02-29', 'February 2026 has only 28 days.'],
      ['02/30/2028', 'February 2028 has only 29 days.'],
    ])('refuses %j: %s', (typed, problem) => {
      expect(problemOf(typed)).toBe(problem);
    });
  });

  it('knows the length of every month, a day past its end refused with the month named', () => {
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((days, index) => {
      const month = String(index + 1).padStart(2, '0');
      const last = `2026-${month}-${String(days).padStart(2, '0')}`;
      expect(parseTypedDate(`${month}/${days}/2026`)).toBe(last);
      expect(addDays(last, 1).slice(5, 7)).not.toBe(month);
      expect(problemOf(`${month}/${days + 1}/2026`)).toMatch(new RegExp(`^[A-Z][a-z]+ 2026 has only ${days} days\\.$`));
    });
    expect(problemOf('02/30/2026')).toBe('February 2026 has only 28 days.');
    expect(problemOf('04/31/2026')).toBe('April 2026 has only 30 days.');
    expect(problemOf('Apr 31, 2026')).toBe('April 2026 has only 30 days.');
    expect(problemOf('01/32/2026')).toBe('January 2026 has only 31 days.');
  });

  it('refuses a 2-digit year rather than guess its century', () => {
    for (const typed of ['12/04/26', '12/4/26', 'Dec 4, 26', '4 Dec 26']) expect(problemOf(typed)).toBe('Type the year with all 4 digits, e.g. 12/04/2026.');
  });

  it('refuses a month or day that no calendar has, saying which', () => {
    // Day first, as much of the world writes it: the month cannot be 13 or more.
    expect(problemOf('13/01/2026')).toBe('There is no month 13: type the month first (MM/DD/YYYY).');
    expect(problemOf('31/12/2026')).toBe('There is no month 31: type the month first (MM/DD/YYYY).');
    expect(problemOf('00/10/2026')).toBe('There is no month 0: type the month first (MM/DD/YYYY).');
    expect(problemOf('2026-13-01')).toBe('There is no month 13: type the month first (MM/DD/YYYY).');
    expect(problemOf('03/00/2026')).toBe('There is no day 0 in March 2026.');
    expect(problemOf('Mar 0, 2026')).toBe('There is no day 0 in March 2026.');
    expect(problemOf('03/15/0000')).toBe('There is no year 0.');
  });

  it('refuses a month name it does not know, naming it', () => {
    expect(problemOf('Decmber 4, 2026')).toBe(`“Decmber” is not a month. ${TYPED_DATE_FORMAT_PROBLEM}`);
    expect(problemOf('De 4, 2026')).toBe(`“De” is not a month. ${TYPED_DATE_FORMAT_PROBLEM}`);
  });

  it.each([
    // half-typed, as the field's text is on the way to a date
    '1', '12', '12/', '12/0', '12/04', '12/04/', '12/04/2', '12/04/202', 'Dec', 'Dec 4', 'Dec 4,', '2026', '2026-12', '2026-12-',
    // too much, or another form
    '12/04/20266', '12/04/2026/1', 'Dec 2026', 'December', '12-04-2026', '12.04.2026', '20261204', '2026/12/04', '12042026', 'tomorrow', 'Dec 4 2026 3pm', '-12/04/2026', '12//04/2026',
  ])('tells %j the form to use', (typed) => {
    expect(problemOf(typed)).toBe(TYPED_DATE_FORMAT_PROBLEM);
    expect(parseTypedDate(typed)).toBeNull();
  });
});
