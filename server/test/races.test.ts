// The changes two people (or one impatient integration) make at the same instant, each fired
// concurrently round after round: exactly one wins and the others are refused with the field and a
// reason, or, where the same calls made one after another would all succeed (a resent invitation, an
// extension before a cancellation), the final state is the one that serial order gives. Each change
// that went through leaves one audit row. The figures (calls, calls through) are printed.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { addDays } from '@coverline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, authTokens, contractors, jobCategories, mailOutbox, teamMembers, webhookEvents } from '../src/db/schema.js';
import { errorCode, errorField, errorReason, type GraphQLClient, type GraphQLResult } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, assignmentAwaitingOptIn, catalogueJobCode, createAgency, createContractor, dayFromToday, signedInMemberOf } from './factories/index.js';
import { next } from './factories/sequence.js';

const ROUNDS = 4;
const APPROVE = 'mutation($id: ID!) { approveJobCategory(id: $id) { id status } }';
const REJECT = 'mutation($id: ID!) { rejectJobCategory(id: $id) { id status } }';
const CANCEL = 'mutation($id: ID!) { cancelAssignment(id: $id) { id status } }';
const EXTEND = 'mutation($id: ID!, $d: String!) { extendAssignment(id: $id, endDate: $d) { id endDate } }';
const CREATE_CONTRACTOR = 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }';
const INVITE = 'mutation($e: String!) { inviteTeamMember(email: $e) }';

let server: TestServer;
let agency: { id: string };
let member: GraphQLClient;
let secondTab: GraphQLClient;
let category: { id: string };

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  agency = await createAgency(server, { name: 'Race Staffing' });
  ({ client: member } = await signedInMemberOf(server, agency));
  ({ client: secondTab } = await signedInMemberOf(server, agency));
  category = await approvedJobCategory(server, agency);
});
/** Per race: concurrent calls made and calls that went through, printed at the end. */
const figures: Record<string, { calls: number; through: number }> = {};
afterAll(async () => {
  console.log(`races: ${Object.entries(figures).map(([race, { calls, through }]) => `${race} ${through}/${calls} through`).join('; ')}`);
  await server?.stop();
});

/** Fires `calls` at once and counts them under `race`. */
async function race(name: string, calls: Promise<GraphQLResult>[]): Promise<GraphQLResult[]> {
  const results = await Promise.all(calls);
  const entry = (figures[name] ??= { calls: 0, through: 0 });
  entry.calls += results.length;
  entry.through += succeeded(results).length;
  return results;
}

const succeeded = (results: GraphQLResult[]) => results.filter((result) => !result.errors);
const refused = (results: GraphQLResult[]) => results.filter((result) => result.errors);

function auditRows(targetId: string, actions: string[]) {
  return server.db.select().from(auditLog).where(and(eq(auditLog.targetId, targetId), inArray(auditLog.action, actions))).orderBy(asc(auditLog.id));
}

/** A category awaiting the operator's decision, of an agency of its own (an agency has one category per job code, state and coverage). */
async function proposedCategory() {
  const jobCode = await catalogueJobCode(server);
  const owner = await createAgency(server);
  const [category] = await server.db.insert(jobCategories).values({ agencyId: owner.id, jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX', status: 'PENDING_APPROVAL' }).returning();
  return category!;
}

describe('approveJobCategory against rejectJobCategory', () => {
  it.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))('round %i: one decision stands, the other is refused as already decided', async () => {
    const category = await proposedCategory();
    const [approved, rejected] = await race('approve vs reject', [server.operator().request(APPROVE, { id: category.id }), server.operator().request(REJECT, { id: category.id })]);
    expect(succeeded([approved!, rejected!])).toHaveLength(1);
    const [loser] = refused([approved!, rejected!]);
    expect([errorCode(loser!), errorField(loser!), errorReason(loser!)]).toEqual(['BAD_USER_INPUT', 'id', 'CATEGORY_ALREADY_DECIDED']);
    const winner = approved!.errors ? 'REJECTED' : 'APPROVED';
    const stored = await server.db.query.jobCategories.findFirst({ where: eq(jobCategories.id, category.id) });
    expect(stored?.status).toBe(winner);
    expect((await auditRows(category.id, ['job_category.approve', 'job_category.reject'])).map((row) => row.action)).toEqual([winner === 'APPROVED' ? 'job_category.approve' : 'job_category.reject']);
  });
});

describe('eight approvals of one category at once', () => {
  it('approve it once: one success, seven refusals, one audit row, one webhook event', async () => {
    const category = await proposedCategory();
    const results = await race('8 approvals', Array.from({ length: 8 }, () => server.operator().request(APPROVE, { id: category.id })));
    expect(succeeded(results)).toHaveLength(1);
    expect(refused(results).map((result) => [errorCode(result), errorField(result), errorReason(result)])).toEqual(Array(7).fill(['BAD_USER_INPUT', 'id', 'CATEGORY_ALREADY_DECIDED']));
    expect(await auditRows(category.id, ['job_category.approve'])).toHaveLength(1);
    const events = await server.db.select().from(webhookEvents).where(and(eq(webhookEvents.agencyId, category.agencyId), eq(webhookEvents.type, 'category.approved')));
    expect(events).toHaveLength(1);
  });
});

