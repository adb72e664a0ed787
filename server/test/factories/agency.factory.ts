// The head of the fixture chain: an agency (the tenant) with its settings.
import { agencies, agencySettings } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';
import { next } from './sequence.js';

export type AgencyFixture = { id: string; name: string };

export async function createAgency(
  server: TestServer,
  overrides: { name?: string; billingEmail?: string | null; defaultPayer?: 'AGENCY' | 'CONTRACTOR'; timeZone?: string } = {},
): Promise<AgencyFixture> {
  const [agency] = await server.db.insert(agencies).values({ name: overrides.name ?? `Agency ${next()}` }).returning();
  if (!agency) throw new Error('no agency');
  await server.db.insert(agencySettings).values({
    agencyId: agency.id,
    billingEmail: overrides.billingEmail ?? null,
    defaultPayer: overrides.defaultPayer ?? 'AGENCY',
    ...(overrides.timeZone ? { timeZone: overrides.timeZone } : {}),
  });
  return agency;
}
