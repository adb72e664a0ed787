// A contractor's profile as the agency works on it: editing the details, archiving and restoring,
// the personal link, the work history with every certificate, the card on file, reminders (by hand
// and by the agency's schedule) and the settings they follow. Another agency reaches none of it.
import { and, eq } from 'drizzle-orm';
import { formatCents } from '@coverline/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, contractors, mailOutbox, optIns } from '../src/db/schema.js';
import { issueMissingOptInLinksForAll } from '../src/modules/auth/contractor-link.service.js';
import { sendAutomaticOptInReminders } from '../src/modules/opt-ins/opt-ins.service.js';
import { httpGet } from './support/downloads.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  addCard,
  approvedJobCategory,
  assignmentAwaitingOptIn,
  assignmentWithOptInRequested,
  contractorPayAgency,
  coveredAssignment,
  createAgency,
  createApiKey,
  createContractor,
  createMasterPolicies,
  createTeamMember,
  dayFromToday,
  moveTo,
  sessionClient,
  sessionHeaders,
  type AgencyFixture,
} from './factories/index.js';

const DAY = 86_400_000;

const PROFILE = `query($id: ID!) {
  contractor(id: $id) {
    id firstName lastName email phone state externalId archived archivedAt optInUrl canBeReminded
    paymentMethod { brand last4 expMonth expYear }
    reminders { kind scheduleDay sentByType sentByName sentAt }
    assignments { id jobName certificates { number status downloadUrl verifyUrl } }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateContractorInput!) { updateContractor(id: $id, input: $input) { id firstName lastName email phone state externalId } }`;
const ARCHIVE = `mutation($id: ID!) { archiveContractor(id: $id) { id archived archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreContractor(id: $id) { id archived archivedAt } }`;
const REMIND = `mutation($id: ID!) { sendOptInReminder(contractorId: $id) }`;
const REVOKE = `mutation($id: ID!) { revokeContractorLinks(contractorId: $id) }`;
const SETTINGS = `{ viewer { agency { settings { billingEmail defaultPayer timeZone reminderDays } } } }`;
const UPDATE_SETTINGS = `mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id settings { billingEmail defaultPayer timeZone reminderDays } } }`;
const EXTEND = `mutation($id: ID!, $end: String!) { extendAssignment(id: $id, endDate: $end) { id } }`;
const CREATE_ASSIGNMENT = `mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id status } }`;

type Reminder = { kind: string; scheduleDay: number | null; sentByType: string; sentByName: string | null; sentAt: string };
type Certificate = { number: string; status: string; downloadUrl: string; verifyUrl: string };
type Profile = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  state: string | null;
  externalId: string | null;
  archived: boolean;
  archivedAt: string | null;
  optInUrl: string | null;
  canBeReminded: boolean;
  paymentMethod: { brand: string; last4: string; expMonth: number | null; expYear: number | null } | null;
  reminders: Reminder[];
  assignments: { id: string; jobName: string; certificates: Certificate[] }[];
};

let server: TestServer;
let agency: AgencyFixture;
let repId: string;
let member: GraphQLClient;
let memberHeaders: Record<string, string>;
let outsiderHeaders: Record<string, string>;
let memberName: string;
let apiKeyClient: GraphQLClient;
let outsider: GraphQLClient;
let category: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
  agency = await createAgency(server, { name: 'Profile Staffing' });
  const rep = await createTeamMember(server, agency, { name: 'Robin Rep' });
  memberName = 'Robin Rep';
  repId = rep.id;
  member = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: agency.id });
  memberHeaders = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: agency.id });
  apiKeyClient = server.apiClient(await createApiKey(member));
  const other = await createAgency(server, { name: 'Other Staffing' });
  const otherRep = await createTeamMember(server, other);
  outsider = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: otherRep.id, agencyId: other.id });
  outsiderHeaders = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: otherRep.id, agencyId: other.id });
  category = await approvedJobCategory(server, agency);
}, 120_000);
afterAll(async () => server?.stop());

