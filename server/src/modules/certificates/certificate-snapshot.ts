// What a certificate says, as one plain object: built once at issue from the assignment and the
// master policies, stored as jsonb, signed as canonical JSON, and the only input of the PDF.
// The wording is ours; the content follows what a certificate of liability insurance must state.
import { canonicalJson, certificateFileName, formatCertificateDate, todayInTimeZone, usStateName, type CoverageType } from '@coverline/domain';

export const CERTIFICATE_FORMAT = 'coverline-certificate/1';

export type CertificateParty = { name: string; addressLines: string[] };

/** A limit in cents, or a limit stated in words (workers' compensation's statutory limits). */
export type CertificateLimit = { label: string; amountCents?: number; text?: string };

export type CertificateCoverage = {
  coverageType: CoverageType;
  title: string;
  details: string[];
  insurer: string;
  policyNumber: string;
  effectiveDate: string;
  endDate: string;
  limits: CertificateLimit[];
};

export type CertificateSnapshot = {
  format: typeof CERTIFICATE_FORMAT;
  number: string;
  /** The instant of issue, ISO 8601 in UTC. */
  issuedAt: string;
  /** The date of issue in the agency's time zone, YYYY-MM-DD. */
  issueDate: string;
  notice: string;
  producer: CertificateParty & { phone: string; email: string };
  insured: CertificateParty & { firstName: string; lastName: string };
  insurers: { letter: string; name: string; naic: string }[];
  coverages: CertificateCoverage[];
  operations: {
    jobCode: string;
    jobTitle: string;
    jobName: string;
    clientEntity: string;
    facilityName: string | null;
    workState: string;
    effectiveDate: string;
    endDate: string;
    description: string;
  };
  holder: CertificateParty;
  agency: { name: string };
  cancellation: string;
  authorizedRepresentative: { name: string; title: string };
  verificationUrl: string;
  signature: { alg: 'EdDSA'; kid: string };
};

export type PolicyFacts = {
  coverageType: CoverageType;
  insurerName: string;
  insurerNaic: string;
  policyNumber: string;
  limits: Record<string, number | string>;
};

type Address = { addressLine1: string | null; city: string | null; state: string | null; postalCode: string | null };

export type CertificateFacts = {
  number: string;
  issuedAt: Date;
  /** The agency's time zone: the date of issue is the agency's calendar date. */
  timeZone: string;
  verificationUrl: string;
  kid: string;
  agency: { name: string };
  contractor: { firstName: string; lastName: string } & Address;
  jobCode: { code: string; title: string };
  workState: string;
  assignment: { jobName: string; clientEntity: string; description: string; effectiveDate: string; endDate: string };
  facility: ({ name: string } & Address) | null;
  /** One master policy for each coverage type of the assignment's job category. */
  policies: PolicyFacts[];
};

export const PRODUCER = {
  name: 'Coverline Insurance Services, LLC',
  addressLines: ['1200 Harbor Point Drive, Suite 410', 'Wilmington, DE 19801'],
  phone: '(800) 555-0142',
  email: 'certificates@coverline.test',
} as const;

const NOTICE =
  'This certificate is a statement of information only. It summarises insurance in force for one assignment; ' +
  'it gives the certificate holder no rights and does not change, extend or replace the coverage, terms, ' +
  'exclusions or conditions of the policies listed.';

const CANCELLATION =
  'If a policy listed here is cancelled before the end date shown, Coverline will notify the certificate holder ' +
  'as the policy provisions require. Coverage for this assignment ends on its end date.';

const COVERAGE_ORDER: readonly CoverageType[] = ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'];

type LimitSpec = { key: string; label: string; statutory?: true };

/**
 * The keys of `policies.limits` a certificate prints, by coverage type (the demo's master policies use
 * them too). A policy without one of them cannot back a certificate: issuing fails rather than print a
 * certificate with a limit missing.
 */
const LIMITS: Record<CoverageType, { title: string; details: string[]; limits: LimitSpec[] }> = {
  GENERAL_LIABILITY: {
    title: 'Commercial general liability',
    details: ['Occurrence basis', 'General aggregate applies per policy'],
    limits: [
      { key: 'eachOccurrenceCents', label: 'Each occurrence' },
      { key: 'generalAggregateCents', label: 'General aggregate' },
      { key: 'productsCompletedOperationsAggregateCents', label: 'Products-completed ops aggregate' },
    ],
  },
  WORKERS_COMPENSATION: {
    title: "Workers' compensation and employers' liability",
    details: [],
    limits: [
      { key: 'workersCompensation', label: "Workers' compensation", statutory: true },
      { key: 'employersLiabilityEachAccidentCents', label: 'E.L. each accident' },
      { key: 'employersLiabilityDiseaseEachEmployeeCents', label: 'E.L. disease, each employee' },
      { key: 'employersLiabilityDiseasePolicyLimitCents', label: 'E.L. disease, policy limit' },
    ],
  },
};

