import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_TRANSITIONS,
  assertTransition,
  canCancelAssignment,
  canTransition,
  checkAssignmentDates,
  checkExtension,
  countsAsMissingPoNumber,
  hasCertificate,
  isTerminalStatus,
  nextStatusAfterApproval,
  nextStatusAfterCreation,
  nextStatusAfterOptIn,
} from './assignment-rules';
import { ASSIGNMENT_STATUSES, PAYERS, type AssignmentStatus } from './enums';

const TODAY = '2026-11-21';
const DATE_MESSAGE = 'Use a date in the form YYYY-MM-DD';
const RETRO_MESSAGE = `Coverage cannot be applied retroactively: the effective date must be on or after today (${TODAY}).`;
const END_BEFORE_MESSAGE = 'The end date must be on or after the effective date.';
const ONE_YEAR_MESSAGE = 'An assignment can last at most one year.';

describe('checkAssignmentDates', () => {
  it('accepts an assignment starting today', () => {
    expect(checkAssignmentDates({ effectiveDate: TODAY, endDate: TODAY, today: TODAY })).toEqual([]);
  });

  it('accepts a future assignment', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-12-01', endDate: '2027-03-31', today: TODAY })).toEqual([]);
  });

  it('refuses a retroactive effective date with the exact message', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-11-20', endDate: '2026-12-31', today: TODAY })).toEqual([
      { field: 'effectiveDate', message: RETRO_MESSAGE, reason: 'RETROACTIVE_COVERAGE' },
    ]);
    expect(checkAssignmentDates({ effectiveDate: '2025-11-21', endDate: '2026-11-21', today: TODAY })).toEqual([
      { field: 'effectiveDate', message: RETRO_MESSAGE, reason: 'RETROACTIVE_COVERAGE' },
    ]);
  });

  it('refuses an end date before the effective date', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-12-02', endDate: '2026-12-01', today: TODAY })).toEqual([
      { field: 'endDate', message: END_BEFORE_MESSAGE, reason: 'END_DATE_BEFORE_EFFECTIVE_DATE' },
    ]);
  });

  it('allows exactly one year and refuses one day more', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-12-01', endDate: '2027-12-01', today: TODAY })).toEqual([]);
    expect(checkAssignmentDates({ effectiveDate: '2026-12-01', endDate: '2027-12-02', today: TODAY })).toEqual([
      { field: 'endDate', message: ONE_YEAR_MESSAGE, reason: 'ASSIGNMENT_LONGER_THAN_ONE_YEAR' },
    ]);
  });

  it('measures one year from a leap day as ending on Feb 28', () => {
    const today = '2028-01-01';
    expect(checkAssignmentDates({ effectiveDate: '2028-02-29', endDate: '2029-02-28', today })).toEqual([]);
    expect(checkAssignmentDates({ effectiveDate: '2028-02-29', endDate: '2029-03-01', today })).toEqual([
      { field: 'endDate', message: ONE_YEAR_MESSAGE, reason: 'ASSIGNMENT_LONGER_THAN_ONE_YEAR' },
    ]);
  });

  it('reports malformed dates on their fields', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-02-30', endDate: 'soon', today: TODAY })).toEqual([
      { field: 'effectiveDate', message: DATE_MESSAGE },
      { field: 'endDate', message: DATE_MESSAGE },
    ]);
    expect(checkAssignmentDates({ effectiveDate: '12/01/2026', endDate: '2026-12-31', today: TODAY })).toEqual([
      { field: 'effectiveDate', message: DATE_MESSAGE },
    ]);
  });

  it('reports both a retroactive start and an end before it', () => {
    expect(checkAssignmentDates({ effectiveDate: '2026-11-10', endDate: '2026-11-01', today: TODAY })).toEqual([
      { field: 'effectiveDate', message: RETRO_MESSAGE, reason: 'RETROACTIVE_COVERAGE' },
      { field: 'endDate', message: END_BEFORE_MESSAGE, reason: 'END_DATE_BEFORE_EFFECTIVE_DATE' },
    ]);
  });

  it('throws when today itself is not a date (a caller bug)', () => {
    expect(() => checkAssignmentDates({ effectiveDate: TODAY, endDate: TODAY, today: '' })).toThrow(RangeError);
  });
});

