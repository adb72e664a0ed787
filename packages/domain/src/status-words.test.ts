import { describe, expect, it } from 'vitest';
import { CONTRACTOR_COVERAGE_STATUSES, contractorCoverage } from './contractor-coverage';
import { ASSIGNMENT_STATUSES } from './enums';
import {
  ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS,
  ASSIGNMENT_STATUS_LABELS,
  CONTRACTOR_ACTION_LABELS,
  CONTRACTOR_COVERAGE_ACTIONS,
  CONTRACTOR_COVERAGE_LABELS,
  CONTRACTOR_COVERAGE_SENTENCES,
} from './status-words';

describe('status words', () => {
  it('say every assignment status in one word set, with the action that resolves the ones waiting on the contractor', () => {
    expect(Object.keys(ASSIGNMENT_STATUS_LABELS).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
    const said = Object.fromEntries(
      ASSIGNMENT_STATUSES.map((status) => {
        const action = ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS[status];
        return [status, [ASSIGNMENT_STATUS_LABELS[status], action && CONTRACTOR_ACTION_LABELS[action]]];
      }),
    );
    expect(said).toEqual({
      PENDING_APPROVAL: ['Pending approval', null],
      AWAITING_OPT_IN: ['Awaiting opt-in', 'Confirm your coverage'],
      AWAITING_PAYMENT: ['Awaiting payment', null],
      COVERED: ['Covered', null],
      ENDED: ['Ended', null],
      OPTED_OUT: ['Opted out', null],
      DECLINED: ['Payment declined', 'Update your card'],
      CANCELLED: ['Cancelled', null],
    });
  });

  it('say every contractor status in words with a sentence for their page, and its action when one waits on them', () => {
    expect(Object.keys(CONTRACTOR_COVERAGE_LABELS).sort()).toEqual([...CONTRACTOR_COVERAGE_STATUSES].sort());
    const said = Object.fromEntries(
      CONTRACTOR_COVERAGE_STATUSES.map((status) => {
        const action = CONTRACTOR_COVERAGE_ACTIONS[status];
        return [status, [CONTRACTOR_COVERAGE_LABELS[status], action && CONTRACTOR_ACTION_LABELS[action]]];
      }),
    );
    expect(said).toEqual({
      PAYMENT_DECLINED: ['Payment declined', 'Update your card'],
      NEEDS_OPT_IN: ['Awaiting opt-in', 'Confirm your coverage'],
      AWAITING_PAYMENT: ['Awaiting payment', null],
      PENDING_APPROVAL: ['Pending approval', null],
      COVERED: ['Covered', null],
      NO_CURRENT_ASSIGNMENT: ['No current assignment', null],
      NOT_INVITED: ['Not invited', null],
    });
    for (const status of CONTRACTOR_COVERAGE_STATUSES) expect(CONTRACTOR_COVERAGE_SENTENCES[status], status).toMatch(/^[A-Z].+\.$/);
  });

  it.each(ASSIGNMENT_STATUSES)('a contractor whose one assignment is %s reads the same word and action for both', (status) => {
    const coverage = contractorCoverage([{ id: 'a', status, effectiveDate: '2026-12-10' }]).status;
    if (coverage === 'NO_CURRENT_ASSIGNMENT') {
      expect(ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS[status]).toBeNull();
      return;
    }
    expect(CONTRACTOR_COVERAGE_LABELS[coverage]).toBe(ASSIGNMENT_STATUS_LABELS[status]);
    expect(CONTRACTOR_COVERAGE_ACTIONS[coverage]).toBe(ASSIGNMENT_STATUS_CONTRACTOR_ACTIONS[status]);
  });

  it('never tells a contractor with something to do that they are covered or done', () => {
    for (const status of CONTRACTOR_COVERAGE_STATUSES) {
      if (CONTRACTOR_COVERAGE_ACTIONS[status] === null) continue;
      expect(CONTRACTOR_COVERAGE_SENTENCES[status], status).not.toMatch(/you are covered|you have opted in/i);
      expect(CONTRACTOR_COVERAGE_SENTENCES[status], status).toMatch(/not covered/);
    }
  });
});
