// The house style of Coverline's PDFs (certificates, audit reports, invoices): US letter, built-in fonts,
// one palette, the pieces they share (heading, labelled boxes, facts box, page footers), and a document
// rendered to bytes in memory. Nothing in it varies between runs, so a
// renderer that fixes its dates gets the same bytes for the same data.
import PDFDocument from 'pdfkit';

export const PAGE = { width: 612, height: 792, margin: 36 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const INK = '#1b1e28';
export const MUTED = '#4a5064';
export const ACCENT = '#24337a';
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

/** The top of every document: the accent bar, the wordmark and the title. */
export function brandHeading(doc: Doc, title: string): void {
  const { margin } = PAGE;
  doc.rect(0, 0, PAGE.width, 6).fill(ACCENT);
  doc.font(BOLD).fontSize(11).fillColor(ACCENT).text('COVERLINE', margin, margin, { characterSpacing: 2.2, lineBreak: false });
  doc.font(BOLD).fontSize(19).fillColor(INK).text(title, margin, margin + 16, { lineBreak: false });
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
