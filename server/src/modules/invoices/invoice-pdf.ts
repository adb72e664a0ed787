// Renders an invoice to letter-size pages in the certificate's house style: the heading and facts box,
// who is billed and for which purchase order, one table row per assignment (over as many pages as it
// takes), and the total. Built-in fonts and dates fixed to the issue time: the same invoice gives the
// same bytes, which is what its stored SHA-256 vouches for.
import { formatCents, formatDate, formatDateRange, NO_PO_LABEL, todayInTimeZone } from '@coverline/domain';
import {
  ACCENT,
  BOLD,
  BOX_PAD,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  INK,
  MUTED,
  PAGE,
  REGULAR,
  RULE,
  TINT,
  brandHeading,
  factsBox,
  labelledBox,
  pageFooters,
  renderLetterPdf,
  tableHeading,
  tableRows,
  type Doc,
  type PdfInfo,
  type TableColumn,
  type TableLayout,
} from '../../pdf/letter-pdf.js';

export type InvoiceDocumentLine = {
  contractorName: string;
  jobName: string;
  clientEntity: string;
  effectiveDate: string;
  endDate: string;
  wageCents: number;
  premiumCents: number;
};

export type InvoiceDocument = {
  number: string;
  issuedAt: Date;
  timeZone: string;
  periodStart: string;
  periodEnd: string;
  agency: { name: string; billingEmail: string | null };
  poNumber: string | null;
  poContactEmail: string | null;
  lines: readonly InvoiceDocumentLine[];
  totalCents: number;
};

const GAP = 10;
const HALF = (CONTENT_WIDTH - GAP) / 2;
const CELL_PAD = 5;
const LINE_HEIGHT = 10;

const COLUMNS: (TableColumn & { cell: (line: InvoiceDocumentLine) => [string, string?] })[] = [
  { label: 'Contractor', width: 120, cell: (line) => [line.contractorName] },
  { label: 'Job', width: 178, cell: (line) => [line.jobName, line.clientEntity] },
  { label: 'Dates', width: 112, cell: (line) => [formatDateRange(line.effectiveDate, line.endDate)] },
  { label: 'Wage', width: 64, align: 'right', cell: (line) => [formatCents(line.wageCents)] },
  { label: 'Premium', width: CONTENT_WIDTH - 120 - 178 - 112 - 64, align: 'right', cell: (line) => [formatCents(line.premiumCents)] },
];
const LINES_TABLE: TableLayout<(typeof COLUMNS)[number]> = { columns: COLUMNS, cellPad: CELL_PAD, ruledHeading: true };

/** The file name an invoice is downloaded and attached as. */
export function invoiceFileName(number: string): string {
  return `${number}.pdf`;
}

function header(doc: Doc, invoice: InvoiceDocument): number {
  const { margin } = PAGE;
  brandHeading(doc, 'Invoice', `Insurance premiums for ${formatDateRange(invoice.periodStart, invoice.periodEnd)}`);
  factsBox(doc, [
    { label: 'Invoice number', value: invoice.number, size: 11.5 },
    { label: 'Date issued', value: formatDate(todayInTimeZone(invoice.timeZone, invoice.issuedAt)), size: 10 },
    { label: 'PO number', value: invoice.poNumber ?? NO_PO_LABEL, size: 10 },
  ]);
  return margin + 75 + GAP;
}

function partiesRow(doc: Doc, top: number, invoice: InvoiceDocument): number {
  const { margin } = PAGE;
  const right = margin + HALF + GAP;
  const height = 62;
  const width = HALF - 2 * BOX_PAD;
  const billTop = labelledBox(doc, margin, top, HALF, height, 'Bill to');
  doc.font(BOLD).fontSize(10).fillColor(INK).text(invoice.agency.name, margin + BOX_PAD, billTop, { width, lineBreak: false, ellipsis: true });
  doc.font(REGULAR).fontSize(8.5).fillColor(INK).text(invoice.agency.billingEmail ?? 'No billing email on file', margin + BOX_PAD, billTop + 14, { width, lineBreak: false, ellipsis: true });

  const poTop = labelledBox(doc, right, top, HALF, height, 'Purchase order');
  if (invoice.poNumber) {
    doc.font(BOLD).fontSize(10).fillColor(INK).text(invoice.poNumber, right + BOX_PAD, poTop, { width, lineBreak: false, ellipsis: true });
    doc.font(REGULAR).fontSize(8.5).fillColor(INK).text(invoice.poContactEmail ?? 'No PO contact on file', right + BOX_PAD, poTop + 14, { width, lineBreak: false, ellipsis: true });
  } else {
    doc.font(BOLD).fontSize(10).fillColor(INK).text(NO_PO_LABEL, right + BOX_PAD, poTop, { width, lineBreak: false });
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(MUTED)
      .text('These assignments have no PO number yet. Please send one for each, so later invoices reach the right purchase order.', right + BOX_PAD, poTop + 14, { width, lineGap: 1 });
  }
  return top + height + GAP;
}

