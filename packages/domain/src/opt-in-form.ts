// The opt-in form (DESIGN flow 4): the terms a contractor accepts and the record kept of what they
// confirmed. The server's submitOptIn and the demo data both write completed opt-ins with these, so an
// auditor reads one shape whatever produced the row.
import type { CoverageType, Payer } from './enums';
import { DEFAULT_LANGUAGE, type Language } from './language';

/**
 * Names the text of the terms in every language (TERMS_IN); change it whenever any of them changes, so
 * every opt-in says, with its `termsLanguage`, exactly which text it accepted.
 */
export const TERMS_VERSION = '2026-11';

export const TERMS = [
  'I ask to be covered for the assignments listed above under the insurance Coverline arranges for the agency that placed me.',
  'The information on this form is true to the best of my knowledge; I will tell the agency if it changes.',
  'Coverage applies only to the work, dates and work state described, and only once any premium I pay is received.',
  'My typed name below is my electronic signature.',
].join('\n');

/** The terms in each language, line for line the same promises. */
export const TERMS_IN: Record<Language, string> = {
  en: TERMS,
  es: [
    'Solicito cobertura para las asignaciones indicadas arriba, con el seguro que Coverline gestiona para la agencia que me asignó.',
    'La información de este formulario es verdadera según mi leal saber y entender; avisaré a la agencia si cambia.',
    'La cobertura se aplica solo al trabajo, las fechas y el estado de trabajo descritos, y solo una vez recibida cualquier prima que yo pague.',
    'Mi nombre escrito abajo es mi firma electrónica.',
  ].join('\n'),
};

/** The contact details a contractor may correct on the form (the rest is the agency's to change). */
export const OPT_IN_CORRECTABLE_FIELDS = ['phone', 'addressLine1', 'city', 'state', 'postalCode'] as const;
export type OptInCorrectableField = (typeof OPT_IN_CORRECTABLE_FIELDS)[number];
export type OptInCorrections = Partial<Record<OptInCorrectableField, string>>;

/** The contractor's details as the form shows them. */
export type OptInContactDetails = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  addressLine1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
};

/**
 * The contractor's details as the form shows them, from any record that carries them (a database
 * row, an insert draft): a detail the record lacks is shown blank (`null`).
 */
export function optInContactDetails(record: {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  addressLine1?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}): OptInContactDetails {
  return {
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.email,
    phone: record.phone ?? null,
    addressLine1: record.addressLine1 ?? null,
    city: record.city ?? null,
    state: record.state ?? null,
    postalCode: record.postalCode ?? null,
  };
}

/** Whether a typed signature is the full name the form shows: case and repeated spaces do not matter. */
export function signatureMatches(typed: string, fullName: string): boolean {
  const normalize = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
  return normalize(typed) === normalize(fullName);
}

/** One assignment as the form lists it. */
export type OptInFormAssignment = {
  id: string;
  jobName: string;
  jobTitle: string;
  clientEntity: string;
  description: string;
  effectiveDate: string;
  endDate: string;
  coverageTypes: readonly CoverageType[];
  workState: string;
  premiumCents: number;
};

/** What a completed opt-in keeps (its `formSnapshot`): plain JSON, so it reads the same from the database. */
export type OptInFormSnapshot = {
  termsVersion: string;
  /** The language the terms were shown and signed in. */
  termsLanguage: Language;
  terms: string;
  /** ISO 8601 instant the contractor submitted the form. */
  acceptedAt: string;
  signatureName: string;
  payer: Payer;
  /** The details the contractor confirmed: those the form showed, with their corrections applied. */
  contractor: OptInContactDetails;
  /** Only the fields the contractor typed, so an auditor sees what they changed. */
  corrections: OptInCorrections;
  /** The assignments the form listed, by effective date. */
  assignments: (Omit<OptInFormAssignment, 'coverageTypes'> & { coverageTypes: CoverageType[] })[];
};

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The record of a submitted opt-in form: the current terms, their version and language, when and under which
 * typed name the contractor accepted them, and what the form showed (payer, contact details,
 * assignments) with the contractor's corrections. Only the named fields are kept, whatever else the
 * inputs carry (e.g. a whole contractor row). Throws RangeError for an invalid `acceptedAt` or a
 * blank signature.
 */
export function optInFormSnapshot(input: {
  /** The contractor as the form showed them, before corrections. */
  contractor: OptInContactDetails;
  corrections: Partial<Record<OptInCorrectableField, string | null | undefined>>;
  signatureName: string;
  payer: Payer;
  assignments: readonly OptInFormAssignment[];
  acceptedAt: Date;
  /** The language the contractor read and signed the terms in; English unless said. */
  termsLanguage?: Language;
}): OptInFormSnapshot {
  const ms = input.acceptedAt.getTime();
  if (Number.isNaN(ms)) throw new RangeError('optInFormSnapshot: invalid acceptedAt');
  if (input.signatureName.trim() === '') throw new RangeError('optInFormSnapshot: blank signature name');
  const corrections: OptInCorrections = {};
  for (const field of OPT_IN_CORRECTABLE_FIELDS) {
    const value = input.corrections[field];
    if (typeof value === 'string' && value !== '') corrections[field] = value;
  }
  const { firstName, lastName, email, phone, addressLine1, city, state, postalCode } = input.contractor;
  const assignments = input.assignments
    .map((a) => ({
      id: a.id,
      jobName: a.jobName,
      jobTitle: a.jobTitle,
      clientEntity: a.clientEntity,
      description: a.description,
      effectiveDate: a.effectiveDate,
      endDate: a.endDate,
      coverageTypes: [...new Set(a.coverageTypes)].sort(),
      workState: a.workState,
      premiumCents: a.premiumCents,
    }))
    .sort((a, b) => compareStrings(a.effectiveDate, b.effectiveDate) || compareStrings(a.endDate, b.endDate) || compareStrings(a.id, b.id));
  return {
    termsVersion: TERMS_VERSION,
    termsLanguage: input.termsLanguage ?? DEFAULT_LANGUAGE,
    terms: TERMS_IN[input.termsLanguage ?? DEFAULT_LANGUAGE],
    acceptedAt: new Date(ms).toISOString(),
    signatureName: input.signatureName,
    payer: input.payer,
    contractor: { firstName, lastName, email, phone, addressLine1, city, state, postalCode, ...corrections },
    corrections,
    assignments,
  };
}