/** The rep signed in again: the schedule's tests move the clock past the first session's end. */
async function signInAgain() {
  member = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: repId, agencyId: agency.id });
}

async function profile(id: string, client = member): Promise<Profile> {
  const { contractor } = await client.data<{ contractor: Profile | null }>(PROFILE, { id });
  if (!contractor) throw new Error(`contractor ${id} not found`);
  return contractor;
}

function auditOf(contractorId: string, action: string) {
  return server.db.select().from(auditLog).where(and(eq(auditLog.targetId, contractorId), eq(auditLog.action, action)));
}

function remindersMailedTo(email: string) {
  return server.db.select().from(mailOutbox).where(and(eq(mailOutbox.to, email), eq(mailOutbox.subject, 'Reminder: confirm your coverage')));
}

/** A contractor of the agency whose opt-in was requested (with its link and email) now. */
async function contractorAwaitingOptIn(payer: 'AGENCY' | 'CONTRACTOR' = 'AGENCY') {
  const contractor = await createContractor(server, agency);
  const assignment = await assignmentWithOptInRequested(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, payer });
  return { contractor, assignment };
}

describe('updateContractor', () => {
  it('saves the changed details and audits each with its old and new value', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Dana', lastName: 'Old' });
    const { updateContractor } = await member.data<{ updateContractor: Profile }>(UPDATE, {
      id: contractor.id,
      input: { lastName: 'New', phone: '(614) 555-0100', state: 'oh', externalId: 'EXT-DANA' },
    });
    expect(updateContractor).toMatchObject({ firstName: 'Dana', lastName: 'New', phone: '(614) 555-0100', state: 'OH', externalId: 'EXT-DANA' });
    expect(await profile(contractor.id)).toMatchObject({ lastName: 'New', externalId: 'EXT-DANA' });
    const [entry, ...more] = await auditOf(contractor.id, 'contractor.update');
    expect(more).toHaveLength(0);
    expect(entry?.data).toEqual({
      changes: {
        lastName: { from: 'Old', to: 'New' },
        phone: { from: null, to: '(614) 555-0100' },
        externalId: { from: null, to: 'EXT-DANA' },
      },
    });
  });

  it('records nothing when nothing changes', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Same' });
    await member.data(UPDATE, { id: contractor.id, input: { firstName: 'Same', state: 'OH' } });
    expect(await auditOf(contractor.id, 'contractor.update')).toHaveLength(0);
  });

  it('clears an optional field given as null', async () => {
    const contractor = await createContractor(server, agency);
    await member.data(UPDATE, { id: contractor.id, input: { state: null } });
    expect((await profile(contractor.id)).state).toBeNull();
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['firstName', { firstName: null }],
    ['lastName', { lastName: '   ' }],
    ['state', { state: 'ZZ' }],
    ['postalCode', { postalCode: '123' }],
    ['phone', { phone: '12' }],
  ])('refuses a bad %s and changes nothing', async (field, input) => {
    const contractor = await createContractor(server, agency);
    const result = await member.request(UPDATE, { id: contractor.id, input: { ...input, city: 'Dayton' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).not.toMatch(/invalid input/i);
    expect(await profile(contractor.id)).toMatchObject({ firstName: contractor.firstName, email: contractor.email, state: 'OH' });
    expect(await auditOf(contractor.id, 'contractor.update')).toHaveLength(0);
  });

  it('refuses an external id another contractor of the agency has, naming them', async () => {
    const holder = await createContractor(server, agency, { firstName: 'Hold', lastName: 'Er' });
    await member.data(UPDATE, { id: holder.id, input: { externalId: 'EXT-TAKEN' } });
    const contractor = await createContractor(server, agency);
    const result = await member.request(UPDATE, { id: contractor.id, input: { externalId: 'EXT-TAKEN', lastName: 'Changed' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('externalId');
    expect(result.errors?.[0]?.message).toBe('Hold Er already has this external id.');
    expect(errorReason(result)).toBe('EXTERNAL_ID_TAKEN');
    expect((await profile(contractor.id)).lastName).toBe('Contractor');
    // Keeping one's own external id is no clash.
    await member.data(UPDATE, { id: holder.id, input: { externalId: 'EXT-TAKEN', lastName: 'Still' } });
  });

  it('gives the same external id to only one of two contractors edited at once; the other is told, not failed', async () => {
    const [first, second] = [await createContractor(server, agency), await createContractor(server, agency)];
    const results = await Promise.all([first, second].map((contractor) => member.request(UPDATE, { id: contractor.id, input: { externalId: 'EXT-RACE' } })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refused = results.find((result) => result.errors);
    expect(errorCode(refused ?? { status: 0 })).toBe('BAD_USER_INPUT');
    expect(errorField(refused ?? { status: 0 })).toBe('externalId');
    expect(errorReason(refused ?? { status: 0 })).toBe('EXTERNAL_ID_TAKEN');
    const rows = await server.db.select().from(contractors).where(and(eq(contractors.agencyId, agency.id), eq(contractors.externalId, 'EXT-RACE')));
    expect(rows).toHaveLength(1);
  });

  it('lets an agency API key edit, audited as the key', async () => {
    const contractor = await createContractor(server, agency);
    await apiKeyClient.data(UPDATE, { id: contractor.id, input: { city: 'Akron' } });
    const [entry] = await auditOf(contractor.id, 'contractor.update');
    expect(entry?.actorType).toBe('API_KEY');
  });

  it("treats another agency's contractor as not found, and leaves them unchanged", async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Mine' });
    const result = await outsider.request(UPDATE, { id: contractor.id, input: { firstName: 'Theirs' } });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect((await profile(contractor.id)).firstName).toBe('Mine');
    expect(errorCode(await member.request(UPDATE, { id: 'not-a-uuid', input: { firstName: 'X' } }))).toBe('NOT_FOUND');
  });
});

describe('archiveContractor and restoreContractor', () => {
  it('archives a contractor with nothing under way, refuses them new assignments, and restores them', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Arch', lastName: 'Ived' });
    const ended = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    await moveTo(server, ended, 'CANCELLED');
    const { archiveContractor } = await member.data<{ archiveContractor: Profile }>(ARCHIVE, { id: contractor.id });
    expect(archiveContractor.archived).toBe(true);
    expect(new Date(archiveContractor.archivedAt ?? '').getTime()).toBeGreaterThan(0);

    const input = {
      contractorId: contractor.id,
      jobCategoryId: category.id,
      clientEntity: 'Meta',
      jobName: 'Booth host',
      description: 'Greets visitors at the booth and runs the demos all day long.',
      effectiveDate: dayFromToday(server, 5),
      endDate: dayFromToday(server, 6),
      wageCents: 100_000,
    };
    const refused = await member.request(CREATE_ASSIGNMENT, { i: input });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorField(refused)).toBe('contractorId');
    expect(refused.errors?.[0]?.message).toBe('Arch Ived is archived: restore them before adding an assignment.');
    expect(errorReason(refused)).toBe('CONTRACTOR_ARCHIVED');
    expect((await profile(contractor.id)).assignments).toHaveLength(1);

    const { restoreContractor } = await member.data<{ restoreContractor: Profile }>(RESTORE, { id: contractor.id });
    expect(restoreContractor).toMatchObject({ archived: false, archivedAt: null });
    expect((await member.data<{ createAssignment: { id: string } }>(CREATE_ASSIGNMENT, { i: input })).createAssignment.id).toBeTruthy();
    expect(await auditOf(contractor.id, 'contractor.archive')).toHaveLength(1);
    expect(await auditOf(contractor.id, 'contractor.restore')).toHaveLength(1);
  });

  it('refuses to archive while an assignment is under way, naming it', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Busy', lastName: 'Bee' });
    await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, jobName: 'Night shift RN' });
    await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, jobName: 'Day shift RN' });
    const result = await member.request(ARCHIVE, { id: contractor.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorReason(result)).toBe('CONTRACTOR_HAS_ASSIGNMENT_UNDER_WAY');
    expect(result.errors?.[0]?.message).toMatch(/^Busy Bee still has an assignment under way: (Night|Day) shift RN \(awaiting opt-in\) and 1 more\. Cancel it or let it end first\.$/i);
    expect((await profile(contractor.id)).archived).toBe(false);
  });

  it('archives once when two requests race, and answers both with the archived contractor', async () => {
    const contractor = await createContractor(server, agency);
    const results = await Promise.all([member.request(ARCHIVE, { id: contractor.id }), apiKeyClient.request(ARCHIVE, { id: contractor.id })]);
    for (const result of results) expect(result.data?.archiveContractor).toMatchObject({ archived: true });
    expect(await auditOf(contractor.id, 'contractor.archive')).toHaveLength(1);
    const archivedAts = results.map((result) => (result.data?.archiveContractor as { archivedAt: string }).archivedAt);
    expect(archivedAts[0]).toBe(archivedAts[1]);
  });

  it('never leaves an archived contractor with a new assignment when archiving races an assignment', async () => {
    const contractor = await createContractor(server, agency);
    const input = {
      contractorId: contractor.id,
      jobCategoryId: category.id,
      clientEntity: 'Meta',
      jobName: 'Racing host',
      description: 'Greets visitors at the booth and runs the demos all day long.',
      effectiveDate: dayFromToday(server, 5),
      endDate: dayFromToday(server, 6),
      wageCents: 100_000,
    };
    const [created, archived] = await Promise.all([member.request(CREATE_ASSIGNMENT, { i: input }), apiKeyClient.request(ARCHIVE, { id: contractor.id })]);
    const [row] = await server.db.select().from(contractors).where(eq(contractors.id, contractor.id));
    const assignments = (await profile(contractor.id)).assignments;
    // Exactly one wins: the assignment (and archiving is refused), or archiving (and the assignment is).
    expect([created.errors === undefined, archived.errors === undefined].filter(Boolean)).toHaveLength(1);
    expect(row?.archivedAt !== null).toBe(assignments.length === 0);
  });

  it("treats another agency's contractor as not found", async () => {
    const contractor = await createContractor(server, agency);
    expect(errorCode(await outsider.request(ARCHIVE, { id: contractor.id }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.request(RESTORE, { id: contractor.id }))).toBe('NOT_FOUND');
    expect((await profile(contractor.id)).archived).toBe(false);
  });
});

