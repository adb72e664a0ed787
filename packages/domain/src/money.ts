import { z } from 'zod/mini';
import { DEFAULT_LANGUAGE, LOCALE_OF_LANGUAGE, type Language } from './language';

// All money is integer cents (DESIGN rule 2).

const CURRENCY_FORMATS = new Map<Language, Intl.NumberFormat>();

function currencyFormat(language: Language): Intl.NumberFormat {
  let format = CURRENCY_FORMATS.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_OF_LANGUAGE[language], { style: 'currency', currency: 'USD' });
    CURRENCY_FORMATS.set(language, format);
  }
  return format;
}

/**
 * Formats integer cents as US dollars in the reader's language: 123456 -> "$1,234.56", -100 -> "-$1.00"
 * (es-US writes the same). Exact for every safe integer: the amount reaches Intl as a decimal string,
 * never through floating-point division. Throws a RangeError for anything that is not a safe integer,
 * because a fractional or NaN amount of cents is a bug upstream.
 */
export function formatCents(cents: number, language: Language = DEFAULT_LANGUAGE): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`formatCents expects an integer number of cents, got ${String(cents)}`);
  }
  const abs = Math.abs(cents);
  const decimal = `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  // Intl takes a decimal string exactly (Intl.NumberFormat v3); its type still says number.
  return currencyFormat(language).format(decimal as unknown as number);
}

// Digits with optional correct thousands grouping, then an optional fraction of at most 2 digits.
const DOLLARS_PATTERN = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d{0,2}))?$/;

/**
 * Parses what a person types as a dollar amount into integer cents.
 * "1,234.5" -> 123450, "$12" -> 1200, "-$1.00" -> -100, ".5" -> 50.
 * Returns null for anything else: empty input, letters, more than two decimals ("12.345"),
 * misplaced commas ("1,23"), or an amount beyond the safe-integer range.
 */
export function parseDollarsToCents(input: string): number | null {
  let s = input.trim();
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (s.startsWith('$')) s = s.slice(1);
  if (!negative && s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  const match = DOLLARS_PATTERN.exec(s);
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return null;
  const cents = BigInt(whole === '' ? '0' : whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const value = Number(cents);
  return negative && value !== 0 ? -value : value;
}

/** True for a safe integer amount of cents greater than zero. */
export function isPositiveCents(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
}

/** Upper bound for a wage: $10,000,000.00, so every amount fits GraphQL's 32-bit Int. */
export const MAX_WAGE_CENTS = 1_000_000_000;

const WAGE_MESSAGE = 'Wage must be a positive amount';

/** A wage in integer cents: positive, at most $100M. */
export const wageCentsSchema = z
  .int({ error: WAGE_MESSAGE })
  .check(z.positive({ error: WAGE_MESSAGE }), z.lte(MAX_WAGE_CENTS, { error: 'Wage must be at most $10,000,000.00' }));
