import { addYears, compareIsoDates, isIsoDate } from './dates';
import type { AssignmentStatus, Payer } from './enums';
import type { RefusalReason } from './refusal-reasons';

/** A validation problem tied to one input field, ready to show next to it; `reason` when integrations branch on it. */
export type FieldError = { field: string; message: string; reason?: RefusalReason };

const DATE_MESSAGE = 'Use a date in the form YYYY-MM-DD';
const END_BEFORE_EFFECTIVE_MESSAGE = 'The end date must be on or after the effective date.';
const ONE_YEAR_MESSAGE = 'An assignment can last at most one year.';

function requireToday(today: string): void {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date in the form YYYY-MM-DD, got ${JSON.stringify(today)}`);
}

/**
 * DESIGN rule 1: coverage is never retroactive, and the end date is on or after the effective
 * date; an assignment lasts at most one year (end date <= effective date + 1 year).
 * `today` is the current date in the agency's time zone (see `todayInTimeZone`).
 */
export function checkAssignmentDates(input: {
  effectiveDate: string;
  endDate: string;
  today: string;
}): FieldError[] {
  const { effectiveDate, endDate, today } = input;
  requireToday(today);
  const errors: FieldError[] = [];
  const effectiveOk = isIsoDate(effectiveDate);
  if (!effectiveOk) {
    errors.push({ field: 'effectiveDate', message: DATE_MESSAGE });
  } else if (compareIsoDates(effectiveDate, today) < 0) {
    errors.push({
      field: 'effectiveDate',
      message: `Coverage cannot be applied retroactively: the effective date must be on or after today (${today}).`,
      reason: 'RETROACTIVE_COVERAGE',
    });
  }
  if (!isIsoDate(endDate)) {
    errors.push({ field: 'endDate', message: DATE_MESSAGE });
  } else if (effectiveOk) {
    if (compareIsoDates(endDate, effectiveDate) < 0) {
      errors.push({ field: 'endDate', message: END_BEFORE_EFFECTIVE_MESSAGE, reason: 'END_DATE_BEFORE_EFFECTIVE_DATE' });
    } else if (compareIsoDates(endDate, addYears(effectiveDate, 1)) > 0) {
      errors.push({ field: 'endDate', message: ONE_YEAR_MESSAGE, reason: 'ASSIGNMENT_LONGER_THAN_ONE_YEAR' });
    }
  }
  return errors;
}

/** DESIGN rule 4: the allowed moves of an assignment's status. Terminal statuses have none. */
export const ASSIGNMENT_TRANSITIONS: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  PENDING_APPROVAL: ['AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'COVERED', 'CANCELLED'],
  AWAITING_OPT_IN: ['AWAITING_PAYMENT', 'COVERED', 'OPTED_OUT', 'CANCELLED'],
  AWAITING_PAYMENT: ['COVERED', 'DECLINED', 'OPTED_OUT', 'CANCELLED'],
  // The contractor updated the card and the charge is retried, or they opt out instead of paying.
  DECLINED: ['AWAITING_PAYMENT', 'COVERED', 'OPTED_OUT', 'CANCELLED'],
  COVERED: ['ENDED', 'CANCELLED'],
  ENDED: [],
  OPTED_OUT: [],
  CANCELLED: [],
};

export function canTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return ASSIGNMENT_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws `Error("Cannot move an assignment from X to Y")` unless the move is allowed. */
export function assertTransition(from: AssignmentStatus, to: AssignmentStatus): void {
  if (!canTransition(from, to)) {
    throw new Error(`Cannot move an assignment from ${from} to ${to}`);
  }
}

export function isTerminalStatus(status: AssignmentStatus): boolean {
  return (ASSIGNMENT_TRANSITIONS[status]?.length ?? 0) === 0;
}

/** DESIGN rule 4: a certificate of insurance exists iff the assignment was ever COVERED. */
export function hasCertificate(statusHistory: readonly AssignmentStatus[]): boolean {
  return statusHistory.includes('COVERED');
}

/** Status of a new assignment (DESIGN flow 3). */
export function nextStatusAfterCreation(input: {
  categoryApproved: boolean;
  optInRequired: boolean;
  payer: Payer;
}): AssignmentStatus {
  if (!input.categoryApproved) return 'PENDING_APPROVAL';
  return nextStatusAfterApproval(input);
}

/** Status once the job category of a PENDING_APPROVAL assignment is approved. */
export function nextStatusAfterApproval(input: { optInRequired: boolean; payer: Payer }): AssignmentStatus {
  if (input.optInRequired) return 'AWAITING_OPT_IN';
  return nextStatusAfterOptIn(input);
}

/** Status once the contractor has opted in (or needs no opt-in). */
export function nextStatusAfterOptIn(input: { payer: Payer }): AssignmentStatus {
  return input.payer === 'CONTRACTOR' ? 'AWAITING_PAYMENT' : 'COVERED';
}

/**
 * DESIGN rule 6: an assignment counts in the "missing PO numbers" box when it has no PO number
 * (absent or blank), its contractor has opted in, and it was neither cancelled nor opted out of.
 */
export function countsAsMissingPoNumber(input: {
  poNumber: string | null | undefined;
  contractorOptedIn: boolean;
  status: AssignmentStatus;
}): boolean {
  const hasPo = typeof input.poNumber === 'string' && input.poNumber.trim() !== '';
  return !hasPo && input.contractorOptedIn && input.status !== 'CANCELLED' && input.status !== 'OPTED_OUT';
}

/** An assignment can be cancelled only before its effective date, and only while not terminal. */
export function canCancelAssignment(input: {
  status: AssignmentStatus;
  effectiveDate: string;
  today: string;
}): boolean {
  requireToday(input.today);
  if (!canTransition(input.status, 'CANCELLED')) return false;
  if (!isIsoDate(input.effectiveDate)) return false;
  return compareIsoDates(input.today, input.effectiveDate) < 0;
}

/**
 * Extending an assignment: the new end date must be later than the current one and at most one
 * year after the effective date. Errors are on field 'endDate'.
 */
export function checkExtension(input: {
  effectiveDate: string;
  currentEndDate: string;
  newEndDate: string;
}): FieldError[] {
  const { effectiveDate, currentEndDate, newEndDate } = input;
  if (!isIsoDate(effectiveDate) || !isIsoDate(currentEndDate)) {
    throw new RangeError('checkExtension: the stored effective and end dates must be dates in the form YYYY-MM-DD');
  }
  if (!isIsoDate(newEndDate)) return [{ field: 'endDate', message: DATE_MESSAGE }];
  if (compareIsoDates(newEndDate, currentEndDate) <= 0) {
    return [
      {
        field: 'endDate',
        message: `The new end date must be later than the current end date (${currentEndDate}).`,
        reason: 'END_DATE_NOT_LATER',
      },
    ];
  }
  if (compareIsoDates(newEndDate, addYears(effectiveDate, 1)) > 0) {
    return [{ field: 'endDate', message: ONE_YEAR_MESSAGE, reason: 'ASSIGNMENT_LONGER_THAN_ONE_YEAR' }];
  }
  return [];
}