function addressLines(address: Address): string[] {
  const cityLine = [address.city, [address.state, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.addressLine1, cityLine].filter((line): line is string => Boolean(line && line.trim()));
}

function limitsOf(policy: PolicyFacts): CertificateLimit[] {
  return LIMITS[policy.coverageType].limits.map((spec) => {
    const value = policy.limits[spec.key];
    if (spec.statutory) {
      if (value !== 'STATUTORY') throw new Error(`policy ${policy.policyNumber} does not state statutory ${spec.label} limits (limits.${spec.key} = "STATUTORY")`);
      return { label: spec.label, text: 'Statutory limits' };
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`policy ${policy.policyNumber} has no ${spec.label.toLowerCase()} limit (limits.${spec.key}, in cents)`);
    }
    return { label: spec.label, amountCents: value };
  });
}

function operationsText(facts: CertificateFacts): string {
  const { assignment, facility, jobCode } = facts;
  const place = facility ? ` at ${facility.name}${facility.city && facility.state ? ` (${facility.city}, ${facility.state})` : ''}` : '';
  const state = usStateName(facts.workState) ?? facts.workState;
  return [
    `Work classified as ${jobCode.title}, job code ${jobCode.code}.`,
    `Assignment "${assignment.jobName}" for ${assignment.clientEntity}${place}, worked in ${state}, from ${formatCertificateDate(assignment.effectiveDate)} to ${formatCertificateDate(assignment.endDate)}.`,
    assignment.description.trim(),
    'The insurance above applies to this assignment only.',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/** The snapshot of one certificate. Pure: the same facts always give the same snapshot. */
export function buildCertificateSnapshot(facts: CertificateFacts): CertificateSnapshot {
  const policies = [...facts.policies].sort((a, b) => COVERAGE_ORDER.indexOf(a.coverageType) - COVERAGE_ORDER.indexOf(b.coverageType));
  if (policies.length === 0) throw new Error('a certificate needs at least one policy');
  // One letter per insurer, in the order of the coverage rows (the same insurer may write both).
  const insurers: CertificateSnapshot['insurers'] = [];
  const letterOf = (policy: PolicyFacts) => {
    let insurer = insurers.find((i) => i.name === policy.insurerName && i.naic === policy.insurerNaic);
    if (!insurer) {
      insurer = { letter: String.fromCharCode(65 + insurers.length), name: policy.insurerName, naic: policy.insurerNaic };
      insurers.push(insurer);
    }
    return insurer.letter;
  };
  const coverages = policies.map((policy) => ({
    coverageType: policy.coverageType,
    title: LIMITS[policy.coverageType].title,
    details: LIMITS[policy.coverageType].details,
    insurer: letterOf(policy),
    policyNumber: policy.policyNumber,
    effectiveDate: facts.assignment.effectiveDate,
    endDate: facts.assignment.endDate,
    limits: limitsOf(policy),
  }));
  const { contractor, facility, assignment } = facts;
  return {
    format: CERTIFICATE_FORMAT,
    number: facts.number,
    issuedAt: facts.issuedAt.toISOString(),
    issueDate: todayInTimeZone(facts.timeZone, facts.issuedAt),
    notice: NOTICE,
    producer: { name: PRODUCER.name, addressLines: [...PRODUCER.addressLines], phone: PRODUCER.phone, email: PRODUCER.email },
    insured: {
      name: `${contractor.firstName} ${contractor.lastName}`.trim(),
      firstName: contractor.firstName,
      lastName: contractor.lastName,
      addressLines: addressLines(contractor),
    },
    insurers,
    coverages,
    operations: {
      jobCode: facts.jobCode.code,
      jobTitle: facts.jobCode.title,
      jobName: assignment.jobName,
      clientEntity: assignment.clientEntity,
      facilityName: facility?.name ?? null,
      workState: facts.workState,
      effectiveDate: assignment.effectiveDate,
      endDate: assignment.endDate,
      description: operationsText(facts),
    },
    holder: facility ? { name: facility.name, addressLines: addressLines(facility) } : { name: assignment.clientEntity, addressLines: [] },
    agency: { name: facts.agency.name },
    cancellation: CANCELLATION,
    authorizedRepresentative: { name: PRODUCER.name, title: 'Authorized representative' },
    verificationUrl: facts.verificationUrl,
    signature: { alg: 'EdDSA', kid: facts.kid },
  };
}

/** The file name of the certificate's PDF, from what the certificate itself says. */
export function certificateFileNameOf(snapshot: CertificateSnapshot): string {
  return certificateFileName({
    lastName: snapshot.insured.lastName,
    firstName: snapshot.insured.firstName,
    effectiveDate: snapshot.operations.effectiveDate,
    number: snapshot.number,
  });
}

/** The exact bytes that are signed: the snapshot as canonical JSON, UTF-8. */
export function signedBytesOf(snapshot: CertificateSnapshot): Buffer {
  return Buffer.from(canonicalJson(snapshot), 'utf8');
}
