// The house style of Coverline's PDFs (certificates, audit reports): US letter, built-in fonts, one
// palette, and a document rendered to bytes in memory. Nothing in it varies between runs, so a
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
