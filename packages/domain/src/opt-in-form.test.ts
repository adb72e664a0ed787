import { describe, expect, it } from 'vitest';
import * as domain from './index';
import { OPT_IN_CORRECTABLE_FIELDS, TERMS, TERMS_IN, TERMS_VERSION, optInContactDetails, optInFormSnapshot, signatureMatches, type OptInContactDetails, type OptInFormAssignment } from './opt-in-form';

const contractor: OptInContactDetails = {
  firstName: 'Maria',
  lastName: 'Lopez',
  email: 'maria.lopez@example.com',
  phone: '(614) 555-0100',
  addressLine1: '1452 Oak St',
  city: 'Columbus',
  state: 'OH',
  postalCode: '43205',
};

const shift: OptInFormAssignment = {
  id: 'b-assignment',
  jobName: 'ICU night shift RN',
  jobTitle: 'Hospital professional',
  clientEntity: 'Mercy Health System',
  description: 'Registered nurse covering night shifts.',
  effectiveDate: '2026-12-01',
  endDate: '2026-12-03',
  coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'],
  workState: 'OH',
  premiumCents: 12_345,
};

const acceptedAt = new Date('2026-11-20T14:03:05.250Z');
const base = { contractor, corrections: {}, signatureName: 'Maria Lopez', payer: 'AGENCY' as const, assignments: [shift], acceptedAt };

describe('TERMS', () => {
  it('is versioned and reads as one line per clause', () => {
    expect(TERMS_VERSION).toMatch(/^\d{4}-\d{2}$/);
    expect(TERMS.split('\n')).toHaveLength(4);
    expect(TERMS).toMatch(/electronic signature/);
  });

  it('says the same clauses in Spanish, one line each', () => {
    expect(TERMS_IN.en).toBe(TERMS);
    expect(TERMS_IN.es.split('\n')).toHaveLength(TERMS.split('\n').length);
    expect(TERMS_IN.es).toMatch(/firma electrónica/);
  });
});

