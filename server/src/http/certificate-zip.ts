// Certificates into a ZIP that is being streamed: names and sizes go in up front, and the PDFs are
// read from PostgreSQL a batch at a time as the archive reaches them (through the scope that found
// them), so memory holds one batch, however many certificates there are.
import { Readable } from 'node:stream';
import type { ZipFile } from 'yazl';
import type { Scope } from '../access/scope.js';
import type { BulkCertificateEntry } from '../modules/facility-assignments/facility-assignments.service.js';

const BATCH = 50;

/** Adds the certificates of one facility (so of one agency), stored as they are. */
export function addCertificatePdfs(zip: ZipFile, scope: Scope, entries: readonly BulkCertificateEntry[]): void {
  // Filled a batch at a time (from the entry yazl asks for onward), emptied as entries are written.
  const loaded = new Map<string, Promise<Map<string, Buffer>>>();
  const batchOf = (index: number): Promise<Map<string, Buffer>> => {
    const start = index - (index % BATCH);
    const key = String(start);
    let batch = loaded.get(key);
    if (!batch) {
      const slice = entries.slice(start, start + BATCH);
      const agencyId = slice[0]?.agencyId ?? '';
      batch = scope.stores.certificates.pdfs(agencyId, slice.map((entry) => entry.certificateId));
      loaded.set(key, batch);
    }
    return batch;
  };

  entries.forEach((entry, index) => {
    zip.addReadStreamLazy(entry.fileName, { compress: false, mtime: entry.issuedAt, size: entry.size }, (callback) => {
      batchOf(index).then(
        (pdfs) => {
          const pdf = pdfs.get(entry.certificateId);
          if (index % BATCH === BATCH - 1 || index === entries.length - 1) loaded.delete(String(index - (index % BATCH)));
          if (!pdf) return callback(new Error(`certificate ${entry.certificateId} disappeared while zipping`), Readable.from([]));
          callback(null, Readable.from([pdf]));
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), Readable.from([])),
      );
    });
  });
}
