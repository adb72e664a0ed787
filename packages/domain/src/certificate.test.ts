import { describe, expect, it } from 'vitest';
import {
  asciiFileNamePart,
  canonicalJson,
  CERTIFICATE_NUMBER_RANDOM_BYTES,
  certificateFileName,
  CROCKFORD_BASE32_ALPHABET,
  encodeCrockfordBase32,
  formatCertificateNumber,
  isCertificateNumber,
  normalizeCertificateNumber,
} from './certificate';
import * as domain from './index';

describe('encodeCrockfordBase32', () => {
  it('encodes 5 bytes as 8 characters, most significant bit first', () => {
    expect(encodeCrockfordBase32(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(encodeCrockfordBase32(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    // 0x0842108421 is 00001 00001 00001 … : eight ones.
    expect(encodeCrockfordBase32(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
    expect(encodeCrockfordBase32(new Uint8Array([0x00, 0x44, 0x32, 0x14, 0xc7]))).toBe('01234567');
  });

  it('pads the last group with zero bits', () => {
    expect(encodeCrockfordBase32(new Uint8Array([0xff]))).toBe('ZW');
    expect(encodeCrockfordBase32(new Uint8Array([]))).toBe('');
  });

  it('uses only the 32 symbols of the alphabet, never I, L, O or U', () => {
    const bytes = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    const encoded = encodeCrockfordBase32(bytes);
    expect(encoded).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(new Set(CROCKFORD_BASE32_ALPHABET).size).toBe(32);
  });
});

describe('formatCertificateNumber', () => {
  it('is CL-, the year, and 16 characters in groups of four from 80 random bits (not guessable: at least 64)', () => {
    const ones = [0x08, 0x42, 0x10, 0x84, 0x21];
    expect(formatCertificateNumber(2026, new Uint8Array([...ones, ...ones]))).toBe('CL-2026-1111-1111-1111-1111');
    expect(CERTIFICATE_NUMBER_RANDOM_BYTES * 8).toBeGreaterThanOrEqual(64);
    expect(isCertificateNumber(formatCertificateNumber(2026, new Uint8Array(CERTIFICATE_NUMBER_RANDOM_BYTES).fill(255)))).toBe(true);
  });

  it('refuses a year that is not four digits and a wrong number of random bytes', () => {
    expect(() => formatCertificateNumber(999, new Uint8Array(10))).toThrow(RangeError);
    expect(() => formatCertificateNumber(2026.5, new Uint8Array(10))).toThrow(RangeError);
    expect(() => formatCertificateNumber(2026, new Uint8Array(5))).toThrow(/10 random bytes/);
  });
});

describe('isCertificateNumber', () => {
  it.each(['CL-2026-0000-0000-0000-0000', 'CL-2026-ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'CL-2026-00000000', 'CL-2026-ZZZZZZZZ', 'CL-1999-AB12CD34'])('accepts %s (the 40-bit numbers issued before stay valid)', (value) => {
    expect(isCertificateNumber(value)).toBe(true);
  });

  it.each(['', 'cl-2026-00000000', 'CL-26-00000000', 'CL-2026-0000000', 'CL-2026-000000000', 'CL-2026-0000000U', 'CL-2026-ILO00000', ' CL-2026-00000000', 'CL-2026-0000000000000000', 'CL-2026-0000-0000-0000-000', 'CL-2026-0000-0000-0000-000U', 'CL-2026-0000-0000-0000-0000-0000', 42, null])(
    'refuses %j',
    (value) => {
      expect(isCertificateNumber(value)).toBe(false);
    },
  );
});

describe('normalizeCertificateNumber', () => {
  it('trims and upper-cases what someone typed', () => {
    expect(normalizeCertificateNumber('  cl-2026-ab12cd34 ')).toBe('CL-2026-AB12CD34');
  });

  it('reads O as zero and I or L as one, as Crockford decodes them', () => {
    expect(normalizeCertificateNumber('CL-2026-OILoil00')).toBe('CL-2026-01101100');
    expect(normalizeCertificateNumber('CL-2026-OILo-il00-0000-0000')).toBe('CL-2026-0110-1100-0000-0000');
  });

  it('puts the groups of a 16-character number where they are printed, however it was typed', () => {
    expect(normalizeCertificateNumber('cl-2026-7k3qx9md4tre8hjw')).toBe('CL-2026-7K3Q-X9MD-4TRE-8HJW');
    expect(normalizeCertificateNumber('CL-2026-7K3Q X9MD 4TRE-8HJW')).toBe('CL-2026-7K3Q-X9MD-4TRE-8HJW');
    expect(normalizeCertificateNumber('CL-2026-AB12-CD34')).toBe('CL-2026-AB12CD34');
  });

  it.each(['', 'CL-2026-U0000000', 'CL-2026-AB12CD3', 'CL2026AB12CD34', 'XX-2026-AB12CD34', 'CL-2026-AB12CD34.pdf', 'CL-2026-7K3Q-X9MD-4TRE-8HJW'.padEnd(65, '-'), 'CL-2026--', 'CL-2026-7K3Q-X9MD-4TRE-8HJ'])('gives null for %j', (value) => {
    expect(normalizeCertificateNumber(value)).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same bytes whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: 2, nested: { b: 2, a: 1 } })).toBe(canonicalJson({ nested: { a: 1, b: 2 }, y: 2, x: 1 }));
  });

  it('sorts keys by UTF-16 code units, so upper case comes before lower case', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, _: 4 })).toBe('{"B":2,"_":4,"a":3,"b":1}');
  });

  it('escapes strings as JSON does and keeps other characters as they are', () => {
    expect(canonicalJson({ s: 'line\n"quoted" \\ café — ok' })).toBe('{"s":"line\\n\\"quoted\\" \\\\ café — ok"}');
  });

  it('writes numbers in their shortest form', () => {
    expect(canonicalJson([100000000, 1.5, -0, 0.1])).toBe('[100000000,1.5,0,0.1]');
  });

  it('leaves out object properties that are undefined', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('round-trips through JSON.parse to the same bytes', () => {
    const text = canonicalJson({ number: 'CL-2026-AB12CD34', limits: [{ label: 'Each occurrence', amountCents: 100000000 }], facility: null });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
    ['a Date', { at: new Date(0) }],
    ['undefined in an array', [1, undefined]],
    ['a Map', new Map()],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});

describe('certificateFileName', () => {
  it('is <Lastname>-<Firstname>-<effectiveDate>-<number>.pdf', () => {
    expect(certificateFileName({ lastName: 'Nguyen', firstName: 'Avery', effectiveDate: '2026-03-01', number: 'CL-2026-AB12CD34' })).toBe(
      'Nguyen-Avery-2026-03-01-CL-2026-AB12CD34.pdf',
    );
  });

  it('keeps only ASCII letters, digits and hyphens', () => {
    expect(certificateFileName({ lastName: "O'Brien-Núñez", firstName: 'José María', effectiveDate: '2026-03-01', number: 'CL-2026-AB12CD34' })).toBe(
      'O-Brien-Nunez-Jose-Maria-2026-03-01-CL-2026-AB12CD34.pdf',
    );
    expect(asciiFileNamePart('  "../etc/passwd"  ')).toBe('etc-passwd');
  });

  it('drops a name part with no ASCII letters rather than leaving an empty segment', () => {
    expect(certificateFileName({ lastName: '王', firstName: 'Wei', effectiveDate: '2026-03-01', number: 'CL-2026-AB12CD34' })).toBe(
      'Wei-2026-03-01-CL-2026-AB12CD34.pdf',
    );
  });
});

describe('the package index', () => {
  it('exports the certificate helpers', () => {
    for (const name of ['canonicalJson', 'formatCertificateNumber', 'isCertificateNumber', 'normalizeCertificateNumber', 'certificateFileName', 'encodeCrockfordBase32']) {
      expect(domain, name).toHaveProperty(name);
    }
  });
});
