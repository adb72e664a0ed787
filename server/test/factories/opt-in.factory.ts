// Opt-ins: a contractor's completed one, as submitOptIn leaves it (rule 6 counts their assignments from then on).
import { optIns } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';

export async function completedOptIn(server: TestServer, contractor: { agencyId: string; id: string; firstName: string; lastName: string }) {
  const [optIn] = await server.db
    .insert(optIns)
    .values({
      agencyId: contractor.agencyId,
      contractorId: contractor.id,
      status: 'COMPLETED',
      payer: 'AGENCY',
      termsVersion: 'test',
      signatureName: `${contractor.firstName} ${contractor.lastName}`,
      createdAt: server.clock.now(),
      completedAt: server.clock.now(),
    })
    .returning();
  if (!optIn) throw new Error('no opt-in');
  return optIn;
}
