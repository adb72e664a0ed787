import { describe, expect, it } from 'vitest';
import { formatCents, isPositiveCents, MAX_WAGE_CENTS, parseDollarsToCents, wageCentsSchema } from './money';

describe('formatCents', () => {
  it.each([
    [0, '$0.00'],
    [1, '$0.01'],
    [10, '$0.10'],
    [99, '$0.99'],
    [100, '$1.00'],
    [123456, '$1,234.56'],
    [100000, '$1,000.00'],
    [99999999, '$999,999.99'],
    [10_000_000_000, '$100,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '$90,071,992,547,409.91'],
    [-1, '-$0.01'],
    [-100, '-$1.00'],
    [-123456, '-$1,234.56'],
    [-0, '$0.00'],
  ])('%d -> %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
    expect(() => formatCents(Number.NaN)).toThrow(RangeError);
    expect(() => formatCents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatCents(2 ** 53)).toThrow(RangeError);
  });

  it.each([
    [50848, '$508.48'],
    [123456789, '$1,234,567.89'],
    [Number.MAX_SAFE_INTEGER, '$90,071,992,547,409.91'],
    [-100, '-$1.00'],
    [0, '$0.00'],
  ])('in Spanish (es-US) %d -> %s', (cents, text) => {
    expect(formatCents(cents, 'es')).toBe(text);
  });
});

describe('parseDollarsToCents', () => {
  it.each([
    ['1,234.5', 123450],
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['$12', 1200],
    ['12', 1200],
    ['12.', 1200],
    ['12.3', 1230],
    ['0.01', 1],
    ['.5', 50],
    ['0', 0],
    ['  $1,000,000.00  ', 100000000],
    ['-$1.00', -100],
    ['$-1.00', -100],
    ['-0', 0],
    ['007', 700],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%j -> %d', (input, cents) => {
    expect(parseDollarsToCents(input)).toBe(cents);
  });

  it.each([
    '',
    '   ',
    'abc',
    '$',
    '.',
    '-',
    '12.345',
    '12.340',
    '1,23',
    '1,2345',
    ',123',
    '1,234,5',
    '12a',
    '1 234',
    '$$12',
    '--1',
    '1e3',
    '+12',
    '12.3.4',
    '90071992547409.92',
    '999999999999999999999',
  ])('%j -> null', (input) => {
    expect(parseDollarsToCents(input)).toBeNull();
  });

  it('round-trips with formatCents', () => {
    for (const cents of [0, 1, 99, 100, 123456, -123456, 10_000_000_000]) {
      expect(parseDollarsToCents(formatCents(cents))).toBe(cents);
    }
  });
});

describe('isPositiveCents', () => {
  it('accepts safe integers above zero', () => {
    expect(isPositiveCents(1)).toBe(true);
    expect(isPositiveCents(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '100', null])('refuses %j', (n) => {
    expect(isPositiveCents(n)).toBe(false);
  });
});

describe('wageCentsSchema', () => {
  it('accepts positive integer cents up to $100M', () => {
    expect(wageCentsSchema.parse(1)).toBe(1);
    expect(wageCentsSchema.parse(1_000_000)).toBe(1_000_000);
    expect(wageCentsSchema.parse(MAX_WAGE_CENTS)).toBe(1_000_000_000);
  });

  it.each([0, -100, 1.5, Number.NaN, '100'])('refuses %j as not a positive amount', (value) => {
    const result = wageCentsSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Wage must be a positive amount');
  });

  it('refuses more than $100M', () => {
    const result = wageCentsSchema.safeParse(MAX_WAGE_CENTS + 1);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Wage must be at most $10,000,000.00');
  });
});
