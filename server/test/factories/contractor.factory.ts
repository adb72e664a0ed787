// An agency's contractors, signed in to the contractor app or not.
import { contractors } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';
import { next } from './sequence.js';
import { sessionClient } from './session.factory.js';

export type ContractorFixture = typeof contractors.$inferSelect;

export async function createContractor(
  server: TestServer,
  agency: { id: string },
  overrides: { firstName?: string; lastName?: string; email?: string; workState?: string | null; externalId?: string | null } = {},
): Promise<ContractorFixture> {
  const n = next();
  const [contractor] = await server.db
    .insert(contractors)
    .values({
      agencyId: agency.id,
      firstName: overrides.firstName ?? `Casey${n}`,
      lastName: overrides.lastName ?? 'Contractor',
      email: overrides.email ?? `contractor${n}@example.com`,
      state: 'OH',
      workState: overrides.workState === undefined ? 'OH' : overrides.workState,
      externalId: overrides.externalId ?? null,
    })
    .returning();
  if (!contractor) throw new Error('no contractor');
  return contractor;
}

/** A contractor of `agency`, and a contractor-app client signed in as them. */
export async function signedInContractor(server: TestServer, agency: { id: string }) {
  const contractor = await createContractor(server, agency);
  const client = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: agency.id });
  return { contractor, client };
}
