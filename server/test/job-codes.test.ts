// The Job Codes tab (the catalogue by state and search, the budget calculator), the operator's
// maintenance of the catalogue and its rates, and the operator's agencies list.
import { and, asc, count, eq } from 'drizzle-orm';
import { stateWcRate } from '@coverline/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, assignments, auditLog, jobCodeRates, jobCodes } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  catalogueJobCode,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  createMasterPolicies,
  createTeamMember,
  dayFromToday,
  signedInAgencyMember,
  signedInFacilityUser,
  signedInMemberOf,
} from './factories/index.js';

const JOB_CODES = `query($state: String, $search: String) {
  jobCodes(state: $state, search: $search) { id code title rates { state coverageType rate minimumPremiumCents } }
}`;
const ESTIMATE = `query($input: PremiumEstimateInput!) {
  estimatePremium(input: $input) {
    totalCents perAssignmentCents assignmentCount budgetTotalCents
    lines { coverageType rate basis rateCents minimumPremiumCents minimumApplied cents }
  }
}`;
const CREATE_ASSIGNMENT = 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id premiumCents status } }';
const UPSERT = 'mutation($input: JobCodeInput!) { upsertJobCode(input: $input) { id code title description wcClassCode glClassCode rates { state } } }';
const SET_RATES = `mutation($id: ID!, $rates: [JobCodeRateInput!]!) {
  setJobCodeRates(jobCodeId: $id, rates: $rates) { id rates { state coverageType rate minimumPremiumCents } }
}`;
const AGENCIES = `query($first: Int, $after: String) {
  agencies(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt memberCount contractorCount } } }
}`;

type JobCodesData = { jobCodes: { id: string; code: string; title: string; rates: { state: string; coverageType: string; rate: number; minimumPremiumCents: number }[] }[] };
type Estimate = {
  estimatePremium: {
    totalCents: number;
    perAssignmentCents: number;
    assignmentCount: number;
    budgetTotalCents: number;
    lines: { coverageType: string; rate: number; basis: string; rateCents: number; minimumPremiumCents: number; minimumApplied: boolean; cents: number }[];
  };
};
type AgencyPage = {
  agencies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; createdAt: string; memberCount: number | null; contractorCount: number | null } }[];
  };
};

let server: TestServer;
let operator: GraphQLClient;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  await createMasterPolicies(server);
  operator = server.operator();
});
afterAll(async () => server?.stop());

const assignmentInput = (contractorId: string, overrides: Record<string, unknown>) => ({
  contractorId,
  clientEntity: 'Acme Retail',
  jobName: 'Point-of-sale rollout',
  description: 'Installs and tests point-of-sale terminals at three client stores over two days.',
  effectiveDate: dayFromToday(server, 2),
  endDate: dayFromToday(server, 4),
  payer: 'AGENCY',
  ...overrides,
});

async function auditRowsOf(targetId: string) {
  return server.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'job_code'), eq(auditLog.targetId, targetId))).orderBy(asc(auditLog.id));
}

describe('the catalogue by state and search', () => {
  it("Alabama rates for IT field technicians: the technician codes, each with only Alabama's rates", async () => {
    const { client } = await signedInAgencyMember(server);
    const { jobCodes: found } = await client.data<JobCodesData>(JOB_CODES, { state: 'AL', search: 'technician' });
    expect(found.map((code) => code.code).sort()).toEqual(['auto-mechanic', 'building-maintenance', 'it-field-technician']);
    const technician = found.find((code) => code.code === 'it-field-technician');
    // The catalogue's 0.95 per $100 base rate times Alabama's WC index 1.087; GL carries no state factor.
    expect(technician?.rates).toEqual([
      { state: 'AL', coverageType: 'GENERAL_LIABILITY', rate: 1.5, minimumPremiumCents: 50_000 },
      { state: 'AL', coverageType: 'WORKERS_COMPENSATION', rate: stateWcRate(0.95, 1.087), minimumPremiumCents: 0 },
    ]);
    expect(stateWcRate(0.95, 1.087)).toBe(1.0327);
  });

  it('searches the title and the code in any case, and takes % and _ literally', async () => {
    const { client } = await signedInAgencyMember(server);
    const byCode = await client.data<JobCodesData>(JOB_CODES, { search: 'IT-FIELD' });
    expect(byCode.jobCodes.map((code) => code.title)).toEqual(['IT Field Technician']);
    expect(byCode.jobCodes[0]?.rates.length).toBe(51 * 2);
    expect((await client.data<JobCodesData>(JOB_CODES, { search: '%' })).jobCodes).toEqual([]);
    expect((await client.data<JobCodesData>(JOB_CODES, { search: '_' })).jobCodes).toEqual([]);
    const all = await client.data<JobCodesData>(JOB_CODES, { search: '   ' });
    expect(all.jobCodes).toHaveLength(31);
  });

  it('refuses a search longer than 100 characters and an unknown state, naming the argument', async () => {
    const { client } = await signedInAgencyMember(server);
    const long = await client.request(JOB_CODES, { search: 'x'.repeat(101) });
    expect([errorCode(long), errorField(long)]).toEqual(['BAD_USER_INPUT', 'search']);
    const state = await client.request(JOB_CODES, { state: 'XX' });
    expect([errorCode(state), errorField(state)]).toEqual(['BAD_USER_INPUT', 'state']);
  });
});