describe('the status machine', () => {
  // Every allowed move, written out by hand; everything else must be refused.
  const ALLOWED = new Set([
    'PENDING_APPROVAL>AWAITING_OPT_IN',
    'PENDING_APPROVAL>AWAITING_PAYMENT',
    'PENDING_APPROVAL>COVERED',
    'PENDING_APPROVAL>CANCELLED',
    'AWAITING_OPT_IN>AWAITING_PAYMENT',
    'AWAITING_OPT_IN>COVERED',
    'AWAITING_OPT_IN>OPTED_OUT',
    'AWAITING_OPT_IN>CANCELLED',
    'AWAITING_PAYMENT>COVERED',
    'AWAITING_PAYMENT>DECLINED',
    'AWAITING_PAYMENT>OPTED_OUT',
    'AWAITING_PAYMENT>CANCELLED',
    'DECLINED>AWAITING_PAYMENT',
    'DECLINED>COVERED',
    'DECLINED>OPTED_OUT',
    'DECLINED>CANCELLED',
    'COVERED>ENDED',
    'COVERED>CANCELLED',
  ]);

  const pairs = ASSIGNMENT_STATUSES.flatMap((from) => ASSIGNMENT_STATUSES.map((to) => [from, to] as const));

  it('covers the full 8 × 8 matrix', () => {
    expect(ASSIGNMENT_STATUSES).toHaveLength(8);
    expect(pairs).toHaveLength(64);
    expect(Object.keys(ASSIGNMENT_TRANSITIONS).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
  });

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = ALLOWED.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(expected);
    if (expected) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertTransition(from, to)).toThrow(`Cannot move an assignment from ${from} to ${to}`);
    }
  });

  it('never stays in place', () => {
    for (const s of ASSIGNMENT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('has ENDED, OPTED_OUT and CANCELLED as the terminal statuses', () => {
    const terminal = ASSIGNMENT_STATUSES.filter((s) => isTerminalStatus(s));
    expect(terminal.sort()).toEqual(['CANCELLED', 'ENDED', 'OPTED_OUT']);
  });

  it('reaches every status from PENDING_APPROVAL', () => {
    const seen = new Set<AssignmentStatus>(['PENDING_APPROVAL']);
    const queue: AssignmentStatus[] = ['PENDING_APPROVAL'];
    while (queue.length > 0) {
      const s = queue.shift() as AssignmentStatus;
      for (const next of ASSIGNMENT_TRANSITIONS[s]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
  });
});

describe('hasCertificate', () => {
  it('is true iff COVERED was ever reached', () => {
    expect(hasCertificate([])).toBe(false);
    expect(hasCertificate(['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'OPTED_OUT'])).toBe(false);
    expect(hasCertificate(['AWAITING_PAYMENT', 'DECLINED', 'CANCELLED'])).toBe(false);
    expect(hasCertificate(['AWAITING_PAYMENT', 'COVERED'])).toBe(true);
    expect(hasCertificate(['COVERED', 'ENDED'])).toBe(true);
    expect(hasCertificate(['COVERED', 'CANCELLED'])).toBe(true);
  });
});

describe('next status', () => {
  it('after creation', () => {
    for (const payer of PAYERS) {
      for (const optInRequired of [true, false]) {
        expect(nextStatusAfterCreation({ categoryApproved: false, optInRequired, payer })).toBe('PENDING_APPROVAL');
      }
      expect(nextStatusAfterCreation({ categoryApproved: true, optInRequired: true, payer })).toBe('AWAITING_OPT_IN');
    }
    expect(nextStatusAfterCreation({ categoryApproved: true, optInRequired: false, payer: 'CONTRACTOR' })).toBe(
      'AWAITING_PAYMENT',
    );
    expect(nextStatusAfterCreation({ categoryApproved: true, optInRequired: false, payer: 'AGENCY' })).toBe('COVERED');
  });

  it('after approval', () => {
    expect(nextStatusAfterApproval({ optInRequired: true, payer: 'AGENCY' })).toBe('AWAITING_OPT_IN');
    expect(nextStatusAfterApproval({ optInRequired: true, payer: 'CONTRACTOR' })).toBe('AWAITING_OPT_IN');
    expect(nextStatusAfterApproval({ optInRequired: false, payer: 'CONTRACTOR' })).toBe('AWAITING_PAYMENT');
    expect(nextStatusAfterApproval({ optInRequired: false, payer: 'AGENCY' })).toBe('COVERED');
  });

  it('after opt-in', () => {
    expect(nextStatusAfterOptIn({ payer: 'CONTRACTOR' })).toBe('AWAITING_PAYMENT');
    expect(nextStatusAfterOptIn({ payer: 'AGENCY' })).toBe('COVERED');
  });

  it('are always allowed moves of the machine', () => {
    for (const payer of PAYERS) {
      for (const optInRequired of [true, false]) {
        expect(canTransition('PENDING_APPROVAL', nextStatusAfterApproval({ optInRequired, payer }))).toBe(true);
      }
      expect(canTransition('AWAITING_OPT_IN', nextStatusAfterOptIn({ payer }))).toBe(true);
    }
  });
});

describe('countsAsMissingPoNumber', () => {
  const base = { poNumber: null, contractorOptedIn: true, status: 'COVERED' as AssignmentStatus };

  it('counts an opted-in assignment without a PO number', () => {
    expect(countsAsMissingPoNumber(base)).toBe(true);
    expect(countsAsMissingPoNumber({ ...base, poNumber: undefined })).toBe(true);
    expect(countsAsMissingPoNumber({ ...base, poNumber: '' })).toBe(true);
    expect(countsAsMissingPoNumber({ ...base, poNumber: '   ' })).toBe(true);
  });

  it('does not count one with a PO number', () => {
    expect(countsAsMissingPoNumber({ ...base, poNumber: 'PO-1001' })).toBe(false);
  });

  it('does not count one whose contractor has not opted in', () => {
    expect(countsAsMissingPoNumber({ ...base, contractorOptedIn: false })).toBe(false);
  });

  it.each(ASSIGNMENT_STATUSES)('status %s', (status) => {
    const expected = status !== 'CANCELLED' && status !== 'OPTED_OUT';
    expect(countsAsMissingPoNumber({ ...base, status })).toBe(expected);
  });
});

describe('canCancelAssignment', () => {
  it('allows cancelling a live assignment before its effective date', () => {
    for (const status of ['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED', 'COVERED'] as const) {
      expect(canCancelAssignment({ status, effectiveDate: '2026-11-22', today: TODAY })).toBe(true);
    }
  });

  it('refuses on or after the effective date', () => {
    expect(canCancelAssignment({ status: 'COVERED', effectiveDate: TODAY, today: TODAY })).toBe(false);
    expect(canCancelAssignment({ status: 'COVERED', effectiveDate: '2026-11-01', today: TODAY })).toBe(false);
  });

  it('refuses terminal statuses', () => {
    for (const status of ['ENDED', 'OPTED_OUT', 'CANCELLED'] as const) {
      expect(canCancelAssignment({ status, effectiveDate: '2027-01-01', today: TODAY })).toBe(false);
    }
  });
});

describe('checkExtension', () => {
  const effectiveDate = '2026-12-01';
  const currentEndDate = '2027-03-31';

  it('accepts a later end date within one year of the effective date', () => {
    expect(checkExtension({ effectiveDate, currentEndDate, newEndDate: '2027-04-01' })).toEqual([]);
    expect(checkExtension({ effectiveDate, currentEndDate, newEndDate: '2027-12-01' })).toEqual([]);
  });

  it('refuses an end date that is not later', () => {
    for (const newEndDate of [currentEndDate, '2027-03-30', '2026-12-01']) {
      expect(checkExtension({ effectiveDate, currentEndDate, newEndDate })).toEqual([
        { field: 'endDate', message: 'The new end date must be later than the current end date (2027-03-31).', reason: 'END_DATE_NOT_LATER' },
      ]);
    }
  });

  it('refuses going past one year', () => {
    expect(checkExtension({ effectiveDate, currentEndDate, newEndDate: '2027-12-02' })).toEqual([
      { field: 'endDate', message: ONE_YEAR_MESSAGE, reason: 'ASSIGNMENT_LONGER_THAN_ONE_YEAR' },
    ]);
  });

  it('refuses a malformed date', () => {
    expect(checkExtension({ effectiveDate, currentEndDate, newEndDate: '2027-02-29' })).toEqual([
      { field: 'endDate', message: DATE_MESSAGE },
    ]);
  });
});