describe('optInFormSnapshot', () => {
  it('records the terms, their version, the signature, the payer and when they were accepted', () => {
    const snapshot = optInFormSnapshot(base);
    expect(snapshot).toMatchObject({ termsVersion: TERMS_VERSION, termsLanguage: 'en', terms: TERMS, signatureName: 'Maria Lopez', payer: 'AGENCY', acceptedAt: '2026-11-20T14:03:05.250Z' });
  });

  it('records the Spanish terms when they were signed in Spanish', () => {
    const snapshot = optInFormSnapshot({ ...base, termsLanguage: 'es' });
    expect(snapshot).toMatchObject({ termsVersion: TERMS_VERSION, termsLanguage: 'es', terms: TERMS_IN.es });
  });

  it('keeps the contact details the form showed when nothing was corrected', () => {
    const snapshot = optInFormSnapshot(base);
    expect(snapshot.contractor).toEqual(contractor);
    expect(snapshot.corrections).toEqual({});
  });

  it('applies the corrections to the confirmed details and keeps them apart', () => {
    const snapshot = optInFormSnapshot({ ...base, corrections: { phone: '(614) 555-0199', city: 'Dublin' } });
    expect(snapshot.corrections).toEqual({ phone: '(614) 555-0199', city: 'Dublin' });
    expect(snapshot.contractor).toEqual({ ...contractor, phone: '(614) 555-0199', city: 'Dublin' });
  });

  it('fills details the form lacked from the corrections', () => {
    const snapshot = optInFormSnapshot({ ...base, contractor: { ...contractor, phone: null, postalCode: null }, corrections: { postalCode: '43215' } });
    expect(snapshot.contractor).toMatchObject({ phone: null, postalCode: '43215' });
  });

  it('ignores empty corrections and fields that may not be corrected', () => {
    const corrections = { phone: '', city: null, state: undefined, email: 'else@example.com', firstName: 'Mia' } as Parameters<typeof optInFormSnapshot>[0]['corrections'];
    const snapshot = optInFormSnapshot({ ...base, corrections });
    expect(snapshot.corrections).toEqual({});
    expect(snapshot.contractor).toEqual(contractor);
  });

  it('names every correctable field in a fixed order', () => {
    expect(OPT_IN_CORRECTABLE_FIELDS).toEqual(['phone', 'addressLine1', 'city', 'state', 'postalCode']);
    const all = { postalCode: '1', state: 'IL', city: 'c', addressLine1: 'a', phone: 'p' };
    expect(Object.keys(optInFormSnapshot({ ...base, corrections: all }).corrections)).toEqual([...OPT_IN_CORRECTABLE_FIELDS]);
  });

  it('keeps only the named fields of a whole contractor row and of each assignment', () => {
    const row = { ...contractor, id: 'c1', agencyId: 'a1', externalId: 'ACME-0001', createdAt: new Date() };
    const assignmentRow = { ...shift, status: 'AWAITING_OPT_IN', wageCents: 100_000, optInId: 'o1' };
    const snapshot = optInFormSnapshot({ ...base, contractor: row, assignments: [assignmentRow] });
    expect(Object.keys(snapshot.contractor).sort()).toEqual(Object.keys(contractor).sort());
    expect(Object.keys(snapshot.assignments[0] ?? {}).sort()).toEqual(Object.keys(shift).sort());
  });

  it('lists the assignments by effective date, end date, then id, with coverage types as a sorted set', () => {
    const later = { ...shift, id: 'a-later', effectiveDate: '2026-12-10', endDate: '2026-12-10', coverageTypes: ['GENERAL_LIABILITY', 'GENERAL_LIABILITY'] as const };
    const sameStartLongest = { ...shift, id: 'a-long', endDate: '2026-12-09' };
    const sameDatesOtherId = { ...shift, id: 'a-assignment' };
    const snapshot = optInFormSnapshot({ ...base, assignments: [later, sameStartLongest, shift, sameDatesOtherId] });
    expect(snapshot.assignments.map((a) => a.id)).toEqual(['a-assignment', 'b-assignment', 'a-long', 'a-later']);
    expect(snapshot.assignments[0]?.coverageTypes).toEqual(['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']);
    expect(snapshot.assignments[3]?.coverageTypes).toEqual(['GENERAL_LIABILITY']);
  });

  it('does not change its inputs', () => {
    const assignments = [shift];
    optInFormSnapshot({ ...base, assignments });
    expect(shift.coverageTypes).toEqual(['WORKERS_COMPENSATION', 'GENERAL_LIABILITY']);
    expect(assignments).toEqual([shift]);
  });

  it('keeps a form that listed no assignment', () => {
    expect(optInFormSnapshot({ ...base, assignments: [] }).assignments).toEqual([]);
  });

  it('is plain JSON: a round trip through the database gives it back unchanged', () => {
    const snapshot = optInFormSnapshot({ ...base, payer: 'CONTRACTOR', corrections: { state: 'IL' } });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('refuses an invalid acceptance time or a blank signature', () => {
    expect(() => optInFormSnapshot({ ...base, acceptedAt: new Date('nope') })).toThrow(RangeError);
    expect(() => optInFormSnapshot({ ...base, signatureName: '  ' })).toThrow(RangeError);
  });

  it('is exported from the package root', () => {
    for (const name of ['TERMS_VERSION', 'TERMS', 'OPT_IN_CORRECTABLE_FIELDS', 'optInContactDetails', 'optInFormSnapshot', 'signatureMatches']) expect(domain, name).toHaveProperty(name);
  });
});

describe('optInContactDetails', () => {
  it('shows the details a record carries and nothing else', () => {
    expect(optInContactDetails({ ...contractor, id: 'c-1', agencyId: 'a-1', externalId: 'W-9' } as typeof contractor)).toEqual(contractor);
  });

  it('shows a detail the record lacks or leaves empty as blank', () => {
    expect(optInContactDetails({ firstName: 'Ana', lastName: 'Ruiz', email: 'ana@example.com', phone: undefined, city: null })).toEqual({
      firstName: 'Ana',
      lastName: 'Ruiz',
      email: 'ana@example.com',
      phone: null,
      addressLine1: null,
      city: null,
      state: null,
      postalCode: null,
    });
  });
});

describe('signatureMatches', () => {
  it('accepts the full name in any case, with extra spaces around and between', () => {
    for (const typed of ['Maria Lopez', 'maria lopez', 'MARIA LOPEZ', '  Maria   Lopez ', 'Maria\tLopez']) expect(signatureMatches(typed, 'Maria Lopez'), typed).toBe(true);
  });

  it('refuses anything else: another name, a part of it, other letters', () => {
    for (const typed of ['Maria', 'Lopez Maria', 'Maria Lopes', 'MariaLopez', 'María López', '']) expect(signatureMatches(typed, 'Maria Lopez'), typed).toBe(false);
  });
});