describe('the budget calculator', () => {
  it('prices N assignments line by line, and a created assignment of the same inputs stores the per-assignment premium to the cent', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency, { workState: 'AL' });
    const technician = await catalogueJobCode(server, 'it-field-technician');
    const inputs = { jobCodeId: technician.id, workState: 'AL', coverageTypes: ['WORKERS_COMPENSATION', 'GENERAL_LIABILITY'], wageCents: 1_234_567 };
    const { estimatePremium: budget } = await client.data<Estimate>(ESTIMATE, { input: { ...inputs, assignmentCount: 3 } });
    // WC: 12,345.67 / 100 × 1.0327 = $127.4947… → $127.49; GL: 12,345.67 / 1,000 × 1.5 = $18.52, held to the $500 minimum.
    expect(budget.lines).toEqual([
      { coverageType: 'GENERAL_LIABILITY', rate: 1.5, basis: 'PER_1000', rateCents: 1852, minimumPremiumCents: 50_000, minimumApplied: true, cents: 50_000 },
      { coverageType: 'WORKERS_COMPENSATION', rate: 1.0327, basis: 'PER_100', rateCents: 12_749, minimumPremiumCents: 0, minimumApplied: false, cents: 12_749 },
    ]);
    expect(budget).toMatchObject({ perAssignmentCents: 62_749, totalCents: 62_749, assignmentCount: 3, budgetTotalCents: 3 * 62_749 });

    const { createAssignment } = await client.data<{ createAssignment: { id: string; premiumCents: number } }>(CREATE_ASSIGNMENT, {
      input: assignmentInput(contractor.id, { wageCents: inputs.wageCents, newJobCategory: { jobCodeId: technician.id, workState: 'AL', coverageTypes: inputs.coverageTypes } }),
    });
    expect(createAssignment.premiumCents).toBe(budget.perAssignmentCents);
    const [stored] = await server.db.select({ premiumCents: assignments.premiumCents }).from(assignments).where(eq(assignments.id, createAssignment.id));
    expect(stored?.premiumCents).toBe(budget.perAssignmentCents);
  });

  it('agrees with an assignment created in an approved category too, and defaults to one assignment', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency, { jobCode: 'it-field-technician', workState: 'TX', coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'] });
    const { estimatePremium: budget } = await client.data<Estimate>(ESTIMATE, { input: { jobCategoryId: category.id, wageCents: 9_876_543 } });
    expect(budget.assignmentCount).toBe(1);
    expect(budget.budgetTotalCents).toBe(budget.perAssignmentCents);
    const { createAssignment } = await client.data<{ createAssignment: { premiumCents: number } }>(CREATE_ASSIGNMENT, {
      input: assignmentInput(contractor.id, { wageCents: 9_876_543, jobCategoryId: category.id }),
    });
    expect(createAssignment.premiumCents).toBe(budget.perAssignmentCents);
  });

  it('refuses 0 or 1,001 assignments, and a budget above what the API carries, naming assignmentCount', async () => {
    const { client } = await signedInAgencyMember(server);
    const technician = await catalogueJobCode(server, 'it-field-technician');
    const input = { jobCodeId: technician.id, workState: 'AL', coverageTypes: ['GENERAL_LIABILITY'], wageCents: 100_000 };
    for (const assignmentCount of [0, 1001]) {
      const result = await client.request(ESTIMATE, { input: { ...input, assignmentCount } });
      expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'assignmentCount']);
    }
    const huge = await client.request(ESTIMATE, { input: { ...input, coverageTypes: ['WORKERS_COMPENSATION'], wageCents: 1_000_000_000, assignmentCount: 1000 } });
    expect([errorCode(huge), errorField(huge)]).toEqual(['BAD_USER_INPUT', 'assignmentCount']);
  });

  it("another agency sees none of it: not the agency's categories in an estimate, nor its assignments, nor the agencies list", async () => {
    const acme = await signedInAgencyMember(server);
    const globex = await signedInAgencyMember(server);
    const category = await approvedJobCategory(server, acme.agency, { jobCode: 'it-field-technician', workState: 'AL' });
    const contractor = await createContractor(server, acme.agency);
    const { createAssignment } = await acme.client.data<{ createAssignment: { id: string } }>(CREATE_ASSIGNMENT, {
      input: assignmentInput(contractor.id, { wageCents: 200_000, jobCategoryId: category.id }),
    });
    const estimate = await globex.client.request(ESTIMATE, { input: { jobCategoryId: category.id, wageCents: 200_000 } });
    expect([errorCode(estimate), errorField(estimate)]).toEqual(['BAD_USER_INPUT', 'jobCategoryId']);
    const seen = await globex.client.data<{ assignment: unknown }>('query($id: ID!) { assignment(id: $id) { id premiumCents } }', { id: createAssignment.id });
    expect(seen.assignment).toBeNull();
    const list = await globex.client.request(AGENCIES, { first: 10 });
    expect(errorCode(list)).toBe('FORBIDDEN');
    expect(list.data?.agencies ?? null).toBeNull();
    // Its own agency's operator counts are not for its team either.
    const own = await globex.client.data<{ viewer: { agency: { memberCount: number | null; contractorCount: number | null } } }>('{ viewer { agency { memberCount contractorCount } } }');
    expect(own.viewer.agency).toEqual({ memberCount: null, contractorCount: null });
  });
});

