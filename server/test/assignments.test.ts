import { count, eq, sql } from 'drizzle-orm';
import { estimatePremium, formatCents, formatDateRange, TERMS, TERMS_VERSION } from '@coverline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, contractors, jobCodeRates, optIns } from '../src/db/schema.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { endFinishedAssignments } from '../src/modules/assignment-lifecycle/assignment-lifecycle.js';
import { approvedJobCategory, assignmentInput, catalogueJobCode, coveredAssignment, createAgency, createContractor, createFacility, createJobCode, createMasterPolicies, dayFromToday, signedInAgencyMember, signedInMemberOf } from './factories/index.js';

const CREATE = `mutation($input: CreateAssignmentInput!) {
  createAssignment(input: $input) { id status statusLabel nextStep optInRequired premiumCents payer effectiveDate endDate poNumber viewerCanCancel
    jobCategory { id status workState coverageTypes } statusHistory { fromStatus toStatus actorType } }
}`;

type Created = {
  createAssignment: {
    id: string;
    status: string;
    nextStep: string;
    optInRequired: boolean;
    premiumCents: number;
    payer: string;
    effectiveDate: string;
    endDate: string;
    viewerCanCancel: boolean;
    jobCategory: { id: string; status: string; workState: string };
    statusHistory: { fromStatus: string | null; toStatus: string; actorType: string }[];
  };
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

async function setUp() {
  const member = await signedInAgencyMember(server);
  const contractor = await createContractor(server, member.agency, { firstName: 'Jamie' });
  const category = await approvedJobCategory(server, member.agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
  const input = (overrides: Record<string, unknown> = {}) => assignmentInput(server, { contractorId: contractor.id, jobCategoryId: category.id }, overrides);
  return { ...member, contractor, category, input };
}

async function assignmentCount(agencyId: string) {
  const [row] = await server.db.select({ n: count() }).from(assignments).where(eq(assignments.agencyId, agencyId));
  return row?.n ?? 0;
}

async function create(client: GraphQLClient, input: Record<string, unknown>) {
  return client.request<Created>(CREATE, { input });
}

describe('createAssignment refuses bad input, names the field and writes nothing', () => {
  it.each([
    ['an effective date before today', { effectiveDate: -1 }, 'effectiveDate', /Coverage cannot be applied retroactively/, 'RETROACTIVE_COVERAGE'],
    ['an end date before the effective date', { endDate: 1 }, 'endDate', /on or after the effective date/, 'END_DATE_BEFORE_EFFECTIVE_DATE'],
    ['an end date more than a year after the effective date', { endDate: 3 + 367 }, 'endDate', /at most one year/, 'ASSIGNMENT_LONGER_THAN_ONE_YEAR'],
    ['a wage of zero', { wageCents: 0 }, 'wageCents', /positive amount/, undefined],
    ['a negative wage', { wageCents: -500 }, 'wageCents', /positive amount/, undefined],
    ['both a category and a new one', { newJobCategory: 'SET' }, 'jobCategoryId', /approved job category or propose/, undefined],
    ['a work state that is not a US state', { jobCategoryId: null, newJobCategory: 'PR' }, 'newJobCategory.workState', /US state/, undefined],
    ['a description of a few words', { description: 'Demo work.' }, 'description', /2–3 sentences/, undefined],
  ] as [string, { effectiveDate?: number; endDate?: number; newJobCategory?: string; [key: string]: unknown }, string, RegExp, string | undefined][])('%s', async (_name, change, field, message, reason) => {
    const { client, agency, input } = await setUp();
    const jobCode = await catalogueJobCode(server);
    const overrides: Record<string, unknown> = { ...change };
    if (typeof change.effectiveDate === 'number') overrides.effectiveDate = dayFromToday(server, change.effectiveDate);
    if (typeof change.endDate === 'number') overrides.endDate = dayFromToday(server, change.endDate);
    if (change.newJobCategory) overrides.newJobCategory = { jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: change.newJobCategory === 'SET' ? 'IL' : change.newJobCategory };
    const before = await assignmentCount(agency.id);
    const result = await create(client, input(overrides));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(errorReason(result)).toBe(reason);
    expect(await assignmentCount(agency.id)).toBe(before);
  });

  it('refuses a rejected job category, chosen or proposed again, as CATEGORY_NOT_APPROVED, and deciding it again as CATEGORY_ALREADY_DECIDED', async () => {
    const { client, agency, input } = await setUp();
    const proposed = await client.data<Created>(CREATE, {
      input: input({ jobCategoryId: null, newJobCategory: { jobCodeId: (await catalogueJobCode(server, 'security-guard')).id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' } }),
    });
    const categoryId = proposed.createAssignment.jobCategory.id;
    await server.operator().data(`mutation($id: ID!) { rejectJobCategory(id: $id) { status } }`, { id: categoryId });
    const before = await assignmentCount(agency.id);
    const refused = await create(client, input({ jobCategoryId: categoryId }));
    expect([errorCode(refused), errorField(refused), errorReason(refused)]).toEqual(['BAD_USER_INPUT', 'jobCategoryId', 'CATEGORY_NOT_APPROVED']);
    const proposedAgain = await create(client, input({ jobCategoryId: null, newJobCategory: { jobCodeId: (await catalogueJobCode(server, 'security-guard')).id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' } }));
    expect([errorCode(proposedAgain), errorField(proposedAgain), errorReason(proposedAgain)]).toEqual(['BAD_USER_INPUT', 'newJobCategory.jobCodeId', 'CATEGORY_NOT_APPROVED']);
    expect(await assignmentCount(agency.id)).toBe(before);
    const again = await server.operator().request(`mutation($id: ID!) { approveJobCategory(id: $id) { status } }`, { id: categoryId });
    expect([errorCode(again), errorField(again), errorReason(again)]).toEqual(['BAD_USER_INPUT', 'id', 'CATEGORY_ALREADY_DECIDED']);
  });

  it("refuses another agency's contractor, job category and facility as if they did not exist", async () => {
    const { client, agency, input } = await setUp();
    const other = await createAgency(server);
    const theirContractor = await createContractor(server, other);
    const theirCategory = await approvedJobCategory(server, other);
    const theirFacility = await createFacility(server, other);
    for (const [field, change] of [
      ['contractorId', { contractorId: theirContractor.id }],
      ['contractorId', { contractorId: '00000000-0000-4000-8000-000000000000' }],
      ['jobCategoryId', { jobCategoryId: theirCategory.id }],
      ['facilityId', { facilityId: theirFacility.id }],
    ] as const) {
      const result = await create(client, input(change));
      expect(errorField(result)).toBe(field);
    }
    expect(await assignmentCount(agency.id)).toBe(0);
  });
});

describe('ids', () => {
  it('name their rows in upper case as in lower case (a UUID is case-blind)', async () => {
    const { client, contractor, category, input } = await setUp();
    const created = await create(client, input({ contractorId: contractor.id.toUpperCase(), jobCategoryId: category.id.toUpperCase() }));
    expect(created.errors).toBeUndefined();
    const id = created.data?.createAssignment.id ?? '';
    const found = await client.data<{ contractor: { id: string; assignments: { id: string }[] } }>('query($id: ID!) { contractor(id: $id) { id assignments { id } } }', { id: contractor.id.toUpperCase() });
    expect(found.contractor).toEqual({ id: contractor.id, assignments: [{ id }] });
    const { assignment } = await client.data<{ assignment: { id: string } | null }>('query($id: ID!) { assignment(id: $id) { id } }', { id: id.toUpperCase() });
    expect(assignment).toEqual({ id });
  });
});

describe('the lifecycle by rule 3', () => {
  it('asks for an opt-in on the first assignment and emails the link; confirming binds agency-paid coverage', async () => {
    const { client, contractor, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input() });
    expect(created).toMatchObject({ status: 'AWAITING_OPT_IN', optInRequired: true, payer: 'AGENCY' });
    expect(created.nextStep).toMatch(/Opt-in link sent/);
    expect(created.statusHistory).toEqual([{ fromStatus: null, toStatus: 'AWAITING_OPT_IN', actorType: 'AGENCY_MEMBER' }]);

    const mail = await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ });
    expect(mail.text).toMatch(/ pays for this coverage: you pay nothing\./);
    const token = tokenIn(mail);
    const portal = server.client('contractor');
    const { optInForm } = await portal.data<{ optInForm: { completed: boolean; payer: string; contractor: { firstName: string; email: string }; assignments: { id: string; premiumCents: number }[] } }>(
      `query($t: String!) { optInForm(token: $t) { completed payer contractor { firstName email } assignments { id premiumCents } } }`,
      { t: token },
    );
    expect(optInForm).toMatchObject({ completed: false, payer: 'AGENCY', contractor: { firstName: 'Jamie', email: contractor.email } });
    expect(optInForm.assignments.map((a) => a.id)).toEqual([created.id]);

    const submit = `mutation($t: String!, $i: OptInInput!) { submitOptIn(token: $t, input: $i) { contractor { optInStatus } assignments { id status } } }`;
    const unsigned = await portal.request(submit, { t: token, i: { acceptTerms: true, signatureName: 'Someone Else' } });
    expect(errorField(unsigned)).toBe('signatureName');
    const noTerms = await portal.request(submit, { t: token, i: { acceptTerms: false, signatureName: 'Jamie Contractor' } });
    expect(errorField(noTerms)).toBe('acceptTerms');

    const { submitOptIn } = await portal.data<{ submitOptIn: { contractor: { optInStatus: string }; assignments: { status: string }[] } }>(submit, {
      t: token,
      i: { acceptTerms: true, signatureName: 'Jamie Contractor', phone: '(312) 555-0101' },
    });
    expect(submitOptIn).toEqual({ contractor: { optInStatus: 'OPTED_IN' }, assignments: [{ id: created.id, status: 'COVERED' }] });
    // The opt-in keeps the terms it accepted and what the form showed, with the correction.
    const optIn = await server.db.query.optIns.findFirst({ where: eq(optIns.contractorId, contractor.id) });
    const corrected = await server.db.query.contractors.findFirst({ where: eq(contractors.id, contractor.id) });
    expect(corrected?.phone).toBe('(312) 555-0101');
    expect(optIn).toMatchObject({ status: 'COMPLETED', termsVersion: TERMS_VERSION, signatureName: 'Jamie Contractor' });
    expect(optIn?.formSnapshot).toMatchObject({
      termsVersion: TERMS_VERSION,
      terms: TERMS,
      signatureName: 'Jamie Contractor',
      payer: 'AGENCY',
      corrections: { phone: '(312) 555-0101' },
      contractor: { firstName: 'Jamie', lastName: 'Contractor', email: contractor.email, phone: '(312) 555-0101', state: 'OH' },
      assignments: [{ id: created.id, jobName: 'Booth host', clientEntity: 'Meta', workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'], premiumCents: created.premiumCents }],
    });
    const acceptedAt = Date.parse((optIn?.formSnapshot as { acceptedAt: string }).acceptedAt);
    expect(Math.abs(acceptedAt - (optIn?.completedAt?.getTime() ?? 0))).toBeLessThan(1_000);
    const again = await portal.request(submit, { t: token, i: { acceptTerms: true, signatureName: 'Jamie Contractor' } });
    expect(errorField(again)).toBe('token');
    expect(errorReason(again)).toBe('OPT_IN_ALREADY_COMPLETED');
  });

  it('says in the opt-in email that the contractor pays, how much, and that they can opt out until the charge runs', async () => {
    const { client, contractor, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input({ payer: 'CONTRACTOR' }) });
    const mail = await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ });
    expect(mail.text).toContain(`You pay for this coverage: ${formatCents(created.premiumCents)}.`);
    expect(mail.text).toContain('until the charge runs you can opt out');
  });

  it('writes the dates of the opt-in email as the apps do ("Dec 4 – Dec 9, 2026"), never as ISO dates', async () => {
    const { client, contractor, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input() });
    const mail = await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ });
    expect(mail.text).toContain(`(${formatDateRange(created.effectiveDate, created.endDate)})`);
    expect(mail.text).toMatch(/\([A-Z][a-z]{2} \d{1,2}(, \d{4})? – [A-Z][a-z]{2} \d{1,2}, \d{4}\)|\([A-Z][a-z]{2} \d{1,2}, \d{4}\)/);
    expect(mail.text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('needs no opt-in for a repeat assignment with the same category, coverage and state, and one when the state changes', async () => {
    const { client, agency, contractor, input } = await setUp();
    const first = await client.data<Created>(CREATE, { input: input() });
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
    await server.client('contractor').data(`mutation($t: String!) { submitOptIn(token: $t, input: { acceptTerms: true, signatureName: "Jamie Contractor" }) { contractor { id } } }`, { t: token });

    const repeat = await client.data<Created>(CREATE, { input: input({ effectiveDate: dayFromToday(server, 10), endDate: dayFromToday(server, 11) }) });
    expect(repeat.createAssignment).toMatchObject({ status: 'COVERED', optInRequired: false });
    expect(repeat.createAssignment.nextStep).toMatch(/Covered/);

    const elsewhere = await approvedJobCategory(server, agency, { workState: 'CA', coverageTypes: ['GENERAL_LIABILITY'] });
    const moved = await client.data<Created>(CREATE, { input: input({ jobCategoryId: elsewhere.id, effectiveDate: dayFromToday(server, 20), endDate: dayFromToday(server, 21) }) });
    expect(moved.createAssignment).toMatchObject({ status: 'AWAITING_OPT_IN', optInRequired: true });
    expect(first.createAssignment.id).not.toBe(moved.createAssignment.id);
  });

  it('holds an assignment with a new job category until an operator approves it, then moves it on by itself', async () => {
    const { client, contractor, input } = await setUp();
    const jobCode = await catalogueJobCode(server, 'security-guard');
    const { createAssignment: created } = await client.data<Created>(CREATE, {
      input: input({ jobCategoryId: null, newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'], workState: 'TX' } }),
    });
    expect(created).toMatchObject({ status: 'PENDING_APPROVAL', jobCategory: { status: 'PENDING_APPROVAL', workState: 'TX' } });
    expect(created.nextStep).toMatch(/Pending approval/);
    expect(server.inbox.to(contractor.email)).toHaveLength(0);

    const refused = await client.request(`mutation($id: ID!) { approveJobCategory(id: $id) { status } }`, { id: created.jobCategory.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');

    type Queue = { jobCategoriesAwaitingApproval: { edges: { node: { category: { id: string; workState: string }; agencyName: string; waitingAssignmentCount: number } }[] } };
    const QUEUE = `{ jobCategoriesAwaitingApproval(first: 100) { edges { node { category { id workState } agencyName waitingAssignmentCount } } } }`;
    const before = await server.operator().data<Queue>(QUEUE);
    const { agency } = await client.data<{ viewer: { agency: { name: string } } }>(`{ viewer { agency { name } } }`).then((data) => data.viewer);
    expect(before.jobCategoriesAwaitingApproval.edges.map((edge) => edge.node).find((entry) => entry.category.id === created.jobCategory.id)).toEqual({
      category: { id: created.jobCategory.id, workState: 'TX' },
      agencyName: agency.name,
      waitingAssignmentCount: 1,
    });

    const { approveJobCategory } = await server.operator().data<{ approveJobCategory: { status: string } }>(`mutation($id: ID!) { approveJobCategory(id: $id) { status } }`, { id: created.jobCategory.id });
    expect(approveJobCategory.status).toBe('APPROVED');
    const after = await server.operator().data<Queue>(QUEUE);
    expect(after.jobCategoriesAwaitingApproval.edges.map((edge) => edge.node.category.id)).not.toContain(created.jobCategory.id);
    const { assignment } = await client.data<{ assignment: { status: string; statusHistory: { toStatus: string; actorType: string }[] } }>(
      `query($id: ID!) { assignment(id: $id) { status statusHistory { toStatus actorType } } }`,
      { id: created.id },
    );
    expect(assignment.status).toBe('AWAITING_OPT_IN');
    expect(assignment.statusHistory.map((change) => change.toStatus)).toEqual(['PENDING_APPROVAL', 'AWAITING_OPT_IN']);
    expect(assignment.statusHistory[1]?.actorType).toBe('OPERATOR');
    await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ });
  });

  it('shows the premium of the rate table before anyone commits', async () => {
    const { client, category } = await setUp();
    const { estimatePremium: shown } = await client.data<{ estimatePremium: { totalCents: number } }>(
      `query($input: PremiumEstimateInput!) { estimatePremium(input: $input) { totalCents lines { coverageType cents } } }`,
      { input: { jobCategoryId: category.id, wageCents: 5_000_000 } },
    );
    const rates = await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, category.jobCode.id));
    const expected = estimatePremium({ wageCents: 5_000_000, coverageTypes: ['GENERAL_LIABILITY'], rates: rates.filter((r) => r.state === 'IL' && r.coverageType === 'GENERAL_LIABILITY') });
    expect(shown.totalCents).toBe(expected.totalCents);
  });

  it('refuses an estimate for a job code without a rate in the state as NO_RATE', async () => {
    const { client } = await setUp();
    const rateless = await createJobCode(server);
    const refused = await client.request(`query($input: PremiumEstimateInput!) { estimatePremium(input: $input) { totalCents } }`, {
      input: { jobCodeId: rateless.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'IL', wageCents: 100_000 },
    });
    expect([errorCode(refused), errorField(refused), errorReason(refused)]).toEqual(['BAD_USER_INPUT', 'jobCodeId', 'NO_RATE']);
  });
});

describe('changing an assignment', () => {
  it('extends the end date by at most a year, and tells the contractor', async () => {
    const { client, contractor, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input() });
    const extend = `mutation($id: ID!, $d: String!) { extendAssignment(id: $id, endDate: $d) { endDate } }`;
    const tooLong = await client.request(extend, { id: created.id, d: dayFromToday(server, 3 + 367) });
    expect([errorField(tooLong), errorReason(tooLong)]).toEqual(['endDate', 'ASSIGNMENT_LONGER_THAN_ONE_YEAR']);
    const earlier = await client.request(extend, { id: created.id, d: dayFromToday(server, 4) });
    expect([errorField(earlier), errorReason(earlier)]).toEqual(['endDate', 'END_DATE_NOT_LATER']);
    const { extendAssignment } = await client.data<{ extendAssignment: { endDate: string } }>(extend, { id: created.id, d: dayFromToday(server, 30) });
    expect(extendAssignment.endDate).toBe(dayFromToday(server, 30));
    await server.inbox.waitFor(contractor.email, { subject: /changed/ });
  });

  it('cancels only before the effective date, records who did it, and another agency cannot touch it', async () => {
    const { client, agency, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input() });
    expect(created.viewerCanCancel).toBe(true);
    const { client: other } = await signedInMemberOf(server, await createAgency(server));
    const cancel = `mutation($id: ID!) { cancelAssignment(id: $id, reason: "Client moved the event") { status statusHistory { toStatus reason } } }`;
    expect(errorCode(await other.request(cancel, { id: created.id }))).toBe('NOT_FOUND');
    expect((await other.data<{ assignment: unknown }>(`query($id: ID!) { assignment(id: $id) { id } }`, { id: created.id })).assignment).toBeNull();
    const overLong = await client.request(`mutation($id: ID!, $r: String) { cancelAssignment(id: $id, reason: $r) { status } }`, { id: created.id, r: 'x'.repeat(501) });
    expect([errorCode(overLong), errorField(overLong)]).toEqual(['BAD_USER_INPUT', 'reason']);
    const { cancelAssignment } = await client.data<{ cancelAssignment: { status: string; statusHistory: { toStatus: string; reason: string | null }[] } }>(cancel, { id: created.id });
    expect(cancelAssignment.status).toBe('CANCELLED');
    expect(cancelAssignment.statusHistory.at(-1)).toEqual({ toStatus: 'CANCELLED', reason: 'Client moved the event' });
    const cancelledAgain = await client.request(cancel, { id: created.id });
    expect([errorField(cancelledAgain), errorReason(cancelledAgain)]).toEqual(['id', 'ASSIGNMENT_CLOSED']);
    const extended = await client.request(`mutation($id: ID!, $d: String!) { extendAssignment(id: $id, endDate: $d) { endDate } }`, { id: created.id, d: dayFromToday(server, 30) });
    expect([errorField(extended), errorReason(extended)]).toEqual(['id', 'ASSIGNMENT_CLOSED']);
    expect(await assignmentCount(agency.id)).toBe(1);
  });

  it('refuses to cancel an assignment that starts today as ASSIGNMENT_ALREADY_STARTED, and leaves it as it was', async () => {
    const { client, input } = await setUp();
    const { createAssignment: created } = await client.data<Created>(CREATE, { input: input({ effectiveDate: dayFromToday(server, 0) }) });
    expect(created.viewerCanCancel).toBe(false);
    const refused = await client.request(`mutation($id: ID!) { cancelAssignment(id: $id) { status } }`, { id: created.id });
    expect([errorCode(refused), errorField(refused), errorReason(refused)]).toEqual(['BAD_USER_INPUT', 'id', 'ASSIGNMENT_ALREADY_STARTED']);
    const { assignment } = await client.data<{ assignment: { status: string } }>(`query($id: ID!) { assignment(id: $id) { status } }`, { id: created.id });
    expect(assignment.status).toBe(created.status);
  });
});

describe('the daily end of finished assignments', () => {
  async function covered(endInDays: number) {
    const { agency, contractor, category } = await setUp();
    const { assignment } = await coveredAssignment(server, {
      agencyId: agency.id,
      contractorId: contractor.id,
      jobCategoryId: category.id,
      effectiveDate: dayFromToday(server, endInDays - 5),
      endDate: dayFromToday(server, endInDays),
    });
    return assignment;
  }

  const statusOf = async (id: string) => (await server.db.select({ status: assignments.status }).from(assignments).where(eq(assignments.id, id)))[0]?.status;

  it("ends covered assignments whose end date has passed in the agency's time zone, not one that ends today", async () => {
    const [finished, endsToday] = [await covered(-1), await covered(0)];
    await endFinishedAssignments(server.coverline.deps);
    expect([await statusOf(finished.id), await statusOf(endsToday.id)]).toEqual(['ENDED', 'COVERED']);
  });

  it('leaves covered an assignment extended while the job was on its way to it', async () => {
    const assignment = await covered(-1);
    let ending: Promise<number> | undefined;
    await server.db.transaction(async (tx) => {
      await tx.execute(sql`select 1 from assignments where id = ${assignment.id} for update`);
      ending = endFinishedAssignments(server.coverline.deps);
      // The job has listed the assignment and waits for its row lock.
      for (let waited = 0; ; waited += 20) {
        const [row] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if ((row?.n ?? 0) > 0) break;
        if (waited > 10_000) throw new Error('the job never reached the lock');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await tx.update(assignments).set({ endDate: dayFromToday(server, 30) }).where(eq(assignments.id, assignment.id));
    });
    await ending;
    expect(await statusOf(assignment.id)).toBe('COVERED');
  });
});
