import { DEFAULT_LANGUAGE, type Language } from './language';
export const COVERAGE_TYPES = ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'] as const;
export type CoverageType = (typeof COVERAGE_TYPES)[number];

export const PAYERS = ['AGENCY', 'CONTRACTOR'] as const;
export type Payer = (typeof PAYERS)[number];

export const ROLES = ['AGENCY_MEMBER', 'FACILITY_USER', 'OPERATOR', 'CONTRACTOR'] as const;
export type Role = (typeof ROLES)[number];

export const ASSIGNMENT_STATUSES = [
  'PENDING_APPROVAL',
  'AWAITING_OPT_IN',
  'AWAITING_PAYMENT',
  'COVERED',
  'ENDED',
  'OPTED_OUT',
  'DECLINED',
  'CANCELLED',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const JOB_CATEGORY_STATUSES = ['PENDING_APPROVAL', 'APPROVED', 'REJECTED'] as const;
export type JobCategoryStatus = (typeof JOB_CATEGORY_STATUSES)[number];

export const OPT_IN_STATUSES = ['NOT_STARTED', 'PENDING', 'OPTED_IN'] as const;
export type OptInStatus = (typeof OPT_IN_STATUSES)[number];

export const CERTIFICATE_STATUSES = ['VALID', 'VOID'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const COVERAGE_TYPE_LABELS: Record<CoverageType, string> = {
  GENERAL_LIABILITY: 'General Liability',
  WORKERS_COMPENSATION: "Workers' Compensation",
};

const COVERAGE_TYPE_LABELS_ES: Record<CoverageType, string> = {
  GENERAL_LIABILITY: 'Responsabilidad civil general',
  WORKERS_COMPENSATION: 'Compensación laboral',
};

/**
 * "General Liability and Workers' Compensation" (in Spanish "Responsabilidad civil general y
 * compensación laboral": Spanish capitalises only the first word, where English capitalises each
 * coverage's name): the types in the catalogue's order, whatever order they come in.
 */
export function coverageTypesInWords(types: readonly CoverageType[], language: Language = DEFAULT_LANGUAGE): string {
  const names = COVERAGE_TYPES.filter((type) => types.includes(type));
  if (language === 'en') return names.map((type) => COVERAGE_TYPE_LABELS[type]).join(' and ');
  return names.map((type, index) => (index === 0 ? COVERAGE_TYPE_LABELS_ES[type] : COVERAGE_TYPE_LABELS_ES[type].toLowerCase())).join(' y ');
}