describe('upsertJobCode (operator)', () => {
  const drone = { code: 'drone-pilot', title: 'Drone Pilot', description: 'Flies camera drones for aerial photography and inspections.', wcClassCode: '7422', glClassCode: '41677' };

  it('creates a code, then updates it by code, each change audited with its values; an unchanged upsert writes nothing', async () => {
    const { upsertJobCode: created } = await operator.data<{ upsertJobCode: { id: string; code: string; rates: unknown[] } }>(UPSERT, { input: drone });
    expect(created).toMatchObject({ code: 'drone-pilot', rates: [] });
    const { upsertJobCode: updated } = await operator.data<{ upsertJobCode: { id: string; title: string; glClassCode: string | null } }>(UPSERT, {
      input: { ...drone, title: 'Drone Pilot (commercial)', glClassCode: null },
    });
    expect(updated).toMatchObject({ id: created.id, title: 'Drone Pilot (commercial)', glClassCode: null });
    await operator.data(UPSERT, { input: { ...drone, title: 'Drone Pilot (commercial)', glClassCode: null } });

    const rows = await auditRowsOf(created.id);
    expect(rows.map((row) => [row.action, row.actorType, row.agencyId])).toEqual([
      ['job-code.create', 'OPERATOR', null],
      ['job-code.update', 'OPERATOR', null],
    ]);
    expect(rows[0]?.data).toEqual({ values: drone });
    expect(rows[1]?.data).toEqual({ code: 'drone-pilot', changes: { title: { from: 'Drone Pilot', to: 'Drone Pilot (commercial)' }, glClassCode: { from: '41677', to: null } } });
    const [stored] = await server.db.select().from(jobCodes).where(eq(jobCodes.code, 'drone-pilot'));
    expect(stored).toMatchObject({ title: 'Drone Pilot (commercial)', glClassCode: null, wcClassCode: '7422' });
  });

  it.each([
    ['code', { code: 'Drone Pilot' }],
    ['title', { title: ' ' }],
    ['description', { description: '' }],
    ['wcClassCode', { wcClassCode: '74' }],
    ['glClassCode', { glClassCode: 'abcde' }],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, change) => {
    const before = await server.db.select({ n: count() }).from(jobCodes);
    const auditBefore = await server.db.select({ n: count() }).from(auditLog);
    const result = await operator.request(UPSERT, { input: { ...drone, code: 'bad-input-code', ...change } });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', field]);
    expect(await server.db.select({ n: count() }).from(jobCodes)).toEqual(before);
    expect(await server.db.select({ n: count() }).from(auditLog)).toEqual(auditBefore);
  });
});