describe('cancelAssignment against extendAssignment', () => {
  // Serially, extend-then-cancel lets both through and cancel-then-extend refuses the extension: the
  // cancellation always wins, once, and the extension either lands before it or not at all.
  it.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))('round %i: cancelled once; the extension lands before the cancellation or is refused as closed', async () => {
    const contractor = await createContractor(server, agency);
    const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, effectiveDate: dayFromToday(server, 5), endDate: dayFromToday(server, 20) });
    const newEnd = addDays(assignment.endDate, 10);
    const [cancelled, extended] = await race('cancel vs extend', [member.request(CANCEL, { id: assignment.id }), secondTab.request(EXTEND, { id: assignment.id, d: newEnd })]);
    expect(cancelled!.errors).toBeUndefined();
    if (extended!.errors) expect([errorCode(extended!), errorField(extended!), errorReason(extended!)]).toEqual(['BAD_USER_INPUT', 'id', 'ASSIGNMENT_CLOSED']);
    const stored = await server.db.query.assignments.findFirst({ where: eq(assignments.id, assignment.id) });
    expect(stored).toMatchObject({ status: 'CANCELLED', endDate: extended!.errors ? assignment.endDate : newEnd });
    const audit = await auditRows(assignment.id, ['assignment.status_change', 'assignment.extend']);
    const cancellation = audit.filter((row) => row.action === 'assignment.status_change' && row.data.to === 'CANCELLED');
    expect(cancellation).toHaveLength(1);
    expect(audit.filter((row) => row.action === 'assignment.extend').map((row) => row.data)).toEqual(extended!.errors ? [] : [{ from: assignment.endDate, to: newEnd }]);
    // Both through: the extension committed first (its row lock held the cancellation back).
    if (!extended!.errors) expect(audit.findIndex((row) => row.action === 'assignment.extend')).toBeLessThan(audit.indexOf(cancellation[0]!));
  });
});

describe('createContractor with one external id, eight at once', () => {
  it.each(Array.from({ length: 2 }, (_, round) => round + 1))('round %i: one contractor is created; the others are told the external id is taken', async () => {
    const externalId = `EXT-RACE-${next()}`;
    const results = await race(
      'createContractor, one externalId',
      Array.from({ length: 8 }, (_, n) => (n % 2 ? member : secondTab).request(CREATE_CONTRACTOR, { i: { firstName: 'Racer', lastName: `Number${n}`, email: `racer${next()}@example.com`, externalId } })),
    );
    expect(succeeded(results)).toHaveLength(1);
    expect(refused(results).map((result) => [errorCode(result), errorField(result), errorReason(result)])).toEqual(Array(7).fill(['BAD_USER_INPUT', 'externalId', 'EXTERNAL_ID_TAKEN']));
    const created = await server.db.select().from(contractors).where(and(eq(contractors.agencyId, agency.id), eq(contractors.externalId, externalId)));
    expect(created).toHaveLength(1);
    expect(await auditRows(created[0]!.id, ['contractor.create'])).toHaveLength(1);
  });
});

describe('inviteTeamMember with one email, eight at once', () => {
  // An invitation already pending is sent again (a serial second invite succeeds): what must hold is
  // one member, one working link, and one audit row and one mail per invitation that went through.
  it.each(Array.from({ length: 2 }, (_, round) => round + 1))('round %i: one invited member with one working link; the rest resent or refused on the email', async () => {
    const email = `newcomer${next()}@race.test`;
    const results = await race('inviteTeamMember, one email', Array.from({ length: 8 }, (_, n) => (n % 2 ? member : secondTab).request(INVITE, { e: email })));
    for (const result of refused(results)) expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'email']);
    const invited = await server.db.select().from(teamMembers).where(and(eq(teamMembers.agencyId, agency.id), eq(teamMembers.email, email)));
    expect(invited).toHaveLength(1);
    expect(invited[0]?.status).toBe('INVITED');
    const links = await server.db
      .select()
      .from(authTokens)
      .where(and(eq(authTokens.teamMemberId, invited[0]!.id), eq(authTokens.purpose, 'TEAM_INVITATION'), isNull(authTokens.revokedAt), isNull(authTokens.usedAt)));
    expect(links).toHaveLength(1);
    const through = succeeded(results).length;
    expect(through).toBeGreaterThanOrEqual(1);
    expect(await auditRows(invited[0]!.id, ['team_member.invite'])).toHaveLength(through);
    expect(await server.db.select().from(mailOutbox).where(eq(mailOutbox.to, email))).toHaveLength(through);
  });
});
