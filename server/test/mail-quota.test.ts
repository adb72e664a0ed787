// Invitations and opt-in reminders count against the agency's hourly quota: over it, 429
// RATE_LIMITED, and nothing is written or mailed; another agency is not held to it.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMembers } from '../src/db/schema.js';
import { HOURLY_MAIL_QUOTA, type QuotaMail } from '../src/mail/sending-quota.js';
import { errorCode } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, assignmentWithOptInRequested, createAgency, createContractor, createFacility, signedInMemberOf } from './factories/index.js';

const INVITE = 'mutation($e: String!) { inviteTeamMember(email: $e) }';
const INVITE_TO_FACILITY = 'mutation($e: String!, $f: ID!) { inviteFacilityUser(email: $e, facilityId: $f) }';
const REMIND = 'mutation($c: ID!) { sendOptInReminder(contractorId: $c) }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
});
afterAll(async () => server?.stop());

/** Spends all but `left` of the agency's quota of `kind` for the current hour. */
async function spendQuota(agencyId: string, kind: QuotaMail, left: number) {
  const windowStart = new Date(Math.floor(server.clock.now().getTime() / 3_600_000) * 3_600_000);
  await server.db.execute(sql`
    insert into rate_limit_buckets (key, window_start, hits) values (${`mail:${kind}:agency:${agencyId}`}, ${windowStart.toISOString()}, ${HOURLY_MAIL_QUOTA[kind] - left})
    on conflict (key, window_start) do update set hits = excluded.hits`);
}

async function outboxTo(email: string): Promise<number> {
  const [row] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from mail_outbox where "to" = ${email}`);
  return row?.n ?? 0;
}

describe('the hourly mail quota', () => {
  it('lets the last invitation of the hour out, then refuses the next (429, nothing written or mailed), team and Hub alike', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const facility = await createFacility(server, agency);
    await spendQuota(agency.id, 'invitation', 1);
    expect((await client.data<{ inviteTeamMember: boolean }>(INVITE, { e: 'last.one@example.test' })).inviteTeamMember).toBe(true);

    const refused = await client.request(INVITE, { e: 'one.too.many@example.test' });
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/^Your agency has sent its 100 invitations for this hour\. Try again in \d+ minutes\.$/);
    expect(await server.db.select().from(teamMembers).where(and(eq(teamMembers.agencyId, agency.id), eq(teamMembers.email, 'one.too.many@example.test')))).toEqual([]);
    expect(await outboxTo('one.too.many@example.test')).toBe(0);
    expect(errorCode(await client.request(INVITE_TO_FACILITY, { e: 'hub.person@example.test', f: facility.id }))).toBe('RATE_LIMITED');
    expect(await outboxTo('hub.person@example.test')).toBe(0);

    const other = await createAgency(server);
    const { client: otherClient } = await signedInMemberOf(server, other);
    expect((await otherClient.data<{ inviteTeamMember: boolean }>(INVITE, { e: 'elsewhere@example.test' })).inviteTeamMember).toBe(true);

    // The next hour, the quota is back.
    server.clock.advance(3_600_000);
    expect((await client.data<{ inviteTeamMember: boolean }>(INVITE, { e: 'one.too.many@example.test' })).inviteTeamMember).toBe(true);
  });

  it('refuses an opt-in reminder over the quota, and records none', async () => {
    const agency = await createAgency(server);
    const { client } = await signedInMemberOf(server, agency);
    const contractor = await createContractor(server, agency, { email: 'waiting@example.test' });
    const category = await approvedJobCategory(server, agency);
    await assignmentWithOptInRequested(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    const before = await outboxTo('waiting@example.test');
    await spendQuota(agency.id, 'reminder', 0);
    const refused = await client.request(REMIND, { c: contractor.id });
    expect([refused.status, errorCode(refused)]).toEqual([429, 'RATE_LIMITED']);
    expect(await outboxTo('waiting@example.test')).toBe(before);
    const [reminders] = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from opt_in_reminders where contractor_id = ${contractor.id}`);
    expect(reminders?.n).toBe(0);
  });
});
