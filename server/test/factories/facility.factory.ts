// An agency's facilities, and Compliance Hub users granted some of them.
import { facilities, facilityGrants, facilityUsers } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';
import { next } from './sequence.js';
import { sessionClient } from './session.factory.js';

export type FacilityFixture = typeof facilities.$inferSelect;

export async function createFacility(server: TestServer, agency: { id: string }, overrides: { name?: string; bulkDownloadEnabled?: boolean } = {}): Promise<FacilityFixture> {
  const [facility] = await server.db
    .insert(facilities)
    .values({ agencyId: agency.id, name: overrides.name ?? `Facility ${next()}`, city: 'Columbus', state: 'OH', bulkDownloadEnabled: overrides.bulkDownloadEnabled ?? false })
    .returning();
  if (!facility) throw new Error('no facility');
  return facility;
}

export async function createFacilityUser(server: TestServer, grants: readonly { agencyId: string; id: string }[]) {
  const email = `manager${next()}@facility.test`;
  const [user] = await server.db.insert(facilityUsers).values({ email, name: `Manager ${email}` }).returning();
  if (!user) throw new Error('no facility user');
  for (const facility of grants) {
    await server.db.insert(facilityGrants).values({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: user.id, grantedByType: 'SYSTEM' });
  }
  return user;
}

/** A facility user with grants to `facilities`, and a Compliance Hub client signed in as them. */
export async function signedInFacilityUser(server: TestServer, grants: readonly { agencyId: string; id: string }[]) {
  const user = await createFacilityUser(server, grants);
  const client = await sessionClient(server, { principalType: 'FACILITY_USER', principalId: user.id, agencyId: null });
  return { user, client };
}
