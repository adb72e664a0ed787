// An agency's settings (billing, the default PO contact, payer, time zone, reminders, the coverage
// requirements): every field round-trips and is audited, bad input names its field and changes
// nothing, another agency sees none of it; the requirements refuse an assignment (form and import),
// the default PO contact receives a new PO number's invoices, and an operator creates an agency
// with its settings.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, agencySettings, assignments, auditLog, jobCategories, purchaseOrders, teamMembers } from '../src/db/schema.js';
import { errorCode, errorField, errorReason, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  catalogueJobCode,
  coveredAssignment,
  createAgency,
  createContractor,
  createMasterPolicies,
  dayFromToday,
  signedInMemberOf,
} from './factories/index.js';

const SETTINGS_FIELDS = `billingEmail defaultPoContactEmail defaultPayer timeZone reminderDays
  generalLiability { required eachOccurrenceCents aggregateCents }
  workersCompensation { required employersLiabilityEachAccidentCents employersLiabilityDiseaseEachEmployeeCents employersLiabilityDiseasePolicyLimitCents }`;
const READ = `{ viewer { agency { id name settings { ${SETTINGS_FIELDS} } } } }`;
const UPDATE = `mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id settings { ${SETTINGS_FIELDS} } } }`;
const CREATE_ASSIGNMENT = 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }';
const IMPORT = 'mutation($csv: String!) { importContractors(csv: $csv) { imported assignmentsCreated errors { line column message } } }';
const CREATE_AGENCY = `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name } }`;

type Settings = {
  billingEmail: string | null;
  defaultPoContactEmail: string | null;
  defaultPayer: string;
  timeZone: string;
  reminderDays: number[];
  generalLiability: { required: boolean; eachOccurrenceCents: number | null; aggregateCents: number | null };
  workersCompensation: {
    required: boolean;
    employersLiabilityEachAccidentCents: number | null;
    employersLiabilityDiseaseEachEmployeeCents: number | null;
    employersLiabilityDiseasePolicyLimitCents: number | null;
  };
};

const NO_WC = { required: false, employersLiabilityEachAccidentCents: null, employersLiabilityDiseaseEachEmployeeCents: null, employersLiabilityDiseasePolicyLimitCents: null };
const MILLION = 1_000_000_00;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // GL $1.5M each occurrence / $3M aggregate; WC employer's liability $500k / $600k / $700k.
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

async function agencyWithRep(overrides: Parameters<typeof createAgency>[1] = {}) {
  const agency = await createAgency(server, overrides);
  const { client } = await signedInMemberOf(server, agency);
  return { agency, client };
}

const readSettings = async (client: GraphQLClient) => (await client.data<{ viewer: { agency: { settings: Settings } } }>(READ)).viewer.agency.settings;
const update = (client: GraphQLClient, input: Record<string, unknown>) => client.request<{ updateAgencySettings: { settings: Settings } }>(UPDATE, { i: input });
const auditEntries = (agencyId: string) =>
  server.db.select({ data: auditLog.data }).from(auditLog).where(and(eq(auditLog.agencyId, agencyId), eq(auditLog.action, 'agency.configure'))).orderBy(auditLog.createdAt);

