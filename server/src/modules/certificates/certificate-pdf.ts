// Renders a certificate snapshot to a one-page letter-size PDF, in Coverline's own layout. Only the
// snapshot goes in, and nothing varies between runs (dates fixed to the issue time, the document ID
// derived from them, vector QR code, built-in fonts), so the same snapshot always gives the same bytes.
import QRCode from 'qrcode';
import { ACCENT, BOLD, BOX_PAD as PAD, CONTENT_WIDTH, INK, MUTED, PAGE, REGULAR, RULE, TINT, brandHeading, factsBox, labelledBox as box, renderLetterPdf, type Doc, type PdfInfo } from '../../pdf/letter-pdf.js';
import { formatCertificateDate } from '@coverline/domain';
import { signedBytesOf, type CertificateLimit, type CertificateParty, type CertificateSnapshot } from './certificate-snapshot.js';

/** Document-information keys under which a certificate PDF carries what was signed and the signature. */
export const PDF_SIGNED_CONTENT_KEY = 'CoverlineSignedContent';
export const PDF_SIGNATURE_KEY = 'CoverlineSignature';

const GAP = 10;
const HALF = (CONTENT_WIDTH - GAP) / 2;


function dollars(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  return `$${whole.toLocaleString('en-US')}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}

function limitValue(limit: CertificateLimit): string {
  return limit.amountCents !== undefined ? dollars(limit.amountCents) : (limit.text ?? '');
}

function party(doc: Doc, value: CertificateParty, x: number, y: number, width: number, extra: string[] = []): void {
  doc.font(BOLD).fontSize(10).fillColor(INK).text(value.name, x, y, { width, lineBreak: false, ellipsis: true });
  doc.font(REGULAR).fontSize(8.5).fillColor(INK);
  let line = y + 14;
  for (const text of [...value.addressLines, ...extra]) {
    doc.text(text, x, line, { width, lineBreak: false, ellipsis: true });
    line += 11;
  }
}

function header(doc: Doc, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  brandHeading(doc, 'Certificate of Liability Insurance', 'Proof of insurance for one contractor assignment');
  factsBox(doc, [
    { label: 'Certificate number', value: snapshot.number, size: 11.5 },
    { label: 'Date issued', value: formatCertificateDate(snapshot.issueDate), size: 10 },
  ]);

  const noticeTop = margin + 60;
  doc.font(REGULAR).fontSize(7).fillColor(MUTED).text(snapshot.notice, margin, noticeTop, { width: CONTENT_WIDTH, lineGap: 1 });
  return doc.y + GAP;
}

function partiesRow(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const right = margin + HALF + GAP;
  const height = 74;
  const producerTop = box(doc, margin, top, HALF, height, 'Producer');
  party(doc, snapshot.producer, margin + PAD, producerTop, HALF - 2 * PAD, [`${snapshot.producer.phone}  ·  ${snapshot.producer.email}`]);

  const insurersTop = box(doc, right, top, HALF, height, 'Insurers affording coverage');
  const naicX = right + HALF - PAD - 52;
  doc.font(BOLD).fontSize(6.5).fillColor(MUTED).text('NAIC #', naicX, insurersTop, { width: 52, align: 'right', lineBreak: false });
  let y = insurersTop + 12;
  for (const insurer of snapshot.insurers) {
    doc.font(BOLD).fontSize(8.5).fillColor(ACCENT).text(`Insurer ${insurer.letter}`, right + PAD, y, { lineBreak: false });
    doc.font(REGULAR).fontSize(8.5).fillColor(INK).text(insurer.name, right + PAD + 50, y, { width: naicX - right - PAD - 54, lineBreak: false, ellipsis: true });
    doc.font(REGULAR).fontSize(8.5).fillColor(INK).text(insurer.naic, naicX, y, { width: 52, align: 'right', lineBreak: false });
    y += 14;
  }
  return top + height + GAP;
}

function insuredRow(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const right = margin + HALF + GAP;
  const height = 72;
  const insuredTop = box(doc, margin, top, HALF, height, 'Insured');
  party(doc, snapshot.insured, margin + PAD, insuredTop, HALF - 2 * PAD, ['Independent contractor']);
  const holderTop = box(doc, right, top, HALF, height, 'Certificate holder');
  party(doc, snapshot.holder, right + PAD, holderTop, HALF - 2 * PAD);
  return top + height + GAP;
}

const COLUMNS = [
  { label: 'Ins.', width: 24 },
  { label: 'Type of insurance', width: 122 },
  { label: 'Policy number', width: 100 },
  { label: 'Effective', width: 54 },
  { label: 'End', width: 54 },
  { label: 'Limits', width: CONTENT_WIDTH - 24 - 122 - 100 - 54 - 54 },
];
const LIMIT_LINE = 12;
const ROW_PAD = 6;

function coverageRowHeight(doc: Doc, coverage: CertificateSnapshot['coverages'][number]): number {
  const textWidth = COLUMNS[1]!.width - 10;
  const title = doc.font(BOLD).fontSize(8.5).heightOfString(coverage.title, { width: textWidth });
  const details = coverage.details.reduce((sum, detail) => sum + doc.font(REGULAR).fontSize(7).heightOfString(detail, { width: textWidth }) + 1, 0);
  return Math.max(coverage.limits.length * LIMIT_LINE, title + (details ? details + 3 : 0)) + 2 * ROW_PAD - 2;
}

function coveragesTable(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const intro =
    'The policies below are in force for the insured named above for the period shown, for the assignment described on this certificate. ' +
    'Limits are the most each policy pays; the coverage is subject to all the terms, exclusions and conditions of the policies.';
  const bodyTop = box(doc, margin, top, CONTENT_WIDTH, 0, 'Coverages');
  doc.font(REGULAR).fontSize(7).fillColor(MUTED).text(intro, margin + PAD, bodyTop - 2, { width: CONTENT_WIDTH - 2 * PAD, lineGap: 1 });
  const tableTop = doc.y + 5;
  let y = tableTop;

  // Column headings on a tinted strip.
  let x = margin;
  doc.save().rect(margin, y, CONTENT_WIDTH, 15).fill(TINT).restore();
  doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(margin, y).lineTo(margin + CONTENT_WIDTH, y).stroke().restore();
  for (const column of COLUMNS) {
    doc.font(BOLD).fontSize(6.5).fillColor(ACCENT).text(column.label.toUpperCase(), x + 5, y + 5, { width: column.width - 8, characterSpacing: 0.4, lineBreak: false });
    x += column.width;
  }
  y += 15;
  doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(margin, y).lineTo(margin + CONTENT_WIDTH, y).stroke().restore();

  for (const [index, coverage] of snapshot.coverages.entries()) {
    const rowHeight = coverageRowHeight(doc, coverage);
    const cellTop = y + ROW_PAD;
    x = margin;
    const cells = [coverage.insurer, coverage.title, coverage.policyNumber, formatCertificateDate(coverage.effectiveDate), formatCertificateDate(coverage.endDate)];
    cells.forEach((text, i) => {
      const column = COLUMNS[i]!;
      doc.font(i <= 1 ? BOLD : REGULAR).fontSize(8.5).fillColor(i === 0 ? ACCENT : INK);
      if (i === 1) doc.text(text, x + 5, cellTop, { width: column.width - 10 });
      else doc.text(text, x + 5, cellTop, { width: column.width - 10, align: i === 0 ? 'center' : 'left', lineBreak: false });
      x += column.width;
    });
    let detailY = doc.font(BOLD).fontSize(8.5).heightOfString(coverage.title, { width: COLUMNS[1]!.width - 10 }) + cellTop + 3;
    for (const detail of coverage.details) {
      doc.font(REGULAR).fontSize(7).fillColor(MUTED).text(detail, margin + COLUMNS[0]!.width + 5, detailY, { width: COLUMNS[1]!.width - 10 });
      detailY = doc.y + 1;
    }
    const limitsX = margin + CONTENT_WIDTH - COLUMNS[5]!.width;
    coverage.limits.forEach((limit, i) => {
      const ly = cellTop + i * LIMIT_LINE;
      doc.font(REGULAR).fontSize(7.5).fillColor(INK).text(limit.label, limitsX + 5, ly + 0.5, { width: COLUMNS[5]!.width - 62, lineBreak: false });
      doc.font(BOLD).fontSize(8.5).fillColor(INK).text(limitValue(limit), limitsX + 5, ly, { width: COLUMNS[5]!.width - 12, align: 'right', lineBreak: false });
    });
    y += rowHeight;
    if (index < snapshot.coverages.length - 1) doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(margin, y).lineTo(margin + CONTENT_WIDTH, y).stroke().restore();
  }
  // Column rules, then the frame around the whole section.
  doc.save().lineWidth(0.5).strokeColor(RULE);
  x = margin;
  for (const column of COLUMNS.slice(0, -1)) {
    x += column.width;
    doc.moveTo(x, tableTop).lineTo(x, y).stroke();
  }
  doc.restore();
  doc.save().lineWidth(0.75).strokeColor(RULE).rect(margin, top, CONTENT_WIDTH, y - top).stroke().restore();
  return y + GAP;
}

function operations(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const options = { width: CONTENT_WIDTH - 2 * PAD, lineGap: 1.5 };
  // Grows with the text, up to a cap that keeps the page to one sheet; beyond it the text ends in an ellipsis.
  const textHeight = Math.min(doc.font(REGULAR).fontSize(8.5).heightOfString(snapshot.operations.description, options), 110);
  const height = Math.max(56, 14 + PAD + textHeight + PAD);
  const bodyTop = box(doc, margin, top, CONTENT_WIDTH, height, 'Description of operations');
  doc.font(REGULAR).fontSize(8.5).fillColor(INK).text(snapshot.operations.description, margin + PAD, bodyTop, { ...options, height: textHeight + 2, ellipsis: true });
  return top + height + GAP;
}

function closing(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const right = margin + HALF + GAP;
  const height = 72;
  const cancellationTop = box(doc, margin, top, HALF, height, 'Cancellation');
  doc.font(REGULAR).fontSize(8).fillColor(INK).text(snapshot.cancellation, margin + PAD, cancellationTop, { width: HALF - 2 * PAD, lineGap: 1.5 });

  const signatureTop = box(doc, right, top, HALF, height, 'Authorized representative');
  doc.font('Times-Italic').fontSize(15).fillColor(ACCENT).text(snapshot.authorizedRepresentative.name.replace(/, LLC$/, ''), right + PAD, signatureTop + 4, { lineBreak: false });
  const lineY = signatureTop + 24;
  doc.save().lineWidth(0.75).strokeColor(INK).moveTo(right + PAD, lineY).lineTo(right + HALF - PAD, lineY).stroke().restore();
  doc.font(BOLD).fontSize(7.5).fillColor(INK).text(`${snapshot.authorizedRepresentative.title}, ${snapshot.authorizedRepresentative.name}`, right + PAD, lineY + 4, { width: HALF - 2 * PAD, lineBreak: false, ellipsis: true });
  doc.font(REGULAR).fontSize(7).fillColor(MUTED).text(`Signed electronically (Ed25519, key ${snapshot.signature.kid})`, right + PAD, lineY + 15, { width: HALF - 2 * PAD, lineBreak: false });
  return top + height + GAP;
}

/**
 * The QR code as filled squares (one rectangle per horizontal run of dark modules): crisp at any zoom, and small.
 * One byte-mode segment and a fixed mask pattern: the library otherwise searches the cheapest mix of
 * modes and scores all eight masks, which with the garbage it leaves was about a quarter of a
 * certificate's render (decision 0008), for a code any scanner reads either way
 * (certificates-pdf.test.ts decodes it from the rendered page).
 */
function qrCode(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: 0 });
  const quiet = 4;
  const unit = size / (modules.size + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (quiet + start) * unit, y + (quiet + row) * unit, (col - start) * unit, unit);
    }
  }
  doc.fill('#000000').restore();
}

function verification(doc: Doc, top: number, snapshot: CertificateSnapshot): number {
  const { margin } = PAGE;
  const height = 96;
  doc.save().lineWidth(0.75).strokeColor(RULE).rect(margin, top, CONTENT_WIDTH, height).stroke().restore();
  const qrSize = height - 8;
  qrCode(doc, snapshot.verificationUrl, margin + 4, top + 4, qrSize);
  const x = margin + qrSize + 16;
  const width = CONTENT_WIDTH - qrSize - 24;
  doc.font(BOLD).fontSize(10).fillColor(INK).text('Verify this certificate', x, top + 16, { lineBreak: false });
  doc
    .font(REGULAR)
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      'Scan the code or open the address below to see whether this certificate is valid or void, and to check its digital signature. ' +
        'Trust the answer of that page over this paper copy.',
      x,
      top + 31,
      { width, lineGap: 1.5 },
    );
  doc.font(BOLD).fontSize(8.5).fillColor(ACCENT).text(snapshot.verificationUrl, x, top + 66, { width, lineBreak: false, ellipsis: true, link: snapshot.verificationUrl });
  return top + height + GAP;
}

function footer(doc: Doc, snapshot: CertificateSnapshot): void {
  const y = PAGE.height - PAGE.margin + 12;
  doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(PAGE.margin, y - 6).lineTo(PAGE.width - PAGE.margin, y - 6).stroke().restore();
  doc.font(REGULAR).fontSize(7).fillColor(MUTED);
  doc.text(`${snapshot.producer.name}  ·  ${snapshot.producer.addressLines.join(', ')}`, PAGE.margin, y, { lineBreak: false });
  doc.text(`Certificate ${snapshot.number}  ·  Page 1 of 1`, PAGE.margin, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
}

/**
 * The PDF of a certificate; identical bytes for an identical snapshot. The document information
 * carries the signed content and its signature (base64url), so whoever holds the file can check it
 * against the published key without asking us.
 */
export function renderCertificatePdf(snapshot: CertificateSnapshot, signature: string): Promise<Buffer> {
  const issuedAt = new Date(snapshot.issuedAt);
  const info: PdfInfo = {
    Title: `Certificate of liability insurance ${snapshot.number}`,
    Author: snapshot.producer.name,
    Subject: `Insurance for ${snapshot.insured.name}, ${formatCertificateDate(snapshot.operations.effectiveDate)} to ${formatCertificateDate(snapshot.operations.endDate)}`,
    Keywords: `certificate of insurance, ${snapshot.number}`,
    Creator: 'Coverline',
    Producer: 'Coverline certificates',
    // Fixed to the issue time: the document ID pdfkit writes is a hash of this dictionary.
    CreationDate: issuedAt,
    ModDate: issuedAt,
    [PDF_SIGNED_CONTENT_KEY]: signedBytesOf(snapshot).toString('base64url'),
    [PDF_SIGNATURE_KEY]: signature,
  };
  return renderLetterPdf(info, (doc) => {
    let y = header(doc, snapshot);
    y = partiesRow(doc, y, snapshot);
    y = insuredRow(doc, y, snapshot);
    y = coveragesTable(doc, y, snapshot);
    y = operations(doc, y, snapshot);
    y = closing(doc, y, snapshot);
    verification(doc, y, snapshot);
    footer(doc, snapshot);
  });
}
