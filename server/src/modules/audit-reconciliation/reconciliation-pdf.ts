// Renders a stored reconciliation as the PDF report of the audit packet: title, facility, when it was
// run, totals by status, then one table row per payment, over as many letter-size pages as it takes.
// Built-in fonts and dates fixed to the reconciliation's own time: the same record gives the same bytes.
import { formatCents, RECONCILIATION_STATUS_LABELS, type Reconciliation } from '@coverline/domain';
import { ACCENT, BOLD, CONTENT_WIDTH, INK, MUTED, PAGE, REGULAR, RULE, TINT, brandHeading, pageFooters, renderLetterPdf, tableHeading, tableRows, type Doc, type PdfInfo, type TableColumn, type TableLayout } from '../../pdf/letter-pdf.js';

type Row = Reconciliation['rows'][number];

const COLUMNS: (TableColumn & { cell: (row: Row) => string })[] = [
  { label: 'Line', width: 26, align: 'right', cell: (row) => String(row.line) },
  { label: 'Contractor', width: 112, cell: (row) => row.contractorName ?? row.email ?? '' },
  { label: 'Paid on', width: 52, cell: (row) => row.paymentDate },
  { label: 'Amount', width: 60, align: 'right', cell: (row) => formatCents(row.amountCents) },
  { label: 'Status', width: 52, cell: (row) => RECONCILIATION_STATUS_LABELS[row.status] },
  { label: 'Certificate', width: 84, cell: (row) => row.certificate?.number ?? '' },
  { label: 'Note', width: CONTENT_WIDTH - 26 - 112 - 52 - 60 - 52 - 84, cell: (row) => row.note ?? '' },
];
const CELL_PAD = 4;
const FONT_SIZE = 7.5;
const LINE_HEIGHT = 9.5;
/** A note wraps over at most three lines, every other cell keeps to one; the CSV in the same packet has them whole. */
const MAX_NOTE_HEIGHT = 3 * LINE_HEIGHT;
const PAYMENTS_TABLE: TableLayout<(typeof COLUMNS)[number]> = { columns: COLUMNS, cellPad: CELL_PAD };

export type ReconciliationReport = { id: string; facilityName: string; fileName: string | null; createdAt: Date; result: Reconciliation };

function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function header(doc: Doc, report: ReconciliationReport): number {
  const { margin } = PAGE;
  brandHeading(doc, 'Audit reconciliation');
  doc.font(BOLD).fontSize(11).fillColor(INK).text(report.facilityName, margin, margin + 42, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true });
  const facts = [`Run on ${utcMinute(report.createdAt)}`, ...(report.fileName ? [`Schedule: ${report.fileName}`] : []), `Reference ${report.id}`];
  doc.font(REGULAR).fontSize(8.5).fillColor(MUTED).text(facts.join('  ·  '), margin, margin + 58, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true });
  doc
    .font(REGULAR)
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(
      'Each payment of the schedule is matched to the certificate of insurance that covered its contractor at this facility on the payment date. ' +
        'Matched: exactly one certificate did; unmatched: none did; ambiguous: several did.',
      margin,
      margin + 74,
      { width: CONTENT_WIDTH, lineGap: 1 },
    );
  return doc.y + 12;
}

function totals(doc: Doc, top: number, report: ReconciliationReport): number {
  const { margin } = PAGE;
  const all = report.result.totals;
  const cells = [
    ...all.map((total) => ({ label: RECONCILIATION_STATUS_LABELS[total.status], count: total.count, amountCents: total.amountCents })),
    { label: 'All payments', count: all.reduce((sum, total) => sum + total.count, 0), amountCents: all.reduce((sum, total) => sum + total.amountCents, 0) },
  ];
  const width = CONTENT_WIDTH / cells.length;
  const height = 46;
  doc.save().rect(margin, top, CONTENT_WIDTH, height).fill(TINT).restore();
  doc.save().lineWidth(0.75).strokeColor(RULE).rect(margin, top, CONTENT_WIDTH, height).stroke().restore();
  cells.forEach((cell, index) => {
    const x = margin + index * width;
    if (index > 0) doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(x, top).lineTo(x, top + height).stroke().restore();
    doc.font(BOLD).fontSize(6.5).fillColor(ACCENT).text(cell.label.toUpperCase(), x + 8, top + 8, { width: width - 16, characterSpacing: 0.6, lineBreak: false });
    doc.font(BOLD).fontSize(13).fillColor(INK).text(formatCents(cell.amountCents), x + 8, top + 18, { width: width - 16, lineBreak: false });
    doc.font(REGULAR).fontSize(7.5).fillColor(MUTED).text(`${cell.count} payment${cell.count === 1 ? '' : 's'}`, x + 8, top + 34, { width: width - 16, lineBreak: false });
  });
  return top + height + 14;
}

function noteHeight(doc: Doc, row: Row): number {
  const note = COLUMNS[COLUMNS.length - 1]!;
  const text = note.cell(row);
  if (!text) return 0;
  return Math.min(doc.font(REGULAR).fontSize(FONT_SIZE).heightOfString(text, { width: note.width - 2 * CELL_PAD }), MAX_NOTE_HEIGHT);
}

function table(doc: Doc, top: number, rows: readonly Row[]): void {
  const { margin } = PAGE;
  const y = tableHeading(doc, PAYMENTS_TABLE, top);
  if (rows.length === 0) {
    doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(MUTED).text('The schedule had no payments.', margin + CELL_PAD, y + 6, { lineBreak: false });
    return;
  }
  tableRows(
    doc,
    PAYMENTS_TABLE,
    y,
    rows,
    (row) => Math.max(LINE_HEIGHT, noteHeight(doc, row)) + 2 * CELL_PAD,
    (row, column, index, x, rowTop) => {
      const last = index === COLUMNS.length - 1;
      const emphasis = column.label === 'Status' && row.status !== 'MATCHED';
      doc
        .font(emphasis ? BOLD : REGULAR)
        .fontSize(FONT_SIZE)
        .fillColor(last ? MUTED : INK)
        .text(column.cell(row), x + CELL_PAD, rowTop + CELL_PAD, {
          width: column.width - 2 * CELL_PAD,
          align: column.align ?? 'left',
          height: last ? MAX_NOTE_HEIGHT : LINE_HEIGHT,
          ellipsis: true,
        });
    },
  );
}

/** The report's PDF; identical bytes for an identical record. */
export function renderReconciliationPdf(report: ReconciliationReport): Promise<Buffer> {
  const info: PdfInfo = {
    Title: `Audit reconciliation, ${report.facilityName}`,
    Author: 'Coverline',
    Subject: `Payments reconciled against certificates of insurance, run ${utcMinute(report.createdAt)}`,
    Creator: 'Coverline',
    Producer: 'Coverline audit reconciliation',
    // Fixed to the run: the document ID pdfkit writes is a hash of this dictionary.
    CreationDate: report.createdAt,
    ModDate: report.createdAt,
  };
  // Footers are drawn last, once the page count is known, so the pages stay buffered until then.
  return renderLetterPdf(
    info,
    (doc) => {
      const y = totals(doc, header(doc, report), report);
      table(doc, y, report.result.rows);
      pageFooters(doc, `Audit reconciliation · ${report.facilityName}`);
    },
    { bufferPages: true },
  );
}