describe('updateAgencySettings', () => {
  it('round-trips every field, keeps what is left out, and audits each changed column with its old and new value', async () => {
    const { agency, client } = await agencyWithRep({ billingEmail: 'books@roundtrip.test' });
    expect(await readSettings(client)).toEqual({
      billingEmail: 'books@roundtrip.test',
      defaultPoContactEmail: null,
      defaultPayer: 'AGENCY',
      timeZone: 'America/New_York',
      reminderDays: [2, 5],
      generalLiability: { required: true, eachOccurrenceCents: null, aggregateCents: null },
      workersCompensation: NO_WC,
    });

    const everything = {
      billingEmail: 'AP@Roundtrip.test',
      defaultPoContactEmail: 'po@roundtrip.test',
      defaultPayer: 'CONTRACTOR',
      timeZone: 'America/Los_Angeles',
      reminderDays: [7, 1],
      generalLiability: { required: true, eachOccurrenceCents: MILLION, aggregateCents: 2 * MILLION },
      workersCompensation: { required: true, employersLiabilityEachAccidentCents: 500_000_00, employersLiabilityDiseaseEachEmployeeCents: 500_000_00, employersLiabilityDiseasePolicyLimitCents: MILLION },
    };
    const saved = await update(client, everything);
    const expected = { ...everything, billingEmail: 'ap@roundtrip.test', reminderDays: [1, 7] };
    expect(saved.data?.updateAgencySettings.settings).toEqual(expected);
    expect(await readSettings(client)).toEqual(expected);

    // One field changed: the others stay; the same values again change nothing and audit nothing.
    await update(client, { timeZone: 'America/Chicago', billingEmail: null });
    await update(client, { timeZone: 'America/Chicago', defaultPayer: 'CONTRACTOR' });
    expect(await readSettings(client)).toEqual({ ...expected, timeZone: 'America/Chicago' });

    const entries = await auditEntries(agency.id);
    expect(entries.map((entry) => entry.data)).toEqual([
      {
        changes: {
          billingEmail: { from: 'books@roundtrip.test', to: 'ap@roundtrip.test' },
          defaultPoContactEmail: { from: null, to: 'po@roundtrip.test' },
          defaultPayer: { from: 'AGENCY', to: 'CONTRACTOR' },
          timeZone: { from: 'America/New_York', to: 'America/Los_Angeles' },
          reminderDays: { from: [2, 5], to: [1, 7] },
          glEachOccurrenceCents: { from: null, to: MILLION },
          glAggregateCents: { from: null, to: 2 * MILLION },
          requiresWorkersCompensation: { from: false, to: true },
          wcElEachAccidentCents: { from: null, to: 500_000_00 },
          wcElDiseaseEachEmployeeCents: { from: null, to: 500_000_00 },
          wcElDiseasePolicyLimitCents: { from: null, to: MILLION },
        },
      },
      { changes: { timeZone: { from: 'America/Los_Angeles', to: 'America/Chicago' } } },
    ]);
  });

  it('clears the billing email and the default PO contact with an empty string, and a requirement given replaces all of it', async () => {
    const { client } = await agencyWithRep({ billingEmail: 'books@clear.test' });
    await update(client, { defaultPoContactEmail: 'po@clear.test', generalLiability: { required: true, eachOccurrenceCents: MILLION, aggregateCents: 2 * MILLION } });
    await update(client, { billingEmail: '', defaultPoContactEmail: '', generalLiability: { required: false } });
    const settings = await readSettings(client);
    expect(settings.billingEmail).toBeNull();
    expect(settings.defaultPoContactEmail).toBeNull();
    expect(settings.generalLiability).toEqual({ required: false, eachOccurrenceCents: null, aggregateCents: null });
  });

  it.each([
    ['billingEmail', { billingEmail: 'not-an-email' }],
    ['defaultPoContactEmail', { defaultPoContactEmail: 'po@' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['reminderDays', { reminderDays: [0] }],
    ['generalLiability.eachOccurrenceCents', { generalLiability: { required: true, eachOccurrenceCents: 0 } }],
    ['generalLiability.eachOccurrenceCents', { generalLiability: { required: true, eachOccurrenceCents: 1_000_050 } }],
    ['generalLiability.aggregateCents', { generalLiability: { required: true, eachOccurrenceCents: 2 * MILLION, aggregateCents: MILLION } }],
    ['generalLiability.eachOccurrenceCents', { generalLiability: { required: false, eachOccurrenceCents: MILLION } }],
    ['workersCompensation.employersLiabilityDiseasePolicyLimitCents', { workersCompensation: { required: true, employersLiabilityDiseaseEachEmployeeCents: MILLION, employersLiabilityDiseasePolicyLimitCents: 500_000_00 } }],
    ['workersCompensation.employersLiabilityEachAccidentCents', { workersCompensation: { required: true, employersLiabilityEachAccidentCents: 20_000_100_00 } }],
  ])('refuses a bad %s, naming it, and changes nothing (not even the valid fields beside it)', async (field, input) => {
    const { agency, client } = await agencyWithRep();
    const before = await readSettings(client);
    const result = await update(client, { ...input, defaultPayer: 'CONTRACTOR' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0]?.message).toMatch(/\w/);
    expect(await readSettings(client)).toEqual(before);
    expect(await auditEntries(agency.id)).toEqual([]);
  });

  it('lands two concurrent changes of different fields, each audited against the value it replaced', async () => {
    const { agency, client } = await agencyWithRep({ billingEmail: 'books@race.test' });
    const other = (await signedInMemberOf(server, agency)).client;
    for (let round = 0; round < 5; round++) {
      const zone = round % 2 ? 'America/Denver' : 'America/Chicago';
      const email = `books${round}@race.test`;
      const results = await Promise.all([update(client, { timeZone: zone }), update(other, { billingEmail: email, workersCompensation: { required: round % 2 === 0 } })]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      const settings = await readSettings(client);
      expect([settings.timeZone, settings.billingEmail, settings.workersCompensation.required]).toEqual([zone, email, round % 2 === 0]);
    }
    // Each audit row's "from" is the value the previous change left: no change was lost between them.
    const timeZones = (await auditEntries(agency.id)).flatMap((entry) => {
      const changes = (entry.data as { changes: Record<string, { from: unknown; to: unknown }> }).changes;
      return changes.timeZone ? [changes.timeZone] : [];
    });
    expect(timeZones).toEqual([
      { from: 'America/New_York', to: 'America/Chicago' },
      { from: 'America/Chicago', to: 'America/Denver' },
      { from: 'America/Denver', to: 'America/Chicago' },
      { from: 'America/Chicago', to: 'America/Denver' },
      { from: 'America/Denver', to: 'America/Chicago' },
    ]);
  });

  it("changes only the caller's agency: another agency's settings stay as they were and never show", async () => {
    const own = await agencyWithRep({ billingEmail: 'books@own.test' });
    const other = await agencyWithRep({ billingEmail: 'books@other.test' });
    const otherBefore = await readSettings(other.client);
    await update(own.client, { billingEmail: 'new@own.test', defaultPoContactEmail: 'po@own.test', workersCompensation: { required: true }, timeZone: 'Pacific/Honolulu' });

    expect(await readSettings(other.client)).toEqual(otherBefore);
    const [otherRow] = await server.db.select().from(agencySettings).where(eq(agencySettings.agencyId, other.agency.id));
    expect(otherRow).toMatchObject({ billingEmail: 'books@other.test', defaultPoContactEmail: null, requiresWorkersCompensation: false, timeZone: 'America/New_York' });
    expect(await auditEntries(other.agency.id)).toEqual([]);
    // The viewer's agency is the only way to the settings, and it is one's own.
    const seen = (await other.client.data<{ viewer: { agency: { id: string } } }>(READ)).viewer.agency;
    expect(seen.id).toBe(other.agency.id);
    expect(JSON.stringify(await readSettings(other.client))).not.toContain('own.test');
  });
});

describe('masterPolicyLimits', () => {
  it("answers the limits of Coverline's policies in force today", async () => {
    const { client } = await agencyWithRep();
    const { masterPolicyLimits } = await client.data<{ masterPolicyLimits: unknown }>(`{ masterPolicyLimits {
      generalLiability { eachOccurrenceCents aggregateCents }
      workersCompensation { employersLiabilityEachAccidentCents employersLiabilityDiseaseEachEmployeeCents employersLiabilityDiseasePolicyLimitCents } } }`);
    expect(masterPolicyLimits).toEqual({
      generalLiability: { eachOccurrenceCents: 1_500_000_00, aggregateCents: 3_000_000_00 },
      workersCompensation: { employersLiabilityEachAccidentCents: 500_000_00, employersLiabilityDiseaseEachEmployeeCents: 600_000_00, employersLiabilityDiseasePolicyLimitCents: 700_000_00 },
    });
  });
});

describe('the coverage requirements refuse an assignment that misses them', () => {
  async function agencyRequiring(requirements: Record<string, unknown>) {
    const { agency, client } = await agencyWithRep();
    const saved = await update(client, requirements);
    expect(saved.errors).toBeUndefined();
    const contractor = await createContractor(server, agency, { firstName: 'Jamie' });
    const jobCode = await catalogueJobCode(server);
    const input = (choice: Record<string, unknown>) => ({
      contractorId: contractor.id,
      clientEntity: 'Meta',
      jobName: 'Booth host',
      description: 'Greets visitors at the client booth and runs product demos for two days.',
      effectiveDate: dayFromToday(server, 3),
      endDate: dayFromToday(server, 5),
      wageCents: 150_000,
      ...choice,
    });
    const counts = async () => {
      const [assignmentRows] = await server.db.select({ n: count() }).from(assignments).where(eq(assignments.agencyId, agency.id));
      const [categoryRows] = await server.db.select({ n: count() }).from(jobCategories).where(eq(jobCategories.agencyId, agency.id));
      return { assignments: assignmentRows?.n, categories: categoryRows?.n };
    };
    return { agency, client, jobCode, input, counts };
  }

  it("refuses a proposal of General Liability only when Workers' Compensation is required, on coverageTypes, and proposes no category", async () => {
    const { client, jobCode, input, counts } = await agencyRequiring({ workersCompensation: { required: true } });
    const before = await counts();
    const result = await client.request(CREATE_ASSIGNMENT, { input: input({ newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' } }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('newJobCategory.coverageTypes');
    expect(errorReason(result)).toBe('COVERAGE_REQUIREMENT_NOT_MET');
    expect(result.errors?.[0]?.message).toBe("Your agency requires Workers' Compensation on every assignment.");
    expect(await counts()).toEqual(before);

    const met = await client.request<{ createAssignment: { status: string } }>(CREATE_ASSIGNMENT, {
      input: input({ newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'], workState: 'TX' } }),
    });
    expect(met.errors).toBeUndefined();
    expect(met.data?.createAssignment.status).toBe('PENDING_APPROVAL');
  });

  it('refuses an approved category below a required limit, naming what the policy provides', async () => {
    const { agency, client, input, counts } = await agencyRequiring({ generalLiability: { required: true, eachOccurrenceCents: 2 * MILLION, aggregateCents: 3 * MILLION } });
    const category = await approvedJobCategory(server, agency, { coverageTypes: ['GENERAL_LIABILITY'] });
    const before = await counts();
    const result = await client.request(CREATE_ASSIGNMENT, { input: input({ jobCategoryId: category.id }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('jobCategoryId');
    expect(errorReason(result)).toBe('COVERAGE_REQUIREMENT_NOT_MET');
    expect(result.errors?.[0]?.message).toBe("Your agency requires General Liability of $2,000,000 each occurrence; Coverline's policy provides $1,500,000.");
    expect(await counts()).toEqual(before);

    await update(client, { generalLiability: { required: true, eachOccurrenceCents: 1_500_000_00, aggregateCents: 3 * MILLION } });
    const met = await client.request(CREATE_ASSIGNMENT, { input: input({ jobCategoryId: category.id }) });
    expect(met.errors).toBeUndefined();
    expect((await counts()).assignments).toBe((before.assignments ?? 0) + 1);
  });

  it('refuses a General Liability requirement left out, and an employer\'s liability limit above the policy\'s', async () => {
    const { client, jobCode, input } = await agencyRequiring({
      generalLiability: { required: true },
      workersCompensation: { required: true, employersLiabilityEachAccidentCents: MILLION },
    });
    const wcOnly = await client.request(CREATE_ASSIGNMENT, { input: input({ newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['WORKERS_COMPENSATION'], workState: 'TX' } }) });
    expect(wcOnly.errors?.[0]?.message).toBe('Your agency requires General Liability on every assignment.');
    const both = await client.request(CREATE_ASSIGNMENT, { input: input({ newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'], workState: 'TX' } }) });
    expect(errorField(both)).toBe('newJobCategory.coverageTypes');
    expect(both.errors?.[0]?.message).toBe("Your agency requires employer's liability of $1,000,000 each accident; Coverline's policy provides $500,000.");
  });

  it('reports an import row that misses a requirement on its coverage_types column, and imports nothing', async () => {
    const { agency, client } = await agencyRequiring({ workersCompensation: { required: true } });
    const header = 'first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id,work_state,job_code,coverage_types,client_entity,job_name,description,effective_date,end_date,wage,payer,facility,po_number';
    const cells = (coverage: string) =>
      `TX,hospital-professional,${coverage},Northwind,Booth host,"Greets visitors at the client booth, and runs product demos for two days.",${dayFromToday(server, 3)},${dayFromToday(server, 30)},"1,500.00",agency,,`;
    const csv = [header, `Ana,Souza,ana.req@example.com,,,,,,R-1,${cells('GL+WC')}`, `Ben,Ray,ben.req@example.com,,,,,,R-2,${cells('GL')}`].join('\n');
    const { importContractors } = await client.data<{ importContractors: { imported: number; errors: { line: number; column: string | null; message: string }[] } }>(IMPORT, { csv });
    expect(importContractors.errors).toEqual([{ line: 3, column: 'coverage_types', message: "Your agency requires Workers' Compensation on every assignment." }]);
    expect(importContractors.imported).toBe(0);
    const [row] = await server.db.select({ n: count() }).from(assignments).where(eq(assignments.agencyId, agency.id));
    expect(row?.n).toBe(0);
  });

  it("does not apply one agency's requirements to another", async () => {
    await agencyRequiring({ workersCompensation: { required: true } });
    const { client, jobCode, input } = await agencyRequiring({});
    const result = await client.request(CREATE_ASSIGNMENT, { input: input({ newJobCategory: { jobCodeId: jobCode.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' } }) });
    expect(result.errors).toBeUndefined();
  });
});

describe('the default PO contact', () => {
  it("becomes the contact of a new PO number set without one, and receives that purchase order's invoice", async () => {
    const { agency, client } = await agencyWithRep({ billingEmail: 'books@po-default.test' });
    await update(client, { defaultPoContactEmail: 'purchasing@po-default.test' });
    const category = await approvedJobCategory(server, agency);
    const contractor = await createContractor(server, agency);
    const facts = (jobName: string) => ({ agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, effectiveDate: dayFromToday(server, 0), endDate: dayFromToday(server, 10), jobName, premiumCents: 2_000 });
    const defaulted = await coveredAssignment(server, facts('Defaulted'));
    const named = await coveredAssignment(server, facts('Named'));
    const setPo = 'mutation($ids: [ID!]!, $po: String!, $email: String) { setPoNumber(assignmentIds: $ids, poNumber: $po, poContactEmail: $email) { id } }';
    await client.data(setPo, { ids: [defaulted.assignment.id], po: 'PO-DEFAULT-1' });
    await client.data(setPo, { ids: [named.assignment.id], po: 'PO-NAMED-1', email: 'someone@po-default.test' });
    // A PO number that exists keeps its contact when set again without one.
    await client.data(setPo, { ids: [named.assignment.id], po: 'PO-NAMED-1' });
    const contacts = await server.db.select({ number: purchaseOrders.number, contactEmail: purchaseOrders.contactEmail }).from(purchaseOrders).where(eq(purchaseOrders.agencyId, agency.id));
    expect(contacts.sort((a, b) => a.number.localeCompare(b.number))).toEqual([
      { number: 'PO-DEFAULT-1', contactEmail: 'purchasing@po-default.test' },
      { number: 'PO-NAMED-1', contactEmail: 'someone@po-default.test' },
    ]);

    await client.data('mutation { issueInvoices { id } }');
    const mail = await server.inbox.waitFor('purchasing@po-default.test', { subject: /PO-DEFAULT-1/ });
    expect(mail.attachments).toHaveLength(1);
    await server.inbox.waitFor('books@po-default.test', { subject: /PO-DEFAULT-1/ });
    await server.inbox.waitFor('someone@po-default.test', { subject: /PO-NAMED-1/ });
    expect(server.inbox.messages.filter((message) => message.to.includes('purchasing@po-default.test') && /PO-NAMED-1/.test(message.subject))).toEqual([]);
  });
});

describe('the default PO contact on the assignment form', () => {
  it('becomes the contact of a new PO number entered on a new assignment', async () => {
    const { agency, client } = await agencyWithRep();
    await update(client, { defaultPoContactEmail: 'purchasing@form-po.test' });
    const category = await approvedJobCategory(server, agency);
    const contractor = await createContractor(server, agency);
    const created = await client.request(CREATE_ASSIGNMENT, {
      input: {
        contractorId: contractor.id,
        jobCategoryId: category.id,
        clientEntity: 'Meta',
        jobName: 'Booth host',
        description: 'Greets visitors at the client booth and runs product demos for two days.',
        effectiveDate: dayFromToday(server, 3),
        endDate: dayFromToday(server, 5),
        wageCents: 150_000,
        poNumber: 'PO-FROM-FORM',
      },
    });
    expect(created.errors).toBeUndefined();
    const contacts = await server.db.select({ number: purchaseOrders.number, contactEmail: purchaseOrders.contactEmail }).from(purchaseOrders).where(eq(purchaseOrders.agencyId, agency.id));
    expect(contacts).toEqual([{ number: 'PO-FROM-FORM', contactEmail: 'purchasing@form-po.test' }]);
  });
});

describe('createAgency (operator) with its settings', () => {
  it('stores every setting given, defaults the rest, audits them and invites the first member', async () => {
    const { createAgency: created } = await server.operator().data<{ createAgency: { id: string; name: string } }>(CREATE_AGENCY, {
      i: {
        name: 'First Day Staffing',
        firstMemberEmail: 'owner@first-day.test',
        defaultPoContactEmail: 'po@first-day.test',
        defaultPayer: 'CONTRACTOR',
        timeZone: 'America/Phoenix',
        reminderDays: [3],
        generalLiability: { required: true, eachOccurrenceCents: MILLION, aggregateCents: 2 * MILLION },
        workersCompensation: { required: true, employersLiabilityEachAccidentCents: MILLION },
      },
    });
    expect(created.name).toBe('First Day Staffing');
    const [row] = await server.db.select().from(agencySettings).where(eq(agencySettings.agencyId, created.id));
    expect(row).toMatchObject({
      billingEmail: 'owner@first-day.test',
      defaultPoContactEmail: 'po@first-day.test',
      defaultPayer: 'CONTRACTOR',
      timeZone: 'America/Phoenix',
      reminderDays: [3],
      requiresGeneralLiability: true,
      glEachOccurrenceCents: MILLION,
      glAggregateCents: 2 * MILLION,
      requiresWorkersCompensation: true,
      wcElEachAccidentCents: MILLION,
      wcElDiseaseEachEmployeeCents: null,
      wcElDiseasePolicyLimitCents: null,
    });
    const [audit] = await server.db.select({ data: auditLog.data }).from(auditLog).where(and(eq(auditLog.agencyId, created.id), eq(auditLog.action, 'agency.create')));
    expect(audit?.data).toMatchObject({ name: 'First Day Staffing', settings: { timeZone: 'America/Phoenix', requiresWorkersCompensation: true } });
    await server.inbox.waitFor('owner@first-day.test', {});
    const members = await server.db.select({ email: teamMembers.email, status: teamMembers.status }).from(teamMembers).where(eq(teamMembers.agencyId, created.id));
    expect(members).toEqual([{ email: 'owner@first-day.test', status: 'INVITED' }]);
  });

  it('refuses a first member who already has a sign-in on firstMemberEmail, and creates nothing', async () => {
    const taken = await agencyWithRep();
    const [member] = await server.db.select({ email: teamMembers.email }).from(teamMembers).where(eq(teamMembers.agencyId, taken.agency.id));
    const [before] = await server.db.select({ n: count() }).from(agencies);
    const result = await server.operator().request(CREATE_AGENCY, { i: { name: 'Taken Staffing', firstMemberEmail: member?.email } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('firstMemberEmail');
    expect(result.errors?.[0]?.message).toBe('This email already has a Coverline sign-in.');
    const [after] = await server.db.select({ n: count() }).from(agencies);
    expect(after?.n).toBe(before?.n);
  });

  it.each([
    ['name', { name: ' ' }],
    ['firstMemberEmail', { firstMemberEmail: 'nobody' }],
    ['defaultPoContactEmail', { defaultPoContactEmail: 'po@' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['generalLiability.aggregateCents', { generalLiability: { required: true, eachOccurrenceCents: 2 * MILLION, aggregateCents: MILLION } }],
    ['workersCompensation.employersLiabilityEachAccidentCents', { workersCompensation: { required: false, employersLiabilityEachAccidentCents: MILLION } }],
  ])('refuses a bad %s on its field and creates nothing', async (field, input) => {
    const [before] = await server.db.select({ n: count() }).from(agencies);
    const result = await server.operator().request(CREATE_AGENCY, { i: { name: 'Refused Staffing', firstMemberEmail: 'owner@refused.test', ...input } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    const [after] = await server.db.select({ n: count() }).from(agencies);
    expect(after?.n).toBe(before?.n);
  });
});
