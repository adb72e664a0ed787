// Certificates of insurance: the public number printed on each one, the canonical JSON whose bytes
// are signed, and the ASCII-safe file name of the PDF. Pure: the server supplies the random bytes.

/** Crockford's base32 alphabet: no I, L, O or U, so a number read aloud or retyped stays unambiguous. */
export const CROCKFORD_BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * 10 random bytes are 80 bits, exactly 16 base32 characters, printed in four groups of four. A number
 * is the credential of the public verification page, so it must not be guessable (at least 64 bits).
 */
export const CERTIFICATE_NUMBER_RANDOM_BYTES = 10;

const CHARACTER = '[0-9A-HJKMNP-TV-Z]';
/** Today's numbers, `CL-2026-7K3Q-X9MD-4TRE-8HJW`, and the 40-bit `CL-2026-7K3QX9MD` issued before them, which stay valid. */
const CERTIFICATE_NUMBER_PATTERN = new RegExp(`^CL-\\d{4}-(${CHARACTER}{4}-${CHARACTER}{4}-${CHARACTER}{4}-${CHARACTER}{4}|${CHARACTER}{8})$`);
const LEGACY_RANDOM_CHARACTERS = 8;

/** The longest text that can still be a certificate number once normalized; anything longer is not looked at. */
export const MAX_TYPED_CERTIFICATE_NUMBER_LENGTH = 64;

/** Encodes bytes as Crockford base32, most significant bit first; the last group is padded with zero bits. */
export function encodeCrockfordBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD_BASE32_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD_BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** `CL-<year>-<16 Crockford base32 characters in groups of four>` from the year of issue and 10 random bytes. */
export function formatCertificateNumber(year: number, random: Uint8Array): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`A certificate year has four digits, got ${String(year)}`);
  if (random.length !== CERTIFICATE_NUMBER_RANDOM_BYTES) {
    throw new RangeError(`A certificate number needs ${CERTIFICATE_NUMBER_RANDOM_BYTES} random bytes, got ${random.length}`);
  }
  return `CL-${year}-${groupsOfFour(encodeCrockfordBase32(random))}`;
}

function groupsOfFour(characters: string): string {
  return characters.match(/.{1,4}/g)!.join('-');
}

/** True for a well-formed certificate number, exactly as printed (upper case, with hyphens). */
export function isCertificateNumber(value: unknown): value is string {
  return typeof value === 'string' && CERTIFICATE_NUMBER_PATTERN.test(value);
}

/**
 * The printed form of a number someone typed or scanned: trimmed, upper case, the random part's
 * hyphens and spaces put where they are printed, and the letters Crockford decodes as digits (O → 0,
 * I and L → 1). Null when it cannot be a number.
 */
export function normalizeCertificateNumber(input: string): string | null {
  if (input.length > MAX_TYPED_CERTIFICATE_NUMBER_LENGTH) return null;
  const match = /^CL-(\d{4})-([0-9A-Z][0-9A-Z -]*)$/.exec(input.trim().toUpperCase());
  if (!match) return null;
  const random = match[2]!.replace(/[ -]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const number = `CL-${match[1]}-${random.length === LEGACY_RANDOM_CHARACTERS ? random : groupsOfFour(random)}`;
  return isCertificateNumber(number) ? number : null;
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so the same data always
 * gives the same bytes to sign. Object properties that are `undefined` are left out, as JSON.stringify
 * does; anything JSON cannot represent exactly (NaN, Infinity, bigint, functions, dates, class
 * instances, `undefined` in an array) is refused rather than silently changed.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$');
}

function encode(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is ${String(value)}, which JSON cannot represent`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot represent`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => {
      if (item === undefined) throw new TypeError(`canonicalJson: ${path}[${i}] is undefined`);
      return encode(item, `${path}[${i}]`);
    }).join(',')}]`;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`canonicalJson: ${path} is not a plain object (use strings for dates)`);
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${encode(record[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}

/** A name part reduced to ASCII letters, digits and hyphens: "José María" → "Jose-Maria". */
export function asciiFileNamePart(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<Lastname>-<Firstname>-<effectiveDate>-<number>.pdf`, safe in any file system and mail header. */
export function certificateFileName(input: { lastName: string; firstName: string; effectiveDate: string; number: string }): string {
  const parts = [input.lastName, input.firstName, input.effectiveDate, input.number].map(asciiFileNamePart).filter((part) => part !== '');
  return `${parts.join('-')}.pdf`;
}
