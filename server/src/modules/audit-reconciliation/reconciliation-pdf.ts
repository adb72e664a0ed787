// Renders a stored reconciliation as the PDF report of the audit packet: title, facility, when it was
// run, totals by status, one table row per payment, then the matched certificates with the state and
// dates each covers, over as many letter-size pages as it takes.
// Built-in fonts and dates fixed to the reconciliation's own time: the same record gives the same bytes.
import { formatCents, formatDate, formatDateRange, formatDateTimeInZone, RECONCILIATION_STATUS_LABELS, usStateName, type MatchedCertificate, type ReconciledPayment, type ReconciliationTotal } from '@coverline/domain';
import { ACCENT, BOLD, CONTENT_BOTTOM, CONTENT_WIDTH, INK, MUTED, PAGE, REGULAR, RULE, TINT, brandHeading, pageFooters, renderLetterPdf, tableHeading, tableRows, type Doc, type PdfInfo, type TableColumn, type TableLayout } from '../../pdf/letter-pdf.js';

type Row = ReconciledPayment;

const COLUMNS: (TableColumn & { cell: (row: Row) => string })[] = [
  { label: 'Line', width: 26, align: 'right', cell: (row) => String(row.line) },
  { label: 'Contractor', width: 112, cell: (row) => row.contractorName ?? row.email ?? '' },
  { label: 'Paid on', width: 52, cell: (row) => formatDate(row.paymentDate) },
  { label: 'Amount', width: 60, align: 'right', cell: (row) => formatCents(row.amountCents) },
  { label: 'Status', width: 52, cell: (row) => RECONCILIATION_STATUS_LABELS[row.status] },
  { label: 'Certificate', width: 84, cell: (row) => row.certificate?.number ?? '' },
  { label: 'How it matched', width: CONTENT_WIDTH - 26 - 112 - 52 - 60 - 52 - 84, cell: (row) => noteText(row) },
];
const CELL_PAD = 4;
const FONT_SIZE = 7.5;
const LINE_HEIGHT = 9.5;
/** A note wraps over at most five lines, every other cell keeps to one; the CSV in the same packet has them whole. */
const MAX_NOTE_HEIGHT = 5 * LINE_HEIGHT;
const PAYMENTS_TABLE: TableLayout<(typeof COLUMNS)[number]> = { columns: COLUMNS, cellPad: CELL_PAD };

export type ReconciliationReport = { id: string; facilityName: string; fileName: string | null; createdAt: Date; rows: readonly Row[]; totals: readonly ReconciliationTotal[] };

/** The basis of the match, why it is not one, and for an unmatched payment its estimated exposure in short. */
function noteText(row: Row): string {
  const exposure = row.exposure
    ? `Exposure: ${formatCents(row.exposure.payrollCents)} payroll${row.exposure.premiumCents === null ? ', no class rate' : `, about ${formatCents(row.exposure.premiumCents)} premium`}`
    : null;
  return [row.basis, row.note, exposure].filter(Boolean).join('. ');
}

const CERTIFICATE_COLUMNS: (TableColumn & { cell: (certificate: MatchedCertificate) => string })[] = [
  { label: 'Certificate', width: 110, cell: (certificate) => certificate.number },
  { label: 'Insured', width: 170, cell: (certificate) => certificate.contractorName },
  { label: 'Work state', width: 90, cell: (certificate) => (certificate.workState ? (usStateName(certificate.workState) ?? certificate.workState) : '') },
  { label: 'Coverage', width: CONTENT_WIDTH - 110 - 170 - 90, cell: (certificate) => formatDateRange(certificate.effectiveDate, certificate.endDate) },
];
const CERTIFICATES_TABLE: TableLayout<(typeof CERTIFICATE_COLUMNS)[number]> = { columns: CERTIFICATE_COLUMNS, cellPad: CELL_PAD };

/** "Dec 1, 2026, 7:38 PM UTC": the run's minute, the same for every reader of the report. */
function utcMinute(date: Date): string {
  return formatDateTimeInZone(date, 'UTC');
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
      'Each payment of the schedule is matched to the valid certificate of insurance whose dates contain the work it pays for (its work period, ' +
        'in its work state when the schedule gives one), and to the payment date only where the schedule gives no work period. ' +
        'Matched: exactly one certificate did; unmatched: none did; ambiguous: several did. An unmatched payment is estimated as payroll an auditor would add, ' +
        "at the contractor's class rate.",
      margin,
      margin + 74,
      { width: CONTENT_WIDTH, lineGap: 1 },
    );
  return doc.y + 12;
}

function totals(doc: Doc, top: number, report: ReconciliationReport): number {
  const { margin } = PAGE;
  const all = report.totals;
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

function table(doc: Doc, top: number, rows: readonly Row[]): number {
  const { margin } = PAGE;
  const y = tableHeading(doc, PAYMENTS_TABLE, top);
  if (rows.length === 0) {
    doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(MUTED).text('The schedule had no payments.', margin + CELL_PAD, y + 6, { lineBreak: false });
    return y + 20;
  }
  return tableRows(
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

/** The matched certificates, once each in the order of the rows: what each covers, where and when. */
function certificatesTable(doc: Doc, top: number, rows: readonly Row[]): void {
  const certificates = [...new Map(rows.flatMap((row) => (row.certificate ? [[row.certificate.number, row.certificate] as const] : []))).values()];
  if (certificates.length === 0) return;
  const { margin } = PAGE;
  // The heading keeps to its table: with room for the column headings and a first row, or on the next page.
  const fits = top + 14 + 15 + LINE_HEIGHT + 2 * CELL_PAD <= CONTENT_BOTTOM;
  if (!fits) doc.addPage();
  const heading = fits ? top : margin;
  doc.font(BOLD).fontSize(9).fillColor(INK).text('Certificates in this packet', margin, heading, { lineBreak: false });
  tableRows(
    doc,
    CERTIFICATES_TABLE,
    tableHeading(doc, CERTIFICATES_TABLE, heading + 14),
    certificates,
    () => LINE_HEIGHT + 2 * CELL_PAD,
    (certificate, column, _index, x, rowTop) => {
      doc.font(REGULAR).fontSize(FONT_SIZE).fillColor(INK).text(column.cell(certificate), x + CELL_PAD, rowTop + CELL_PAD, { width: column.width - 2 * CELL_PAD, height: LINE_HEIGHT, ellipsis: true });
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
      certificatesTable(doc, table(doc, y, report.rows) + 18, report.rows);
      pageFooters(doc, `Audit reconciliation · ${report.facilityName}`);
    },
    { bufferPages: true },
  );
}