describe('the personal link', () => {
  it('is there for a contractor awaiting opt-in, and a revoked one is replaced by a new working link', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    const before = (await profile(contractor.id)).optInUrl;
    expect(before).toMatch(/\/contractor\/t\//);
    expect((await member.data<{ revokeContractorLinks: number }>(REVOKE, { id: contractor.id })).revokeContractorLinks).toBe(1);
    const after = (await profile(contractor.id)).optInUrl;
    expect(after).toMatch(/\/contractor\/t\//);
    expect(after).not.toBe(before);
    const token = (url: string) => decodeURIComponent(url.split('/contractor/t/')[1] ?? '');
    const form = `query($t: String!) { optInForm(token: $t) { completed } }`;
    expect((await server.client('contractor').data<{ optInForm: unknown }>(form, { t: token(after ?? '') })).optInForm).toEqual({ completed: false });
    expect((await server.client('contractor').data<{ optInForm: unknown }>(form, { t: token(before ?? '') })).optInForm).toBeNull();
  });

  it('is issued by the hourly job for an open opt-in that has none (loaded in bulk, or expired)', async () => {
    const contractor = await createContractor(server, agency);
    await server.db.insert(optIns).values({ agencyId: agency.id, contractorId: contractor.id, payer: 'AGENCY', createdAt: server.clock.now() });
    expect((await profile(contractor.id)).optInUrl).toBeNull();
    expect(await issueMissingOptInLinksForAll(server.coverline.deps)).toBeGreaterThanOrEqual(1);
    expect((await profile(contractor.id)).optInUrl).toMatch(/\/contractor\/t\//);
    expect(await issueMissingOptInLinksForAll(server.coverline.deps)).toBe(0);
  });
});

describe('the work history', () => {
  it('lists every certificate of an assignment, the replacement before the voided one, with download and verify links', async () => {
    const contractor = await createContractor(server, agency);
    const { assignment, certificate } = await coveredAssignment(server, {
      agencyId: agency.id,
      contractorId: contractor.id,
      jobCategoryId: category.id,
      effectiveDate: dayFromToday(server, 0),
      endDate: dayFromToday(server, 10),
    });
    await member.data(EXTEND, { id: assignment.id, end: dayFromToday(server, 20) });
    const [shown] = (await profile(contractor.id)).assignments;
    const [replacement, voided, ...none] = shown?.certificates ?? [];
    expect(none).toHaveLength(0);
    expect(voided).toMatchObject({ number: certificate.number, status: 'VOID' });
    expect(replacement?.status).toBe('VALID');
    expect(replacement?.number).not.toBe(certificate.number);
    expect(replacement?.verifyUrl).toBe(`${server.coverline.deps.config.publicUrl}/facility/verify/${encodeURIComponent(replacement?.number ?? '')}`);

    const pdf = await httpGet(server, new URL(replacement?.downloadUrl ?? '').pathname, memberHeaders);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: { status: string } }>(
      `query($n: String!) { verifyCertificate(number: $n) { status } }`,
      { n: voided?.number },
    );
    expect(verifyCertificate.status).toBe('VOID');
  });

  it("shows another agency neither the contractor nor the certificates", async () => {
    const contractor = await createContractor(server, agency);
    const { certificate } = await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
    expect((await outsider.data<{ contractor: unknown }>(PROFILE, { id: contractor.id })).contractor).toBeNull();
    const path = `/certificates/${encodeURIComponent(certificate.number)}.pdf`;
    expect((await httpGet(server, path, outsiderHeaders)).status).toBe(404);
  });
});

describe('the card on file', () => {
  it('shows brand, last 4 and expiry for a contractor who pays, and nothing for one who does not', async () => {
    const pay = await contractorPayAgency(server);
    const payRep = await createTeamMember(server, pay.agency);
    const payMember = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: payRep.id, agencyId: pay.agency.id });
    const contractor = await createContractor(server, pay.agency);
    const saved = await addCard(server, contractor, 'pm_card_mastercard');
    expect((await profile(contractor.id, payMember)).paymentMethod).toEqual({ brand: saved.brand, last4: saved.last4, expMonth: saved.expMonth, expYear: saved.expYear });
    expect((await profile(contractor.id, payMember)).paymentMethod?.last4).toMatch(/^\d{4}$/);
    expect((await profile((await createContractor(server, agency)).id)).paymentMethod).toBeNull();
    expect((await outsider.data<{ contractor: unknown }>(PROFILE, { id: contractor.id })).contractor).toBeNull();
  });
});

