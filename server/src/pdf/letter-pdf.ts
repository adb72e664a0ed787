// The house style of Coverline's PDFs (certificates, audit reports, invoices): US letter, built-in fonts,
// one palette, the pieces they share (heading, labelled boxes, facts box, tables over pages, page footers), and a document
// rendered to bytes in memory. Nothing in it varies between runs, so a
// renderer that fixes its dates gets the same bytes for the same data.
import { BRAND_COLOR, BRAND_COLOR_DARK } from '@coverline/domain';
import PDFDocument from 'pdfkit';

export const PAGE = { width: 612, height: 792, margin: 36 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const INK = '#1b1e28';
export const MUTED = '#4a5064';
/** Small labels and headings on the tint: the brand's dark shade, which keeps them above 4.5:1 there. */
export const ACCENT = BRAND_COLOR_DARK;
export const RULE = '#a9afc2';
export const TINT = '#eef0f8';

export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

export type Doc = PDFKit.PDFDocument;

/** pdfkit writes every key of the information dictionary; its types only list the standard ones. */
export type PdfInfo = PDFKit.DocumentInfo & Record<string, string | Date>;

/** A letter-size document drawn by `draw`, as bytes. `bufferPages` keeps pages open for drawing after the last one (page footers). */
export function renderLetterPdf(info: PdfInfo, draw: (doc: Doc) => void, options: { bufferPages?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 0, pdfVersion: '1.7', lang: 'en-US', displayTitle: true, info, ...options });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** Padding inside a labelled box. */
export const BOX_PAD = 7;

/** The top of every document: the accent bar, the wordmark and the title, and under it a line saying what the document is for, if given. */
export function brandHeading(doc: Doc, title: string, subtitle?: string): void {
  const { margin } = PAGE;
  doc.rect(0, 0, PAGE.width, 6).fill(BRAND_COLOR);
  doc.font(BOLD).fontSize(11).fillColor(BRAND_COLOR).text('COVERLINE', margin, margin, { characterSpacing: 2.2, lineBreak: false });
  doc.font(BOLD).fontSize(19).fillColor(INK).text(title, margin, margin + 16, { lineBreak: false });
  if (subtitle) doc.font(REGULAR).fontSize(8.5).fillColor(MUTED).text(subtitle, margin, margin + 40, { lineBreak: false });
}

/** A box with a small upper-case label on a tinted strip (height 0: the strip only); returns the y where its content starts. */
export function labelledBox(doc: Doc, x: number, y: number, width: number, height: number, label: string): number {
  doc.save();
  doc.rect(x, y, width, 14).fill(TINT);
  doc.lineWidth(0.75).strokeColor(RULE);
  if (height > 0) doc.rect(x, y, width, height).stroke();
  doc.moveTo(x, y + 14).lineTo(x + width, y + 14).stroke();
  doc.restore();
  doc.font(BOLD).fontSize(6.5).fillColor(ACCENT).text(label.toUpperCase(), x + BOX_PAD, y + 4.5, { width: width - 2 * BOX_PAD, characterSpacing: 0.6, lineBreak: false });
  return y + 14 + BOX_PAD;
}

/** The framed facts at the top right (a document's number, its date), one 25-point row each, the first on a tint. */
export function factsBox(doc: Doc, rows: readonly { label: string; value: string; size: number }[]): void {
  const { margin } = PAGE;
  const width = 214;
  const x = PAGE.width - margin - width;
  doc.save().lineWidth(0.75).strokeColor(RULE).rect(x, margin, width, 25 * rows.length).stroke().restore();
  doc.save().rect(x, margin, width, 25).fill(TINT).restore();
  for (let i = 1; i < rows.length; i++) doc.moveTo(x, margin + 25 * i).lineTo(x + width, margin + 25 * i).lineWidth(0.75).strokeColor(RULE).stroke();
  rows.forEach(({ label, value, size }, i) => {
    const y = margin + 25 * i;
    doc.font(BOLD).fontSize(6.5).fillColor(ACCENT).text(label.toUpperCase(), x + BOX_PAD, y + 9.5, { characterSpacing: 0.6, lineBreak: false });
    doc.font(BOLD).fontSize(size).fillColor(INK).text(value, x + 80, y + (size > 10 ? 7 : 8), { width: width - 80 - BOX_PAD, align: 'right', lineBreak: false });
  });
}

/** "<what> · Page i of n" at the foot of every page; needs `bufferPages`, drawn once the page count is known. */
export function pageFooters(doc: Doc, left: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const y = PAGE.height - PAGE.margin + 12;
    doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(PAGE.margin, y - 6).lineTo(PAGE.width - PAGE.margin, y - 6).stroke().restore();
    doc.font(REGULAR).fontSize(7).fillColor(MUTED);
    doc.text(left, PAGE.margin, y, { width: CONTENT_WIDTH / 2, lineBreak: false, ellipsis: true });
    doc.text(`Page ${index - range.start + 1} of ${range.count}`, PAGE.margin, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
  }
}

/** Where a page's content ends, leaving room for its footer. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - 20;

/** A column of a table drawn across the content width; the widths add up to CONTENT_WIDTH. */
export type TableColumn = { label: string; width: number; align?: 'right' };

/** How a table's columns are laid out: `cellPad` is the inset of every cell; `ruledHeading` rules the heading strip above and below. */
export type TableLayout<Column extends TableColumn> = { columns: readonly Column[]; cellPad: number; ruledHeading?: boolean };

/** The column headings on a 15-point tinted strip; returns the y below it. */
export function tableHeading(doc: Doc, table: TableLayout<TableColumn>, top: number): number {
  const { margin } = PAGE;
  const { cellPad } = table;
  doc.save().rect(margin, top, CONTENT_WIDTH, 15).fill(TINT).restore();
  if (table.ruledHeading) {
    doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(margin, top).lineTo(margin + CONTENT_WIDTH, top).moveTo(margin, top + 15).lineTo(margin + CONTENT_WIDTH, top + 15).stroke().restore();
  }
  let x = margin;
  for (const column of table.columns) {
    doc
      .font(BOLD)
      .fontSize(6.5)
      .fillColor(ACCENT)
      .text(column.label.toUpperCase(), x + cellPad, top + 5, { width: column.width - 2 * cellPad, align: column.align ?? 'left', characterSpacing: 0.4, lineBreak: false });
    x += column.width;
  }
  return top + 15;
}

/**
 * The rows of a table from `top` (below its heading), each ruled underneath. A row that would run into the
 * footer starts a new page, under the headings again. `drawCell` gets each cell's column and top left corner
 * (before the cell's padding); returns the y below the last row.
 */
export function tableRows<Column extends TableColumn, Row>(
  doc: Doc,
  table: TableLayout<Column>,
  top: number,
  rows: readonly Row[],
  rowHeight: (row: Row) => number,
  drawCell: (row: Row, column: Column, index: number, x: number, y: number) => void,
): number {
  const { margin } = PAGE;
  let y = top;
  for (const row of rows) {
    const height = rowHeight(row);
    if (y + height > CONTENT_BOTTOM) {
      doc.addPage();
      y = tableHeading(doc, table, PAGE.margin);
    }
    let x = margin;
    table.columns.forEach((column, index) => {
      drawCell(row, column, index, x, y);
      x += column.width;
    });
    y += height;
    doc.save().lineWidth(0.4).strokeColor(RULE).moveTo(margin, y).lineTo(margin + CONTENT_WIDTH, y).stroke().restore();
  }
  return y;
}
