// Runs production code as the platform (a SYSTEM scope), the way background jobs do: factories use
// it to move an assignment along its lifecycle, so test data is produced as production produces it.
import { systemAccess } from '../../src/access/access.js';
import type { ScopedTransaction } from '../../src/access/scope.js';
import type { TestServer } from '../support/test-server.js';

export async function asPlatform<T>(server: TestServer, work: (tx: ScopedTransaction) => Promise<T>): Promise<T> {
  const access = systemAccess(server.coverline.deps, 'test factory');
  try {
    return await access.viewerScope().transaction(work);
  } finally {
    await access.release();
  }
}