describe('reminders by hand', () => {
  it('emails the contractor and records who sent it: a member by name, an API key by its name', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    expect((await profile(contractor.id)).canBeReminded).toBe(true);
    expect((await member.data<{ sendOptInReminder: boolean }>(REMIND, { id: contractor.id })).sendOptInReminder).toBe(true);
    await server.inbox.waitFor(contractor.email, { subject: /^Reminder: confirm your coverage$/ });
    expect(await apiKeyClient.data(REMIND, { id: contractor.id })).toEqual({ sendOptInReminder: true });
    const { reminders } = await profile(contractor.id);
    expect(reminders.map(({ kind, sentByType, sentByName, scheduleDay }) => ({ kind, sentByType, sentByName, scheduleDay }))).toEqual([
      { kind: 'MANUAL', sentByType: 'API_KEY', sentByName: expect.stringMatching(/^Integration \d+$/), scheduleDay: null },
      { kind: 'MANUAL', sentByType: 'AGENCY_MEMBER', sentByName: memberName, scheduleDay: null },
    ]);
    expect(await remindersMailedTo(contractor.email)).toHaveLength(2);
  });

  it('says who pays, in the words of the opt-in email: the agency, or the contractor and how much', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    await member.data(REMIND, { id: contractor.id });
    const agencyPaid = await server.inbox.waitFor(contractor.email, { subject: /^Reminder: confirm your coverage$/ });
    expect(agencyPaid.text).toContain(`${agency.name} pays for this coverage: you pay nothing.`);

    const pay = await contractorPayAgency(server);
    const payRep = await createTeamMember(server, pay.agency);
    const payMember = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: payRep.id, agencyId: pay.agency.id });
    const payer = await createContractor(server, pay.agency);
    const { premiumCents } = await assignmentWithOptInRequested(server, { agencyId: pay.agency.id, contractorId: payer.id, jobCategoryId: pay.category.id, payer: 'CONTRACTOR' });
    await payMember.data(REMIND, { id: payer.id });
    const contractorPaid = await server.inbox.waitFor(payer.email, { subject: /^Reminder: confirm your coverage$/ });
    expect(contractorPaid.text).toContain(`You pay for this coverage: ${formatCents(premiumCents)}.`);
    expect(contractorPaid.text).toContain('until the charge runs you can opt out');
  });

  it('is not offered, and refused, when there is nothing to confirm', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Nothing' });
    expect((await profile(contractor.id)).canBeReminded).toBe(false);
    const result = await member.request(REMIND, { id: contractor.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Nothing has nothing to confirm right now.');
    expect(errorReason(result)).toBe('NOTHING_TO_CONFIRM');
    expect((await profile(contractor.id)).reminders).toEqual([]);
  });

  it('is refused for an archived contractor as CONTRACTOR_ARCHIVED, and sends nothing', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    await server.db.update(contractors).set({ archivedAt: server.clock.now() }).where(eq(contractors.id, contractor.id));
    const result = await member.request(REMIND, { id: contractor.id });
    expect([errorCode(result), errorField(result), errorReason(result)]).toEqual(['BAD_USER_INPUT', 'contractorId', 'CONTRACTOR_ARCHIVED']);
    expect((await profile(contractor.id)).reminders).toEqual([]);
  });

  it("leaves another agency's contractors alone, and shows them nobody's reminders", async () => {
    const { contractor } = await contractorAwaitingOptIn();
    await member.data(REMIND, { id: contractor.id });
    expect(errorCode(await outsider.request(REMIND, { id: contractor.id }))).toBe('NOT_FOUND');
    expect((await outsider.data<{ contractor: unknown }>(PROFILE, { id: contractor.id })).contractor).toBeNull();
    expect((await profile(contractor.id)).reminders).toHaveLength(1);
    expect(await remindersMailedTo(contractor.email)).toHaveLength(1);
  });
});

