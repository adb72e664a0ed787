// Builders of test data straight into the database, for the parts a test is not about.
import { eq, sql } from 'drizzle-orm';
import { agencies, agencySettings, contractors, facilities, facilityGrants, facilityUsers, jobCodes, teamMembers } from '../../src/db/schema.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { createSession, type SessionPrincipal } from '../../src/modules/auth/sessions.js';
import type { GraphQLClient } from './graphql-client.js';
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

const APP_OF: Record<SessionPrincipal, 'agency' | 'facility' | 'contractor'> = {
  AGENCY_MEMBER: 'agency',
  FACILITY_USER: 'facility',
  CONTRACTOR: 'contractor',
};

/** A browser client already signed in as `principal`, by a session made straight in the database (no login, no rate limit). */
export async function sessionClient(
  server: TestServer,
  principal: { principalType: SessionPrincipal; principalId: string; agencyId: string | null },
): Promise<GraphQLClient> {
  const session = await createSession(
    server.db,
    { ...principal, ip: null, userAgent: null },
    { now: server.clock.now(), ttlHours: server.coverline.deps.config.sessionTtlHours },
  );
  const app = APP_OF[principal.principalType];
  const client = server.client(app);
  client.setCookie(`coverline_${app}`, session.token);
  return client;
}

/** A facility user with grants to `facilities`, and a Compliance Hub client signed in as them. */
export async function signedInFacilityUser(server: TestServer, grants: { agencyId: string; id: string }[]) {
  const user = await createFacilityUser(server, grants);
  const client = await sessionClient(server, { principalType: 'FACILITY_USER', principalId: user.id, agencyId: null });
  return { user, client };
}

/** A contractor of `agencyId`, and a contractor-app client signed in as them. */
export async function signedInContractor(server: TestServer, agencyId: string) {
  const contractor = await createContractor(server, agencyId);
  const client = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId });
  return { contractor, client };
}

/** Creates an agency API key the way a member does, and returns the secret. */
export async function createApiKey(member: GraphQLClient, name = `Integration ${next()}`): Promise<string> {
  const result = await member.data<{ createApiKey: { key: string } }>(`mutation($n: String!) { createApiKey(name: $n) { key } }`, { n: name });
  return result.createApiKey.key;
}

/** Rows in the mail outbox, all of them or those to one address. */
export async function outboxCount(server: TestServer, to?: string): Promise<number> {
  const rows = await server.db.execute<{ n: number }>(
    to === undefined ? sql`select count(*)::int as n from mail_outbox` : sql`select count(*)::int as n from mail_outbox where "to" = ${to}`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Waits until the worker has finished every queued sign-in and mail job, so a test can assert that
 * something was NOT sent without guessing how long to wait. Finished jobs leave the queue; failing ones
 * stay, and make this time out.
 */
export async function jobsSettled(server: TestServer, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await server.db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where task_identifier in ('send_magic_link', 'deliver_mail')`,
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error('background jobs did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A new active member of `agencyId`, and an agency-app client signed in as them. */
export async function signedInMemberOf(server: TestServer, agencyId: string) {
  const member = await createTeamMember(server, agencyId);
  const client = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId });
  return { member, client };
}

/** A job code of the platform catalogue (without rates), for tests that only need the catalogue to be non-empty. */
export async function createJobCode(server: TestServer, title = `Job ${next()}`) {
  const n = next();
  const [jobCode] = await server.db.insert(jobCodes).values({ code: `T${n}`, title, description: `${title}, for tests.` }).returning();
  if (!jobCode) throw new Error('no job code');
  return jobCode;
}