describe('setJobCodeRates (operator)', () => {
  it('inserts new (state, coverage) rows and replaces given ones, leaves the others, and audits old and new values', async () => {
    const technician = await catalogueJobCode(server, 'it-field-technician');
    const before = await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id));
    const { setJobCodeRates } = await operator.data<{ setJobCodeRates: { rates: { state: string; coverageType: string; rate: number; minimumPremiumCents: number }[] } }>(SET_RATES, {
      id: technician.id,
      rates: [
        { state: 'AL', coverageType: 'WORKERS_COMPENSATION', rate: 1.25, minimumPremiumCents: 0 },
        { state: 'al', coverageType: 'GENERAL_LIABILITY', rate: 1.5, minimumPremiumCents: 50_000 }, // unchanged
      ],
    });
    expect(setJobCodeRates.rates).toHaveLength(before.length);
    expect(setJobCodeRates.rates.filter((rate) => rate.state === 'AL')).toEqual([
      { state: 'AL', coverageType: 'GENERAL_LIABILITY', rate: 1.5, minimumPremiumCents: 50_000 },
      { state: 'AL', coverageType: 'WORKERS_COMPENSATION', rate: 1.25, minimumPremiumCents: 0 },
    ]);
    const after = await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id));
    const key = (rate: { state: string; coverageType: string }) => `${rate.state}/${rate.coverageType}`;
    const changed = after.filter((rate) => JSON.stringify(rate) !== JSON.stringify(before.find((old) => key(old) === key(rate))));
    expect(changed.map(key)).toEqual(['AL/WORKERS_COMPENSATION']);

    const [audit] = (await auditRowsOf(technician.id)).filter((row) => row.action === 'job-code.set-rates');
    expect(audit?.data).toEqual({
      code: 'it-field-technician',
      changes: [{ state: 'AL', coverageType: 'WORKERS_COMPENSATION', from: { rate: 1.0327, minimumPremiumCents: 0 }, to: { rate: 1.25, minimumPremiumCents: 0 } }],
    });
  });

  it('gives a new job code its first rates (from: null in the audit)', async () => {
    const { upsertJobCode: code } = await operator.data<{ upsertJobCode: { id: string } }>(UPSERT, {
      input: { code: 'event-photographer', title: 'Event Photographer', description: 'Photographs conferences and private events.' },
    });
    const { setJobCodeRates } = await operator.data<{ setJobCodeRates: { rates: unknown[] } }>(SET_RATES, {
      id: code.id,
      rates: [{ state: 'NY', coverageType: 'GENERAL_LIABILITY', rate: 2.1, minimumPremiumCents: 25_000 }],
    });
    expect(setJobCodeRates.rates).toEqual([{ state: 'NY', coverageType: 'GENERAL_LIABILITY', rate: 2.1, minimumPremiumCents: 25_000 }]);
    const [audit] = (await auditRowsOf(code.id)).filter((row) => row.action === 'job-code.set-rates');
    expect(audit?.data).toMatchObject({ changes: [{ state: 'NY', coverageType: 'GENERAL_LIABILITY', from: null, to: { rate: 2.1, minimumPremiumCents: 25_000 } }] });
  });

  it.each([
    ['rates[2].rate', { rate: 0 }],
    ['rates[2].rate', { rate: -1.5 }],
    ['rates[2].state', { state: 'ZZ' }],
    ['rates[2].minimumPremiumCents', { minimumPremiumCents: -100 }],
    ['rates[2].coverageType', { state: 'AL' }], // AL's WC twice
  ])('refuses %s (%j) and changes no rate', async (field, change) => {
    const technician = await catalogueJobCode(server, 'clerical-office');
    const before = await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id));
    const rates = [
      { state: 'AL', coverageType: 'WORKERS_COMPENSATION', rate: 9, minimumPremiumCents: 0 },
      { state: 'AK', coverageType: 'WORKERS_COMPENSATION', rate: 9, minimumPremiumCents: 0 },
      { state: 'AZ', coverageType: 'WORKERS_COMPENSATION', rate: 9, minimumPremiumCents: 0, ...change },
    ];
    const result = await operator.request(SET_RATES, { id: technician.id, rates });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', field]);
    expect(await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id))).toEqual(before);
  });

  it('refuses a coverage type that is not one (GraphQL validation) and an unknown job code (NOT_FOUND)', async () => {
    const bad = await operator.request(SET_RATES, { id: (await catalogueJobCode(server)).id, rates: [{ state: 'AL', coverageType: 'DENTAL', rate: 1, minimumPremiumCents: 0 }] });
    expect(bad.errors?.length).toBeGreaterThan(0);
    const unknown = await operator.request(SET_RATES, { id: '3f2b8c1e-6a4d-4f0e-9b7a-2c5d8e1f0a9b', rates: [{ state: 'AL', coverageType: 'GENERAL_LIABILITY', rate: 1, minimumPremiumCents: 0 }] });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it("does not change an existing assignment's premium; the next estimate uses the new rate", async () => {
    const { client, agency } = await signedInAgencyMember(server);
    // A Workers' Compensation only assignment: the agency must not require General Liability (the default).
    await client.data(`mutation { updateAgencySettings(input: { generalLiability: { required: false } }) { id } }`);
    const contractor = await createContractor(server, agency);
    const category = await approvedJobCategory(server, agency, { jobCode: 'outside-sales', workState: 'OR', coverageTypes: ['WORKERS_COMPENSATION'] });
    const { createAssignment } = await client.data<{ createAssignment: { id: string; premiumCents: number } }>(CREATE_ASSIGNMENT, {
      input: assignmentInput(contractor.id, { wageCents: 500_000, jobCategoryId: category.id }),
    });
    await operator.data(SET_RATES, { id: category.jobCodeId, rates: [{ state: 'OR', coverageType: 'WORKERS_COMPENSATION', rate: 7.5, minimumPremiumCents: 0 }] });

    const { assignment } = await client.data<{ assignment: { premiumCents: number } }>('query($id: ID!) { assignment(id: $id) { premiumCents } }', { id: createAssignment.id });
    expect(assignment.premiumCents).toBe(createAssignment.premiumCents);
    const { estimatePremium } = await client.data<Estimate>(ESTIMATE, { input: { jobCategoryId: category.id, wageCents: 500_000 } });
    expect(estimatePremium.perAssignmentCents).toBe(37_500); // 5,000 / 100 × 7.5
    expect(estimatePremium.perAssignmentCents).not.toBe(createAssignment.premiumCents);
  });
});

