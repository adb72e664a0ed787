// Builders of test data straight into the database, for the parts a test is not about.
import { eq } from 'drizzle-orm';
import { agencies, agencySettings, contractors, facilities, facilityGrants, facilityUsers, teamMembers } from '../../src/db/schema.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import type { TestServer } from './test-server.js';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;
let sequence = 0;
const next = () => ++sequence;

export async function createAgency(server: TestServer, name = `Agency ${next()}`) {
  const [agency] = await server.db.insert(agencies).values({ name }).returning();
  if (!agency) throw new Error('no agency');
  await server.db.insert(agencySettings).values({ agencyId: agency.id });
  return agency;
}

export async function createTeamMember(server: TestServer, agencyId: string, overrides: { email?: string; name?: string } = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const n = next();
  const [member] = await server.db
    .insert(teamMembers)
    .values({ agencyId, email: overrides.email ?? `member${n}@agency.test`, name: overrides.name ?? `Member ${n}`, passwordHash: await passwordHash, status: 'ACTIVE' })
    .returning();
  if (!member) throw new Error('no member');
  return member;
}

/** An agency with one active member, and a browser client signed in as that member. */
export async function signedInAgencyMember(server: TestServer) {
  const agency = await createAgency(server);
  const member = await createTeamMember(server, agency.id);
  const client = server.client('agency');
  await client.data(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: member.email, p: PASSWORD });
  return { agency, member, client };
}

export async function createFacility(server: TestServer, agencyId: string, name = `Facility ${next()}`) {
  const [facility] = await server.db.insert(facilities).values({ agencyId, name, city: 'Columbus', state: 'OH' }).returning();
  if (!facility) throw new Error('no facility');
  return facility;
}

export async function createFacilityUser(server: TestServer, grants: { agencyId: string; id: string }[], email = `manager${next()}@facility.test`) {
  const [user] = await server.db.insert(facilityUsers).values({ email, name: `Manager ${email}` }).returning();
  if (!user) throw new Error('no facility user');
  for (const facility of grants) {
    await server.db
      .insert(facilityGrants)
      .values({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: user.id, grantedByType: 'SYSTEM' });
  }
  return user;
}

export async function createContractor(server: TestServer, agencyId: string, overrides: { firstName?: string; email?: string } = {}) {
  const n = next();
  const [contractor] = await server.db
    .insert(contractors)
    .values({
      agencyId,
      firstName: overrides.firstName ?? `Casey${n}`,
      lastName: 'Contractor',
      email: overrides.email ?? `contractor${n}@example.com`,
      state: 'OH',
      workState: 'OH',
    })
    .returning();
  if (!contractor) throw new Error('no contractor');
  return contractor;
}

export async function findFacilityUser(server: TestServer, email: string) {
  return server.db.query.facilityUsers.findFirst({ where: eq(facilityUsers.email, email) });
}
