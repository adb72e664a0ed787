import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_STATUSES,
  CERTIFICATE_STATUSES,
  COVERAGE_TYPE_LABELS,
  COVERAGE_TYPES,
  coverageTypesInWords,
  JOB_CATEGORY_STATUSES,
  OPT_IN_STATUSES,
  PAYERS,
  ROLES,
} from './enums';

describe('enums', () => {
  it('have the agreed values', () => {
    expect([...COVERAGE_TYPES]).toEqual(['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']);
    expect([...PAYERS]).toEqual(['AGENCY', 'CONTRACTOR']);
    expect([...ROLES]).toEqual(['AGENCY_MEMBER', 'FACILITY_USER', 'OPERATOR', 'CONTRACTOR']);
    expect([...ASSIGNMENT_STATUSES]).toEqual([
      'PENDING_APPROVAL',
      'AWAITING_OPT_IN',
      'AWAITING_PAYMENT',
      'COVERED',
      'ENDED',
      'OPTED_OUT',
      'DECLINED',
      'CANCELLED',
    ]);
    expect([...JOB_CATEGORY_STATUSES]).toEqual(['PENDING_APPROVAL', 'APPROVED', 'REJECTED']);
    expect([...OPT_IN_STATUSES]).toEqual(['NOT_STARTED', 'PENDING', 'OPTED_IN']);
    expect([...CERTIFICATE_STATUSES]).toEqual(['VALID', 'VOID']);
  });

  it('label every coverage type in words', () => {
    expect(COVERAGE_TYPE_LABELS).toEqual({
      GENERAL_LIABILITY: 'General Liability',
      WORKERS_COMPENSATION: "Workers' Compensation",
    });
  });

  it('says coverage types in words, in the catalogue order whatever order they are given in', () => {
    expect(coverageTypesInWords(['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'])).toBe("General Liability and Workers' Compensation");
    expect(coverageTypesInWords(['WORKERS_COMPENSATION'])).toBe("Workers' Compensation");
    expect(coverageTypesInWords([])).toBe('');
    expect(coverageTypesInWords(['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'], 'es')).toBe('Responsabilidad civil general y compensación laboral');
  });
});