describe('reminders by schedule', () => {
  // Each test moves the clock forward for good; the opt-ins are made first, then the clock moves.
  const runReminders = () => sendAutomaticOptInReminders(server.coverline.deps);
  afterEach(signInAgain);

  it('reminds on days 2 and 5 after the link was sent, once each, and says so in the history', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    const completed = await contractorAwaitingOptIn();
    await server.db.update(optIns).set({ status: 'COMPLETED', completedAt: server.clock.now(), signatureName: 'Signed' }).where(eq(optIns.contractorId, completed.contractor.id));

    server.clock.advance(DAY + 23 * 3_600_000);
    await runReminders();
    expect(await remindersMailedTo(contractor.email)).toHaveLength(0);

    server.clock.advance(3_600_000);
    await runReminders();
    await runReminders();
    expect(await remindersMailedTo(contractor.email)).toHaveLength(1);
    await server.inbox.waitFor(contractor.email, { subject: /^Reminder: confirm your coverage$/ });

    server.clock.advance(3 * DAY);
    await runReminders();
    expect(await remindersMailedTo(contractor.email)).toHaveLength(2);
    server.clock.advance(10 * DAY);
    await runReminders();
    expect(await remindersMailedTo(contractor.email)).toHaveLength(2);
    await signInAgain();

    const { reminders, canBeReminded } = await profile(contractor.id);
    expect(canBeReminded).toBe(true);
    expect(reminders.map(({ kind, scheduleDay, sentByType, sentByName }) => ({ kind, scheduleDay, sentByType, sentByName }))).toEqual([
      { kind: 'AUTOMATIC', scheduleDay: 5, sentByType: 'SYSTEM', sentByName: null },
      { kind: 'AUTOMATIC', scheduleDay: 2, sentByType: 'SYSTEM', sentByName: null },
    ]);
    expect(await remindersMailedTo(completed.contractor.email)).toHaveLength(0);
    expect((await profile(completed.contractor.id)).reminders).toEqual([]);

    // The Activity page shows each automatic reminder, sent by the system, on the contractor's record.
    const { auditLog: activity } = await member.data<{ auditLog: { edges: { node: { action: string; actor: { type: string }; recordType: string; data: { scheduleDay: number } } }[] } }>(
      'query($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { edges { node { action actor { type } recordType data } } } }',
      { f: { recordType: 'contractor', recordId: contractor.id } },
    );
    expect(activity.edges.map(({ node }) => [node.action, node.actor.type, node.recordType, node.data.scheduleDay])).toEqual([
      ['opt_in.remind_automatically', 'SYSTEM', 'contractor', 5],
      ['opt_in.remind_automatically', 'SYSTEM', 'contractor', 2],
    ]);
  });

  it('sends one mail when two runs (two workers) go at once', async () => {
    const { contractor } = await contractorAwaitingOptIn();
    server.clock.advance(2 * DAY);
    await Promise.all([runReminders(), runReminders(), runReminders()]);
    expect(await remindersMailedTo(contractor.email)).toHaveLength(1);
    await signInAgain();
    expect((await profile(contractor.id)).reminders).toHaveLength(1);
  });

  it("follows the agency's own schedule, and none for an archived contractor", async () => {
    const own = await createAgency(server, { name: 'Own Schedule' });
    const ownRep = await createTeamMember(server, own);
    const ownMember = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: ownRep.id, agencyId: own.id });
    await ownMember.data(UPDATE_SETTINGS, { i: { reminderDays: [1] } });
    const ownCategory = await approvedJobCategory(server, own);
    const contractor = await createContractor(server, own);
    await assignmentWithOptInRequested(server, { agencyId: own.id, contractorId: contractor.id, jobCategoryId: ownCategory.id });
    const archived = await createContractor(server, own);
    await assignmentWithOptInRequested(server, { agencyId: own.id, contractorId: archived.id, jobCategoryId: ownCategory.id });
    await server.db.update(contractors).set({ archivedAt: server.clock.now() }).where(eq(contractors.id, archived.id));

    server.clock.advance(DAY);
    await runReminders();
    expect(await remindersMailedTo(contractor.email)).toHaveLength(1);
    expect(await remindersMailedTo(archived.email)).toHaveLength(0);
    await signInAgain();
    const { contractor: shown } = await (await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: ownRep.id, agencyId: own.id })).data<{ contractor: Profile }>(PROFILE, { id: contractor.id });
    expect(shown.reminders.map((reminder) => reminder.scheduleDay)).toEqual([1]);
    expect((await member.data<{ contractor: unknown }>(PROFILE, { id: contractor.id })).contractor).toBeNull();
  });
});

