// An agency's team members (with their login email in the platform's directory), signed in or not,
// and the API keys they create.
import { teamMemberEmails, teamMembers } from '../../src/db/schema.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import type { TestServer } from '../support/test-server.js';
import { createAgency, type AgencyFixture } from './agency.factory.js';
import { next } from './sequence.js';
import { sessionClient } from './session.factory.js';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export async function createTeamMember(server: TestServer, agency: { id: string }, overrides: { email?: string; name?: string } = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const n = next();
  const email = overrides.email ?? `member${n}@agency.test`;
  const [member] = await server.db
    .insert(teamMembers)
    .values({ agencyId: agency.id, email, name: overrides.name ?? `Member ${n}`, passwordHash: await passwordHash, status: 'ACTIVE' })
    .returning();
  if (!member) throw new Error('no member');
  await server.db.insert(teamMemberEmails).values({ email: email.toLowerCase(), agencyId: agency.id, teamMemberId: member.id });
  return member;
}

/** A new active member of `agency`, and an agency-app client signed in as them. */
export async function signedInMemberOf(server: TestServer, agency: { id: string }) {
  const member = await createTeamMember(server, agency);
  const client = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: member.id, agencyId: agency.id });
  return { member, client };
}

/** An agency with one active member, and a browser client signed in through the login mutation. */
export async function signedInAgencyMember(server: TestServer): Promise<{ agency: AgencyFixture; member: Awaited<ReturnType<typeof createTeamMember>>; client: GraphQLClient }> {
  const agency = await createAgency(server);
  const member = await createTeamMember(server, agency);
  const client = server.client('agency');
  await client.data(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: member.email, p: PASSWORD });
  return { agency, member, client };
}

/** Creates an agency API key the way a member does, and returns the secret. */
export async function createApiKey(member: GraphQLClient): Promise<string> {
  const result = await member.data<{ createApiKey: { key: string } }>(`mutation($n: String!) { createApiKey(name: $n) { key } }`, { n: `Integration ${next()}` });
  return result.createApiKey.key;
}
