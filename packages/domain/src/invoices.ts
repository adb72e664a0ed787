import { addDays, compareIsoDates, isIsoDate, todayInTimeZone } from './dates';
import type { AssignmentStatus, Payer } from './enums';

// Invoices (DESIGN flow 7): the agency-paid premiums of a calendar month in the agency's time zone,
// one invoice per PO number and one "No PO" invoice for the assignments without one.

/** An invoicing period: both ends included, `YYYY-MM-DD`. */
export type InvoicePeriod = { start: string; end: string };

export const INVOICE_STATUSES = ['ISSUED', 'PAID', 'VOID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = { ISSUED: 'Issued', PAID: 'Paid', VOID: 'Void' };

/** The label of the invoice of assignments that have no PO number. */
export const NO_PO_LABEL = 'No PO';

function requireDate(date: string, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} must be a date in the form YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

/** The calendar month a date falls in. */
export function monthOf(date: string): InvoicePeriod {
  requireDate(date, 'date');
  const start = `${date.slice(0, 8)}01`;
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const nextStart = month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${date.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
  return { start, end: addDays(nextStart, -1) };
}

/** The calendar month before the one `date` falls in: what the run on any day of a month invoices. */
export function previousMonth(date: string): InvoicePeriod {
  return monthOf(addDays(monthOf(date).start, -1));
}

/**
 * The period the monthly run invoices at instant `now` for an agency in `timeZone`: the month before
 * the agency's local date, so the run on the 1st (local midnight, whatever the server's zone) closes
 * the month that just ended.
 */
export function monthToInvoice(timeZone: string, now: Date): InvoicePeriod {
  return previousMonth(todayInTimeZone(timeZone, now));
}

/** The on-demand period: from the start of the current month up to today (the agency's local date). */
export function monthToDate(today: string): InvoicePeriod {
  return { start: monthOf(today).start, end: today };
}

export type InvoiceCandidate = {
  payer: Payer;
  status: AssignmentStatus;
  effectiveDate: string;
  alreadyInvoiced: boolean;
};

/**
 * Which assignments a period's invoices take: agency-paid premiums whose coverage bound (COVERED, or
 * ENDED after it), not invoiced before, effective on or before the period's end. Nothing is left out
 * for being early: an assignment that bound late (after its month's run) is taken by the next run.
 * Contractor-paid premiums are charged to the contractor's card, never invoiced.
 */
export function isInvoiceable(candidate: InvoiceCandidate, period: InvoicePeriod): boolean {
  requireDate(period.end, 'period.end');
  return (
    candidate.payer === 'AGENCY' &&
    (candidate.status === 'COVERED' || candidate.status === 'ENDED') &&
    !candidate.alreadyInvoiced &&
    compareIsoDates(candidate.effectiveDate, period.end) <= 0
  );
}

export type InvoiceableLine = {
  assignmentId: string;
  poNumber: string | null;
  contractorName: string;
  effectiveDate: string;
  premiumCents: number;
};

export type InvoiceGroup<Line extends InvoiceableLine> = { poNumber: string | null; lines: Line[]; totalCents: number };

/**
 * One invoice per PO number (blank counts as none), ordered by PO number with "No PO" last; lines by
 * effective date, then contractor name, then id, so the same assignments always give the same invoices.
 */
export function groupInvoiceLines<Line extends InvoiceableLine>(lines: readonly Line[]): InvoiceGroup<Line>[] {
  const byPo = new Map<string | null, Line[]>();
  for (const line of lines) {
    const poNumber = line.poNumber && line.poNumber.trim() !== '' ? line.poNumber : null;
    byPo.set(poNumber, [...(byPo.get(poNumber) ?? []), line]);
  }
  return [...byPo.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([poNumber, group]) => {
      const sorted = [...group].sort(
        (a, b) => compareIsoDates(a.effectiveDate, b.effectiveDate) || a.contractorName.localeCompare(b.contractorName, 'en') || (a.assignmentId < b.assignmentId ? -1 : 1),
      );
      return { poNumber, lines: sorted, totalCents: invoiceTotalCents(sorted) };
    });
}

/** The total of an invoice: the sum of its lines' premiums, in integer cents. */
export function invoiceTotalCents(lines: readonly { premiumCents: number }[]): number {
  return lines.reduce((sum, line) => {
    if (!Number.isSafeInteger(line.premiumCents) || line.premiumCents <= 0) throw new RangeError(`an invoice line must be a positive integer of cents, got ${String(line.premiumCents)}`);
    return sum + line.premiumCents;
  }, 0);
}

/** The prefix of a period's invoice numbers: its start month, `INV-2026-11-`. */
export function invoiceNumberPrefix(period: InvoicePeriod): string {
  requireDate(period.start, 'period.start');
  return `INV-${period.start.slice(0, 7)}-`;
}

/** The `sequence`-th invoice number of a period (per agency, from 1): `INV-2026-11-0001`. */
export function invoiceNumber(period: InvoicePeriod, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`an invoice sequence starts at 1, got ${String(sequence)}`);
  return `${invoiceNumberPrefix(period)}${String(sequence).padStart(4, '0')}`;
}

/** The next sequence after the numbers a period already has (numbers of other forms are ignored). */
export function nextInvoiceSequence(period: InvoicePeriod, existingNumbers: readonly string[]): number {
  const prefix = invoiceNumberPrefix(period);
  const used = existingNumbers.filter((n) => n.startsWith(prefix)).map((n) => Number(n.slice(prefix.length)));
  return Math.max(0, ...used.filter(Number.isSafeInteger)) + 1;
}

/** An issued invoice is paid or voided once; a paid or void one changes no more. */
export function canChangeInvoice(status: InvoiceStatus): boolean {
  return status === 'ISSUED';
}
