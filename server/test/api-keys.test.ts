import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from './support/graphql-client.js';
import { OPERATOR_KEY, startTestServer, type TestServer } from './support/test-server.js';
import { createJobCode, createTeamMember, signedInAgencyMember } from './factories/index.js';

const CREATE_KEY = `mutation($n: String!) { createApiKey(name: $n) { key apiKey { id name prefix revokedAt } } }`;
const LIST_KEYS = `{ apiKeys { id name prefix createdAt lastUsedAt revokedAt } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const VIEWER = `{ viewer { role email agency { id name } } }`;
const TEAM = `{ teamMembers { email } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }`;
const JOB_CODES = `{ jobCodes { id code } }`;
const TEAM_ROWS = `{ teamMembers { id email status } }`;
const INVITE = `mutation($e: String!) { inviteTeamMember(email: $e) }`;
const RESEND_INVITATION = `mutation($id: ID!) { resendTeamInvitation(id: $id) }`;
const REVOKE_INVITATION = `mutation($id: ID!) { revokeTeamInvitation(id: $id) }`;
const REMOVE_MEMBER = `mutation($id: ID!) { removeTeamMember(id: $id) }`;
const CREATE_CONTRACTOR = `mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }`;
const CONTRACTOR = `query($id: ID!) { contractor(id: $id) { email } }`;
const AUDIT_LOG = `{ auditLog(first: 20) { edges { node { action actor { type name } } } } }`;

type CreatedKey = { createApiKey: { key: string; apiKey: { id: string; name: string; prefix: string; revokedAt: string | null } } };
type TeamRow = { id: string; email: string; status: string };
type KeyRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

async function memberWithKey(name = 'Worksuite sync') {
  const signedIn = await signedInAgencyMember(server);
  const { createApiKey } = await signedIn.client.data<CreatedKey>(CREATE_KEY, { n: name });
  return { ...signedIn, key: createApiKey.key, apiKey: createApiKey.apiKey };
}

describe('agency API keys', () => {
  it('shows the secret once, on creation; the list shows only its name and prefix', async () => {
    const { client, key, apiKey } = await memberWithKey('CreatorIQ');
    expect(key.length).toBeGreaterThanOrEqual(40);
    expect(apiKey).toMatchObject({ name: 'CreatorIQ', revokedAt: null });
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix.length).toBeLessThan(key.length / 2);

    const listed = await client.request<{ apiKeys: KeyRow[] }>(LIST_KEYS);
    expect(listed.data?.apiKeys).toEqual([expect.objectContaining({ id: apiKey.id, name: 'CreatorIQ', prefix: apiKey.prefix })]);
    expect(JSON.stringify(listed)).not.toContain(key);
    // The list type has no field that could carry it.
    const asking = await client.request(`{ apiKeys { key } }`);
    expect(errorCode(asking)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a key without a name, naming the field', async () => {
    const { client } = await signedInAgencyMember(server);
    const result = await client.request(CREATE_KEY, { n: '   ' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe('name');
  });

  it("acts as the agency with the key: its viewer, its team, and records the key's last use", async () => {
    const { agency, member, client, key, apiKey } = await memberWithKey();
    const colleague = await createTeamMember(server, agency);
    const integration = server.apiClient(key);
    const { viewer } = await integration.data<{ viewer: { role: string; agency: { id: string; name: string } } }>(VIEWER);
    expect(viewer).toMatchObject({ role: 'AGENCY_MEMBER', agency: { id: agency.id, name: agency.name } });
    const { teamMembers } = await integration.data<{ teamMembers: { email: string }[] }>(TEAM);
    expect(teamMembers.map((m) => m.email).sort()).toEqual([member.email, colleague.email].sort());
    const { apiKeys } = await client.data<{ apiKeys: KeyRow[] }>(LIST_KEYS);
    expect(apiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt).not.toBeNull();
  });

  it('records a busy key\'s last use at most once a minute', async () => {
    const { client, key, apiKey } = await memberWithKey();
    const integration = server.apiClient(key);
    const lastUsed = async () => (await client.data<{ apiKeys: KeyRow[] }>(LIST_KEYS)).apiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await integration.data(TEAM);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    server.clock.advance(30_000);
    await integration.data(TEAM);
    expect(await lastUsed()).toBe(first);
    server.clock.advance(31_000);
    await integration.data(TEAM);
    const later = await lastUsed();
    expect(new Date(later ?? 0).getTime() - new Date(first ?? 0).getTime()).toBeGreaterThanOrEqual(61_000);
  });

  // Keys are managed by people: a key that could mint or revoke keys would outlive its own revocation.
  it('does not let an API key create, list or revoke keys', async () => {
    const { client, key, apiKey } = await memberWithKey();
    const integration = server.apiClient(key);
    expect(errorCode(await integration.request(CREATE_KEY, { n: 'Escalation' }))).toBe('FORBIDDEN');
    expect(errorCode(await integration.request(LIST_KEYS))).toBe('FORBIDDEN');
    expect(errorCode(await integration.request(REVOKE_KEY, { id: apiKey.id }))).toBe('FORBIDDEN');
    const { apiKeys } = await client.data<{ apiKeys: KeyRow[] }>(LIST_KEYS);
    expect(apiKeys).toEqual([expect.objectContaining({ id: apiKey.id, revokedAt: null })]);
  });

  it('does not let an API key manage the team, and the team stays as it was', async () => {
    const { agency, member, client, key } = await memberWithKey();
    const colleague = await createTeamMember(server, agency);
    await client.data(INVITE, { e: 'invited@agency.test' });
    const before = await client.data<{ teamMembers: TeamRow[] }>(TEAM_ROWS);
    const invitation = before.teamMembers.find((m) => m.email === 'invited@agency.test');
    expect(invitation?.status).toBe('INVITED');
    const integration = server.apiClient(key);

    expect(errorCode(await integration.request(INVITE, { e: 'escalation@agency.test' }))).toBe('FORBIDDEN');
    expect(errorCode(await integration.request(RESEND_INVITATION, { id: invitation?.id }))).toBe('FORBIDDEN');
    expect(errorCode(await integration.request(REVOKE_INVITATION, { id: invitation?.id }))).toBe('FORBIDDEN');
    expect(errorCode(await integration.request(REMOVE_MEMBER, { id: colleague.id }))).toBe('FORBIDDEN');

    const after = await client.data<{ teamMembers: TeamRow[] }>(TEAM_ROWS);
    expect(after.teamMembers).toEqual(before.teamMembers);
    expect(after.teamMembers.map((m) => m.email).sort()).toEqual([member.email, colleague.email, 'invited@agency.test'].sort());
  });

  it("does the agency's other work with a key: adds a contractor and reads the activity, which names the key", async () => {
    const { client, key } = await memberWithKey();
    const integration = server.apiClient(key);
    const { createContractor } = await integration.data<{ createContractor: { id: string } }>(CREATE_CONTRACTOR, {
      i: { firstName: 'Keyed', lastName: 'Contractor', email: 'keyed.contractor@example.test' },
    });
    const { contractor } = await client.data<{ contractor: { email: string } | null }>(CONTRACTOR, { id: createContractor.id });
    expect(contractor?.email).toBe('keyed.contractor@example.test');
    const { auditLog } = await integration.data<{ auditLog: { edges: { node: { action: string; actor: { type: string; name: string | null } } }[] } }>(AUDIT_LOG);
    expect(auditLog.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([{ action: 'contractor.create', actor: { type: 'API_KEY', name: 'Worksuite sync' } }, expect.objectContaining({ action: 'api_key.create' })]),
    );
  });

  it('refuses a revoked key at once', async () => {
    const { client, key, apiKey } = await memberWithKey();
    const integration = server.apiClient(key);
    await integration.data(TEAM);
    const { revokeApiKey } = await client.data<{ revokeApiKey: { id: string; revokedAt: string | null } }>(REVOKE_KEY, { id: apiKey.id });
    expect(revokeApiKey.revokedAt).not.toBeNull();
    expect(errorCode(await integration.request(TEAM))).toBe('UNAUTHENTICATED');
    expect((await integration.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    // Revoking it again finds nothing left to revoke.
    expect(errorCode(await client.request(REVOKE_KEY, { id: apiKey.id }))).toBe('NOT_FOUND');
  });

  it("answers NOT_FOUND to another agency revoking the key, and the key keeps working", async () => {
    const { key, apiKey } = await memberWithKey();
    const { client: outsider } = await signedInAgencyMember(server);
    expect(errorCode(await outsider.request(REVOKE_KEY, { id: apiKey.id }))).toBe('NOT_FOUND');
    expect(errorCode(await server.apiClient(key).request(TEAM))).toBeUndefined();
    const { apiKeys } = await outsider.data<{ apiKeys: KeyRow[] }>(LIST_KEYS);
    expect(apiKeys.map((k) => k.id)).not.toContain(apiKey.id);
  });

  it('answers NOT_FOUND, not an internal error, to an id that is not an id', async () => {
    const { client } = await signedInAgencyMember(server);
    for (const id of ['garbage', '', "1' or '1'='1", '00000000-0000-0000-0000-000000000000']) {
      expect(errorCode(await client.request(REVOKE_KEY, { id }))).toBe('NOT_FOUND');
    }
  });

  it('refuses an unknown or malformed bearer key', async () => {
    for (const key of ['cl_not-a-real-key-0123456789abcdef', 'x', OPERATOR_KEY.slice(0, -1)]) {
      const client = server.apiClient(key);
      expect(errorCode(await client.request(TEAM))).toBe('UNAUTHENTICATED');
      expect((await client.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    }
  });

  it('lets the operator key create agencies and read the job codes; an agency key may not create agencies', async () => {
    const operator = server.operator();
    const { viewer } = await operator.data<{ viewer: { role: string } }>(VIEWER);
    expect(viewer.role).toBe('OPERATOR');
    const { createAgency } = await operator.data<{ createAgency: { name: string } }>(CREATE_AGENCY, {
      input: { name: 'Operator Made Agency', firstMemberEmail: 'owner@operator-made.test' },
    });
    expect(createAgency.name).toBe('Operator Made Agency');
    const jobCode = await createJobCode(server, 'Event Photographer');
    const { jobCodes } = await operator.data<{ jobCodes: { id: string; code: string }[] }>(JOB_CODES);
    expect(jobCodes).toContainEqual({ id: jobCode.id, code: jobCode.code });

    const { key } = await memberWithKey();
    const refused = await server.apiClient(key).request(CREATE_AGENCY, { input: { name: 'Not Allowed', firstMemberEmail: 'owner@not-allowed.test' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