function linesTable(doc: Doc, top: number, lines: readonly InvoiceDocumentLine[]): number {
  // Every row has room for a second line (the job's client), so the rows stay even.
  const rowHeight = 2 * LINE_HEIGHT + 2 * CELL_PAD;
  const y = tableRows(
    doc,
    LINES_TABLE,
    tableHeading(doc, LINES_TABLE, top),
    lines,
    () => rowHeight,
    (line, column, _index, x, rowTop) => {
      const [main, detail] = column.cell(line);
      const options = { width: column.width - 2 * CELL_PAD, align: column.align ?? 'left', lineBreak: false, ellipsis: true } as const;
      doc.font(column.label === 'Premium' ? BOLD : REGULAR).fontSize(8.5).fillColor(INK).text(main, x + CELL_PAD, rowTop + CELL_PAD, options);
      if (detail) doc.font(REGULAR).fontSize(7.5).fillColor(MUTED).text(detail, x + CELL_PAD, rowTop + CELL_PAD + LINE_HEIGHT + 1, options);
    },
  );
  return y + GAP;
}

function totals(doc: Doc, top: number, invoice: InvoiceDocument): void {
  const { margin } = PAGE;
  const height = 46;
  const y = top + height > CONTENT_BOTTOM ? (doc.addPage(), PAGE.margin) : top;
  const width = 214;
  const x = margin + CONTENT_WIDTH - width;
  doc
    .font(REGULAR)
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(
      `${invoice.lines.length} assignment${invoice.lines.length === 1 ? '' : 's'}, each covered by its own certificate of insurance. ` +
        'The premium is charged once per assignment, when its coverage binds; amounts are in US dollars.',
      margin,
      y + 4,
      { width: CONTENT_WIDTH - width - 2 * GAP, lineGap: 1.5 },
    );
  doc.save().rect(x, y, width, height).fill(TINT).restore();
  doc.save().lineWidth(0.75).strokeColor(RULE).rect(x, y, width, height).stroke().restore();
  doc.font(BOLD).fontSize(6.5).fillColor(ACCENT).text('TOTAL DUE', x + BOX_PAD, y + 8, { characterSpacing: 0.6, lineBreak: false });
  doc.font(BOLD).fontSize(16).fillColor(INK).text(formatCents(invoice.totalCents), x + BOX_PAD, y + 20, { width: width - 2 * BOX_PAD, align: 'right', lineBreak: false });
}

/** The invoice's PDF; identical bytes for an identical invoice. */
export function renderInvoicePdf(invoice: InvoiceDocument): Promise<Buffer> {
  const info: PdfInfo = {
    Title: `Invoice ${invoice.number}`,
    Author: 'Coverline',
    Subject: `Insurance premiums of ${invoice.agency.name}, ${invoice.periodStart} to ${invoice.periodEnd}, ${invoice.poNumber ?? NO_PO_LABEL}`,
    Keywords: `invoice, ${invoice.number}`,
    Creator: 'Coverline',
    Producer: 'Coverline invoices',
    // Fixed to the issue time: the document ID pdfkit writes is a hash of this dictionary.
    CreationDate: invoice.issuedAt,
    ModDate: invoice.issuedAt,
  };
  return renderLetterPdf(
    info,
    (doc) => {
      const y = linesTable(doc, partiesRow(doc, header(doc, invoice), invoice), invoice.lines);
      totals(doc, y, invoice);
      pageFooters(doc, `Invoice ${invoice.number} · ${invoice.agency.name}`);
    },
    { bufferPages: true },
  );
}
