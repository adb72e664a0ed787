// Fetching files as a browser link would, and reading back the ZIPs the server streams.
import yauzl from 'yauzl';
import type { TestServer } from './test-server.js';

export type Download = { status: number; headers: Headers; body: Buffer };

export async function httpGet(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

export type ZipEntry = { fileName: string; compressionMethod: number; bytes: Buffer };

/** Every entry of a ZIP, in archive order, with its bytes. */
export function readZip(zip: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error ?? new Error('no zip'));
      const entries: ZipEntry[] = [];
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ fileName: entry.fileName, compressionMethod: entry.compressionMethod, bytes: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.readEntry();
    });
  });
}
