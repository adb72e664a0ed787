// What a phone reads from a PDF's QR codes: the first page rendered to pixels by poppler's pdftoppm
// (.ci/run installs poppler-utils), then decoded by jsQR, as a scanner app decodes a camera frame.
import { spawnSync } from 'node:child_process';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code on the PDF's first page, rendered at `dpi`; null when none can be read. */
export function qrCodeTextOfPdf(pdf: Buffer, dpi: number): string | null {
  const rendered = spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  if (rendered.status !== 0) throw new Error(`pdftoppm failed: ${rendered.stderr.toString()}`);
  const image = PNG.sync.read(rendered.stdout);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height)?.data ?? null;
}