describe('operator-only operations refuse everyone else', () => {
  it('agency members, agency API keys and facility users are FORBIDDEN, and nothing is written', async () => {
    const member = await signedInAgencyMember(server);
    const facility = await createFacility(server, member.agency);
    const viewers: [string, GraphQLClient][] = [
      ['agency member', member.client],
      ['agency API key', server.apiClient(await createApiKey(member.client))],
      ['facility user', (await signedInFacilityUser(server, [facility])).client],
      ['anonymous', server.client('agency')],
    ];
    const technician = await catalogueJobCode(server, 'it-field-technician');
    const ratesBefore = await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id));
    for (const [who, client] of viewers) {
      const upsert = await client.request(UPSERT, { input: { code: 'forbidden-code', title: 'Nope', description: 'Should not exist.' } });
      const rates = await client.request(SET_RATES, { id: technician.id, rates: [{ state: 'AL', coverageType: 'GENERAL_LIABILITY', rate: 99, minimumPremiumCents: 0 }] });
      const list = await client.request(AGENCIES, {});
      const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect([errorCode(upsert), errorCode(rates), errorCode(list)], who).toEqual([expected, expected, expected]);
    }
    expect(await server.db.select().from(jobCodes).where(eq(jobCodes.code, 'forbidden-code'))).toEqual([]);
    expect(await server.db.select().from(jobCodeRates).where(eq(jobCodeRates.jobCodeId, technician.id))).toEqual(ratesBefore);
  });
});

describe('agencies (operator)', () => {
  it('pages through every agency newest first, with its members and contractors', async () => {
    const sized = await createAgency(server, { name: 'Sized Staffing' });
    await createTeamMember(server, sized);
    await signedInMemberOf(server, sized);
    for (let i = 0; i < 3; i++) await createContractor(server, sized);
    for (let i = 0; i < 4; i++) await createAgency(server);
    const [total] = await server.db.select({ n: count() }).from(agencies);

    const seen: AgencyPage['agencies']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: AgencyPage = await operator.data<AgencyPage>(AGENCIES, { first: 2, after });
      expect(page.agencies.totalCount).toBe(total?.n);
      expect(page.agencies.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.agencies.edges.map((edge) => edge.node));
      if (!page.agencies.pageInfo.hasNextPage) break;
      after = page.agencies.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total?.n ?? -1);
    expect(new Set(seen.map((agency) => agency.id)).size).toBe(seen.length);
    const times = seen.map((agency) => Date.parse(agency.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(seen.find((agency) => agency.id === sized.id)).toMatchObject({ name: 'Sized Staffing', memberCount: 2, contractorCount: 3 });
  });

  it('refuses a cursor it did not write and a page size out of range, naming the argument', async () => {
    const cursor = await operator.request(AGENCIES, { after: 'not-a-cursor' });
    expect([errorCode(cursor), errorField(cursor)]).toEqual(['BAD_USER_INPUT', 'after']);
    const size = await operator.request(AGENCIES, { first: 0 });
    expect([errorCode(size), errorField(size)]).toEqual(['BAD_USER_INPUT', 'first']);
  });
});