describe('agency settings', () => {
  it('shows the defaults, saves any subset, and audits the changes', async () => {
    const own = await createAgency(server, { name: 'Settings Staffing', billingEmail: 'books@settings.test' });
    const rep = await createTeamMember(server, own);
    const client = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: own.id });
    const read = async () => (await client.data<{ viewer: { agency: { settings: unknown } } }>(SETTINGS)).viewer.agency.settings;
    expect(await read()).toEqual({ billingEmail: 'books@settings.test', defaultPayer: 'AGENCY', timeZone: 'America/New_York', reminderDays: [2, 5] });

    const { updateAgencySettings } = await client.data<{ updateAgencySettings: { settings: unknown } }>(UPDATE_SETTINGS, {
      i: { timeZone: 'America/Chicago', reminderDays: [7, 3, 1] },
    });
    expect(updateAgencySettings.settings).toEqual({ billingEmail: 'books@settings.test', defaultPayer: 'AGENCY', timeZone: 'America/Chicago', reminderDays: [1, 3, 7] });
    await client.data(UPDATE_SETTINGS, { i: { billingEmail: 'ap@settings.test', defaultPayer: 'CONTRACTOR' } });
    expect(await read()).toEqual({ billingEmail: 'ap@settings.test', defaultPayer: 'CONTRACTOR', timeZone: 'America/Chicago', reminderDays: [1, 3, 7] });

    const entries = await server.db.select().from(auditLog).where(and(eq(auditLog.agencyId, own.id), eq(auditLog.action, 'agency.configure')));
    expect(entries.map((entry) => entry.data)).toEqual(
      expect.arrayContaining([
        { changes: { timeZone: { from: 'America/New_York', to: 'America/Chicago' }, reminderDays: { from: [2, 5], to: [1, 3, 7] } } },
        { changes: { billingEmail: { from: 'books@settings.test', to: 'ap@settings.test' }, defaultPayer: { from: 'AGENCY', to: 'CONTRACTOR' } } },
      ]),
    );
    expect(entries).toHaveLength(2);
  });

  it.each([
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'Use an IANA time zone such as America/Chicago'],
    ['billingEmail', { billingEmail: 'nope' }, null],
    ['reminderDays', { reminderDays: [0, 3] }, 'Use whole days from 1 to 30'],
    ['reminderDays', { reminderDays: [31] }, 'Use whole days from 1 to 30'],
    ['reminderDays', { reminderDays: [1, 2, 3, 4, 5, 6] }, 'Choose at most 5 reminder days'],
    ['reminderDays', { reminderDays: [2, 2] }, 'Each reminder day can appear only once'],
  ])('refuses a bad %s and changes nothing', async (field, input, message) => {
    const own = await createAgency(server);
    const rep = await createTeamMember(server, own);
    const client = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: own.id });
    const result = await client.request(UPDATE_SETTINGS, { i: { ...input, defaultPayer: 'CONTRACTOR' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    if (message) expect(result.errors?.[0]?.message).toBe(message);
    expect((await client.data<{ viewer: { agency: { settings: { defaultPayer: string } } } }>(SETTINGS)).viewer.agency.settings.defaultPayer).toBe('AGENCY');
  });

  it("changes only the caller's agency, also from an API key", async () => {
    const own = await createAgency(server);
    const rep = await createTeamMember(server, own);
    const client = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: own.id });
    const key = server.apiClient(await createApiKey(client));
    await key.data(UPDATE_SETTINGS, { i: { timeZone: 'America/Denver' } });
    expect((await client.data<{ viewer: { agency: { settings: { timeZone: string } } } }>(SETTINGS)).viewer.agency.settings.timeZone).toBe('America/Denver');
    expect((await member.data<{ viewer: { agency: { settings: { timeZone: string } } } }>(SETTINGS)).viewer.agency.settings.timeZone).toBe('America/New_York');
  });
});
