import { describe, expect, it } from 'vitest';
import { CONTRACTOR_COVERAGE_STATUSES, contractorCoverage } from './contractor-coverage';
import { ASSIGNMENT_STATUSES } from './enums';
import {
  ASSIGNMENT_STATUS_LABELS,
  CONTRACTOR_ACTION_LABELS,
  CONTRACTOR_COVERAGE_LABELS,
  assignmentContractorAction,
  assignmentStatusLabel,
  contractorActionLabel,
  contractorCoverageStatusLabel,
  contractorCoverageAction,
  contractorCoverageSentence,
  type ContractorAction,
} from './status-words';

const actionLabel = (action: ContractorAction | null) => action && CONTRACTOR_ACTION_LABELS[action];

describe('status words', () => {
  it('say every assignment status in one word set, with the action that resolves the ones waiting on the contractor', () => {
    expect(Object.keys(ASSIGNMENT_STATUS_LABELS).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
    const said = Object.fromEntries(
      ASSIGNMENT_STATUSES.map((status) => [
        status,
        [ASSIGNMENT_STATUS_LABELS[status], actionLabel(assignmentContractorAction(status, true)), actionLabel(assignmentContractorAction(status, false))],
      ]),
    );
    // [word, action with a card on file, action without one]
    expect(said).toEqual({
      PENDING_APPROVAL: ['Pending approval', null, null],
      AWAITING_OPT_IN: ['Awaiting opt-in', 'Confirm your coverage', 'Confirm your coverage'],
      AWAITING_PAYMENT: ['Awaiting payment', null, 'Add your card'],
      COVERED: ['Covered', null, null],
      ENDED: ['Ended', null, null],
      OPTED_OUT: ['Opted out', null, null],
      DECLINED: ['Payment declined', 'Update your card', 'Update your card'],
      CANCELLED: ['Cancelled', null, null],
    });
  });

  it('say every contractor status in words, and its action when one waits on them', () => {
    expect(Object.keys(CONTRACTOR_COVERAGE_LABELS).sort()).toEqual([...CONTRACTOR_COVERAGE_STATUSES].sort());
    const said = Object.fromEntries(
      CONTRACTOR_COVERAGE_STATUSES.map((status) => [
        status,
        [CONTRACTOR_COVERAGE_LABELS[status], actionLabel(contractorCoverageAction(status, true)), actionLabel(contractorCoverageAction(status, false))],
      ]),
    );
    expect(said).toEqual({
      PAYMENT_DECLINED: ['Payment declined', 'Update your card', 'Update your card'],
      NEEDS_OPT_IN: ['Awaiting opt-in', 'Confirm your coverage', 'Confirm your coverage'],
      AWAITING_PAYMENT: ['Awaiting payment', null, 'Add your card'],
      PENDING_APPROVAL: ['Pending approval', null, null],
      COVERED: ['Covered', null, null],
      NO_CURRENT_ASSIGNMENT: ['No current assignment', null, null],
      NOT_INVITED: ['Not invited', null, null],
    });
  });

  it.each(ASSIGNMENT_STATUSES)('a contractor whose one assignment is %s reads the same word and action for both', (status) => {
    const coverage = contractorCoverage([{ id: 'a', status, effectiveDate: '2026-12-10' }]).status;
    // An assignment that is over leaves the contractor with no current one (its own word), and nothing to do.
    if (coverage !== 'NO_CURRENT_ASSIGNMENT') expect(CONTRACTOR_COVERAGE_LABELS[coverage]).toBe(ASSIGNMENT_STATUS_LABELS[status]);
    for (const cardOnFile of [true, false]) expect(contractorCoverageAction(coverage, cardOnFile)).toBe(assignmentContractorAction(status, cardOnFile));
  });

  it('tells a contractor with something to do that they are not covered yet, and one with nothing to do where things stand', () => {
    for (const status of CONTRACTOR_COVERAGE_STATUSES) {
      for (const cardOnFile of [true, false]) {
        const sentence = contractorCoverageSentence(status, cardOnFile);
        expect(sentence, status).toMatch(/^[A-Z].+\.$/);
        if (contractorCoverageAction(status, cardOnFile) === null) continue;
        expect(sentence, `${status}, card on file: ${cardOnFile}`).toMatch(/not covered/);
        expect(sentence).not.toMatch(/you are covered|you have opted in|will be charged/i);
      }
    }
    expect(contractorCoverageSentence('AWAITING_PAYMENT', true)).toBe('Your card will be charged within 24 hours. Your coverage starts once the payment succeeds.');
    expect(contractorCoverageSentence('AWAITING_PAYMENT', false)).toMatch(/no card on file/);
  });
});

describe('status words in Spanish', () => {
  it('say every status and action in Spanish when asked, and English by default', () => {
    for (const status of ASSIGNMENT_STATUSES) {
      expect(assignmentStatusLabel(status)).toBe(ASSIGNMENT_STATUS_LABELS[status]);
      expect(assignmentStatusLabel(status, 'es')).not.toBe(ASSIGNMENT_STATUS_LABELS[status]);
    }
    expect(assignmentStatusLabel('COVERED', 'es')).toBe('Cubierto');
    expect(contractorCoverageStatusLabel('PAYMENT_DECLINED', 'es')).toBe('Pago rechazado');
    expect(contractorCoverageStatusLabel('COVERED')).toBe('Covered');
    expect(contractorActionLabel('CONFIRM_OPT_IN', 'es')).toBe('Confirma tu cobertura');
    expect(contractorActionLabel('CONFIRM_OPT_IN')).toBe('Confirm your coverage');
  });

  it('tell a Spanish contractor where they stand in Spanish, a missing card included', () => {
    expect(contractorCoverageSentence('COVERED', true, 'es')).toMatch(/^Estás cubierto/);
    expect(contractorCoverageSentence('AWAITING_PAYMENT', false, 'es')).toMatch(/Agrega tu tarjeta/);
    expect(contractorCoverageSentence('AWAITING_PAYMENT', false)).toMatch(/Add your card/);
  });
});
