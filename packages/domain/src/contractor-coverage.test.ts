import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from './enums';
import { CONTRACTOR_COVERAGE_STATUSES, INSURANCE_STATUS_COVERAGE, contractorCoverage } from './contractor-coverage';

const assignment = (id: string, status: AssignmentStatus, effectiveDate = '2026-12-10') => ({ id, status, effectiveDate });

describe('contractorCoverage', () => {
  it('is "not invited" without any assignment', () => {
    expect(contractorCoverage([])).toEqual({ status: 'NOT_INVITED', assignmentId: null });
  });

  it('is "no current assignment" when every assignment is over', () => {
    expect(contractorCoverage([assignment('a', 'ENDED'), assignment('b', 'CANCELLED'), assignment('c', 'OPTED_OUT')])).toEqual({
      status: 'NO_CURRENT_ASSIGNMENT',
      assignmentId: null,
    });
  });

  it.each<[AssignmentStatus, string]>([
    ['DECLINED', 'PAYMENT_DECLINED'],
    ['AWAITING_OPT_IN', 'NEEDS_OPT_IN'],
    ['AWAITING_PAYMENT', 'AWAITING_PAYMENT'],
    ['PENDING_APPROVAL', 'PENDING_APPROVAL'],
    ['COVERED', 'COVERED'],
  ])('a single %s assignment makes the contractor %s, from that assignment', (status, expected) => {
    expect(contractorCoverage([assignment('a', status)])).toEqual({ status: expected, assignmentId: 'a' });
  });

  it('never shows a declined payment as covered, whatever else is covered', () => {
    expect(contractorCoverage([assignment('covered', 'COVERED'), assignment('declined', 'DECLINED')])).toEqual({
      status: 'PAYMENT_DECLINED',
      assignmentId: 'declined',
    });
  });

  it('puts what the rep can act on first: opt-in before payment before approval before coverage', () => {
    const all = [assignment('c', 'COVERED'), assignment('p', 'PENDING_APPROVAL'), assignment('w', 'AWAITING_PAYMENT'), assignment('o', 'AWAITING_OPT_IN')];
    expect(contractorCoverage(all).status).toBe('NEEDS_OPT_IN');
    expect(contractorCoverage(all.slice(0, 3)).status).toBe('AWAITING_PAYMENT');
    expect(contractorCoverage(all.slice(0, 2)).status).toBe('PENDING_APPROVAL');
  });

  it('names the earliest-starting assignment of the winning status, the smaller id on a tie', () => {
    const rows = [assignment('late', 'COVERED', '2027-01-05'), assignment('z', 'COVERED', '2026-12-02'), assignment('y', 'COVERED', '2026-12-02')];
    expect(contractorCoverage(rows).assignmentId).toBe('y');
  });

  it('gives every mix of assignment statuses exactly one status', () => {
    for (const first of ASSIGNMENT_STATUSES) {
      for (const second of ASSIGNMENT_STATUSES) {
        expect(CONTRACTOR_COVERAGE_STATUSES).toContain(contractorCoverage([assignment('a', first), assignment('b', second)]).status);
      }
    }
  });
});

describe('INSURANCE_STATUS_COVERAGE', () => {
  it('splits every coverage status into exactly one of the three insurance statuses', () => {
    const all = Object.values(INSURANCE_STATUS_COVERAGE).flat();
    expect([...all].sort()).toEqual([...CONTRACTOR_COVERAGE_STATUSES].sort());
  });
});
