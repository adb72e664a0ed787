// Certificates of insurance: issued once when an assignment's coverage binds. (Being written.)
import type { Transaction } from '../../db/client.js';
import type { ServerDependencies } from '../../dependencies.js';

export async function issueCertificate(
  _tx: Transaction,
  _deps: ServerDependencies,
  input: { agencyId: string; assignmentId: string },
): Promise<{ id: string; number: string }> {
  throw new Error(`certificates are not issued yet (assignment ${input.assignmentId})`);
}
