import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from './enums';
import {
  canChangeInvoice,
  groupInvoiceLines,
  invoiceNumber,
  invoiceTotalCents,
  isInvoiceable,
  monthOf,
  monthToDate,
  monthToInvoice,
  nextInvoiceSequence,
  previousMonth,
  type InvoiceCandidate,
} from './invoices';

describe('monthOf', () => {
  it('gives the calendar month of a date, both ends included', () => {
    expect(monthOf('2026-11-17')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(monthOf('2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(monthOf('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-01-31' });
  });

  it('knows leap years', () => {
    expect(monthOf('2028-02-10').end).toBe('2028-02-29');
    expect(monthOf('2027-02-10').end).toBe('2027-02-28');
    expect(monthOf('2100-02-10').end).toBe('2100-02-28');
  });

  it('refuses what is not a date', () => {
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
    expect(() => monthOf('next month')).toThrow(RangeError);
  });
});

describe('previousMonth', () => {
  it('is the month before, across a year', () => {
    expect(previousMonth('2026-12-01')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(previousMonth('2027-01-15')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    expect(previousMonth('2028-03-31')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });
});

describe('monthToInvoice', () => {
  it("closes the month at the agency's local midnight of the 1st, not the server's", () => {
    // 2027-01-01T04:59Z is 23:59 on Dec 31 in New York; 05:01Z is 00:01 on Jan 1.
    expect(monthToInvoice('America/New_York', new Date('2027-01-01T04:59:00Z'))).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(monthToInvoice('America/New_York', new Date('2027-01-01T05:01:00Z'))).toEqual({ start: '2026-12-01', end: '2026-12-31' });
    // The same instant is still December in Los Angeles.
    expect(monthToInvoice('America/Los_Angeles', new Date('2027-01-01T05:01:00Z'))).toEqual({ start: '2026-11-01', end: '2026-11-30' });
  });
});

describe('monthToDate', () => {
  it('runs from the 1st of the month to today', () => {
    expect(monthToDate('2026-12-09')).toEqual({ start: '2026-12-01', end: '2026-12-09' });
    expect(monthToDate('2026-12-01')).toEqual({ start: '2026-12-01', end: '2026-12-01' });
  });
});

describe('isInvoiceable', () => {
  const november = { start: '2026-11-01', end: '2026-11-30' };
  const base: InvoiceCandidate = { payer: 'AGENCY', status: 'COVERED', effectiveDate: '2026-11-10', alreadyInvoiced: false };

  it('takes an agency-paid covered assignment effective in the period', () => {
    expect(isInvoiceable(base, november)).toBe(true);
  });

  it.each(ASSIGNMENT_STATUSES)('status %s', (status: AssignmentStatus) => {
    expect(isInvoiceable({ ...base, status }, november)).toBe(status === 'COVERED' || status === 'ENDED');
  });

  it('never invoices a contractor-paid premium', () => {
    expect(isInvoiceable({ ...base, payer: 'CONTRACTOR' }, november)).toBe(false);
  });

  it('never invoices an assignment twice', () => {
    expect(isInvoiceable({ ...base, alreadyInvoiced: true }, november)).toBe(false);
  });

  it('leaves an assignment effective after the period to a later run, and takes one from before it (bound late)', () => {
    expect(isInvoiceable({ ...base, effectiveDate: '2026-11-30' }, november)).toBe(true);
    expect(isInvoiceable({ ...base, effectiveDate: '2026-12-01' }, november)).toBe(false);
    expect(isInvoiceable({ ...base, effectiveDate: '2026-09-03' }, november)).toBe(true);
  });
});

describe('groupInvoiceLines', () => {
  const line = (assignmentId: string, poNumber: string | null, contractorName: string, effectiveDate: string, premiumCents: number) => ({
    assignmentId,
    poNumber,
    contractorName,
    effectiveDate,
    premiumCents,
  });

  it('makes one invoice per PO number and one "No PO" invoice, last', () => {
    const groups = groupInvoiceLines([
      line('a', 'PO-2', 'Zoe Ames', '2026-11-05', 1000),
      line('b', null, 'Ana Diaz', '2026-11-02', 2500),
      line('c', 'PO-1', 'Bo Chen', '2026-11-09', 700),
      line('d', 'PO-2', 'Al Brown', '2026-11-05', 300),
      line('e', '  ', 'Cy Dunn', '2026-11-01', 100),
    ]);
    expect(groups.map((g) => [g.poNumber, g.lines.map((l) => l.assignmentId), g.totalCents])).toEqual([
      ['PO-1', ['c'], 700],
      ['PO-2', ['d', 'a'], 1300],
      [null, ['e', 'b'], 2600],
    ]);
  });

  it('gives nothing for no lines', () => {
    expect(groupInvoiceLines([])).toEqual([]);
  });
});

describe('invoiceTotalCents', () => {
  it('adds integer cents exactly', () => {
    expect(invoiceTotalCents([{ premiumCents: 10 }, { premiumCents: 20 }, { premiumCents: 4_250 }])).toBe(4_280);
    expect(invoiceTotalCents([])).toBe(0);
  });

  it('refuses fractional or non-positive amounts', () => {
    expect(() => invoiceTotalCents([{ premiumCents: 1.5 }])).toThrow(RangeError);
    expect(() => invoiceTotalCents([{ premiumCents: 0 }])).toThrow(RangeError);
  });
});

describe('invoice numbers', () => {
  const november = { start: '2026-11-01', end: '2026-11-30' };

  it('are the period month and a four-digit sequence', () => {
    expect(invoiceNumber(november, 1)).toBe('INV-2026-11-0001');
    expect(invoiceNumber(november, 12)).toBe('INV-2026-11-0012');
    expect(invoiceNumber(november, 12345)).toBe('INV-2026-11-12345');
    expect(() => invoiceNumber(november, 0)).toThrow(RangeError);
  });

  it("continue after the period's numbers already used", () => {
    expect(nextInvoiceSequence(november, [])).toBe(1);
    expect(nextInvoiceSequence(november, ['INV-2026-11-0001', 'INV-2026-11-0003', 'INV-2026-10-0009'])).toBe(4);
    expect(nextInvoiceSequence(november, ['INV-2026-10-0009', 'something else'])).toBe(1);
  });
});

describe('canChangeInvoice', () => {
  it('lets only an issued invoice be paid or voided', () => {
    expect(canChangeInvoice('ISSUED')).toBe(true);
    expect(canChangeInvoice('PAID')).toBe(false);
    expect(canChangeInvoice('VOID')).toBe(false);
  });
});
