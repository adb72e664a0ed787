// The Company Overview through the API: every figure and series against a dataset built here and
// computed by hand (a fresh agency, known contractors, opt-ins and assignments), for all time and for
// a range; what needs attention and the Contractors tab's matching list; another agency's data never
// counted and none of it seen; viewers other than the agency refused; a range backwards refused.
import type { AssignmentStatus } from '@coverline/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencySettings, assignments, contractors, jobCategories, optIns } from '../src/db/schema.js';
import { recordStatusChange } from '../src/modules/assignment-lifecycle/assignment-lifecycle.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  asPlatform,
  assignmentAwaitingOptIn,
  catalogueJobCode,
  completedOptIn,
  createAgency,
  createApiKey,
  createContractor,
  createFacility,
  signedInFacilityUser,
  signedInMemberOf,
  type AgencyFixture,
  type ContractorFixture,
} from './factories/index.js';

const OVERVIEW = `query($from: String, $to: String) {
  companyOverview(from: $from, to: $to) {
    from to applicationCompletionRate activeStates insuredContractors insuredContractorsInRange contractorsInRange assignmentsInRange
    averageWageCents medianWageCents averageAssignmentDays medianAssignmentDays assignmentsMissingPoNumber
    optInFunnel { asked completed covered }
    contractorsByState { state count }
    coverageStatusBreakdown { status count }
    assignmentsStarted { granularity periods { periodStart count } }
    wageDistribution { min max count }
    assignmentLengthDistribution { min max count }
    needsAttention { awaitingOptInOverTwoDays declinedPayments missingPoNumbers categoriesPendingApproval contractorsPendingApproval }
    setup { settingsSaved hasFacility hasContractors hasAssignment }
  }
}`;

type Overview = Record<string, unknown> & {
  assignmentsStarted: { granularity: string; periods: { periodStart: string; count: number }[] };
  wageDistribution: { min: number; max: number | null; count: number }[];
  assignmentLengthDistribution: { min: number; max: number | null; count: number }[];
};

let server: TestServer;
let hand: AgencyFixture;
let rep: GraphQLClient;
let apiKeyClient: GraphQLClient;
let otherRep: GraphQLClient;
const people = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h', ContractorFixture>;

async function overview(client: GraphQLClient, variables: { from?: string; to?: string } = {}): Promise<Overview> {
  return (await client.data<{ companyOverview: Overview }>(OVERVIEW, variables)).companyOverview;
}

/** An assignment of the contractor in `status`, entered as the lifecycle records it (history row, coverage status derived again). */
async function assignmentIn(contractor: ContractorFixture, categoryId: string, status: AssignmentStatus, facts: { effectiveDate: string; endDate: string; wageCents: number }) {
  const assignment = await assignmentAwaitingOptIn(server, { agencyId: contractor.agencyId, contractorId: contractor.id, jobCategoryId: categoryId, ...facts });
  if (status === 'AWAITING_OPT_IN') return assignment;
  await server.db.update(assignments).set({ status }).where(and(eq(assignments.agencyId, assignment.agencyId), eq(assignments.id, assignment.id)));
  await asPlatform(server, (tx) =>
    recordStatusChange(tx, { agencyId: assignment.agencyId, contractorId: assignment.contractorId, assignmentId: assignment.id, from: 'AWAITING_OPT_IN', to: status, at: server.clock.now() }),
  );
  return assignment;
}

async function pendingOptIn(contractor: ContractorFixture, requestedHoursAgo: number) {
  await server.db.insert(optIns).values({
    agencyId: contractor.agencyId,
    contractorId: contractor.id,
    status: 'PENDING',
    payer: 'AGENCY',
    createdAt: new Date(server.clock.now().getTime() - requestedHoursAgo * 3_600_000),
  });
}

/** Every period of a series that is not 0. */
const startedIn = (series: Overview['assignmentsStarted']) => Object.fromEntries(series.periods.filter((period) => period.count > 0).map((period) => [period.periodStart, period.count]));

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  hand = await createAgency(server, { name: 'Hand Computed Staffing', billingEmail: 'billing@hand.test' });
  ({ client: rep } = await signedInMemberOf(server, hand));
  apiKeyClient = server.apiClient(await createApiKey(rep));
  await createFacility(server, hand, { name: 'Riverside Clinic' });
  const category = await approvedJobCategory(server, hand, { workState: 'OH' });
  const waiting = await catalogueJobCode(server);
  await server.db.insert(jobCategories).values({ agencyId: hand.id, jobCodeId: waiting.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX', status: 'PENDING_APPROVAL' });

  people.a = await createContractor(server, hand, { lastName: 'Adams', workState: 'OH' });
  people.b = await createContractor(server, hand, { lastName: 'Baker', workState: 'OH' });
  people.c = await createContractor(server, hand, { lastName: 'Chen', workState: 'TX' });
  people.d = await createContractor(server, hand, { lastName: 'Diaz', workState: 'TX' });
  people.e = await createContractor(server, hand, { lastName: 'Evans', workState: 'CA' });
  people.f = await createContractor(server, hand, { lastName: 'Fox', workState: null });
  people.g = await createContractor(server, hand, { lastName: 'Gray', workState: 'CA' });
  people.h = await createContractor(server, hand, { lastName: 'Hill', workState: 'OH' });
  for (const contractor of [people.a, people.b, people.e, people.g]) await completedOptIn(server, contractor);
  await pendingOptIn(people.c, 72);
  await pendingOptIn(people.d, 1);

  const id = category.id;
  await assignmentIn(people.a, id, 'COVERED', { effectiveDate: '2026-01-05', endDate: '2026-01-11', wageCents: 80_000 }); // 7 days
  await assignmentIn(people.a, id, 'ENDED', { effectiveDate: '2026-03-02', endDate: '2026-05-30', wageCents: 300_000 }); // 90 days
  await assignmentIn(people.b, id, 'COVERED', { effectiveDate: '2026-02-10', endDate: '2026-08-08', wageCents: 1_200_000 }); // 180 days
  await assignmentIn(people.c, id, 'AWAITING_OPT_IN', { effectiveDate: '2026-12-20', endDate: '2027-01-18', wageCents: 150_000 }); // 30 days
  await assignmentIn(people.d, id, 'AWAITING_OPT_IN', { effectiveDate: '2026-12-21', endDate: '2026-12-21', wageCents: 50_000 }); // 1 day
  await assignmentIn(people.e, id, 'DECLINED', { effectiveDate: '2026-04-01', endDate: '2027-03-31', wageCents: 6_000_000 }); // 365 days
  await assignmentIn(people.f, id, 'CANCELLED', { effectiveDate: '2026-01-20', endDate: '2026-01-25', wageCents: 999_999 }); // left out everywhere
  await assignmentIn(people.g, id, 'ENDED', { effectiveDate: '2025-06-01', endDate: '2025-06-30', wageCents: 100_000 }); // 30 days
  // The rep saved the settings after joining (the other agency's are as they were created, before its member).
  await server.db.update(agencySettings).set({ updatedAt: new Date(Date.now() + 1000) }).where(eq(agencySettings.agencyId, hand.id));
  await server.db.update(contractors).set({ archivedAt: server.clock.now() }).where(and(eq(contractors.agencyId, hand.id), eq(contractors.id, people.g.id)));

  // Another agency with data of every kind: none of it may reach Hand's figures.
  const other = await createAgency(server, { name: 'Elsewhere Talent' });
  ({ client: otherRep } = await signedInMemberOf(server, other));
  const otherCategory = await approvedJobCategory(server, other, { workState: 'NY' });
  for (const status of ['COVERED', 'DECLINED', 'AWAITING_OPT_IN'] as const) {
    const contractor = await createContractor(server, other, { workState: 'NY' });
    await completedOptIn(server, contractor);
    await assignmentIn(contractor, otherCategory.id, status, { effectiveDate: '2026-02-02', endDate: '2026-02-20', wageCents: 7_777_700 });
  }
});

afterAll(async () => {
  await server?.stop();
});

describe('companyOverview', () => {
  it("answers every figure of the agency's data, all time, as computed by hand", async () => {
    const all = await overview(rep);
    expect(all).toMatchObject({
      from: null,
      to: null,
      // Asked: Adams, Baker, Chen, Diaz, Evans (Gray is archived); completed: Adams, Baker, Evans; of those, covered: Adams, Baker.
      optInFunnel: { asked: 5, completed: 3, covered: 2 },
      applicationCompletionRate: 0.6,
      activeStates: ['OH', 'TX', 'CA'],
      contractorsByState: [
        { state: 'OH', count: 3 },
        { state: 'TX', count: 2 },
        { state: 'CA', count: 1 },
      ],
      insuredContractors: 2,
      insuredContractorsInRange: 3, // ever: Adams, Baker and (archived since) Gray
      contractorsInRange: 7,
      assignmentsInRange: 7, // Fox's cancelled one left out
      averageWageCents: 1_125_714, // 7,880,000 / 7
      medianWageCents: 150_000,
      medianAssignmentDays: 30,
      assignmentsMissingPoNumber: 5, // Adams ×2, Baker, Evans, Gray: opted in, no PO number
      coverageStatusBreakdown: [
        { status: 'PAYMENT_DECLINED', count: 1 },
        { status: 'NEEDS_OPT_IN', count: 2 },
        { status: 'AWAITING_PAYMENT', count: 0 },
        { status: 'PENDING_APPROVAL', count: 0 },
        { status: 'COVERED', count: 2 },
        { status: 'NO_CURRENT_ASSIGNMENT', count: 1 },
        { status: 'NOT_INVITED', count: 1 },
      ],
      needsAttention: { awaitingOptInOverTwoDays: 1, declinedPayments: 1, missingPoNumbers: 5, categoriesPendingApproval: 1, contractorsPendingApproval: 0 },
      setup: { settingsSaved: true, hasFacility: true, hasContractors: true, hasAssignment: true },
    });
    expect(all.averageAssignmentDays).toBeCloseTo(703 / 7, 10);
    expect(all.wageDistribution).toEqual([
      { min: 1, max: 99_999, count: 2 },
      { min: 100_000, max: 499_999, count: 3 },
      { min: 500_000, max: 999_999, count: 0 },
      { min: 1_000_000, max: 2_499_999, count: 1 },
      { min: 2_500_000, max: 4_999_999, count: 0 },
      { min: 5_000_000, max: null, count: 1 },
    ]);
    expect(all.assignmentLengthDistribution.map((bucket) => bucket.count)).toEqual([2, 2, 1, 1, 1, 0]);
    expect(all.assignmentsStarted.granularity).toBe('MONTH');
    // Every month from the first start (June 2025) to the last (December 2026), the empty ones as 0.
    expect(all.assignmentsStarted.periods).toHaveLength(19);
    expect(all.assignmentsStarted.periods[0]).toEqual({ periodStart: '2025-06-01', count: 1 });
    expect(startedIn(all.assignmentsStarted)).toEqual({ '2025-06-01': 1, '2026-01-01': 1, '2026-02-01': 1, '2026-03-01': 1, '2026-04-01': 1, '2026-12-01': 2 });
  });

  it('narrows to the assignments whose effective date falls in the range, counted by week for a quarter', async () => {
    const quarter = await overview(rep, { from: '2026-01-01', to: '2026-03-31' });
    expect(quarter).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      assignmentsInRange: 3, // Adams's two, Baker's (Fox's cancelled one is not counted)
      contractorsInRange: 2,
      optInFunnel: { asked: 2, completed: 2, covered: 2 },
      applicationCompletionRate: 1,
      activeStates: ['OH'],
      insuredContractors: 2,
      insuredContractorsInRange: 2,
      averageWageCents: 526_667, // 1,580,000 / 3
      medianWageCents: 300_000,
      medianAssignmentDays: 90,
      assignmentsMissingPoNumber: 3,
      needsAttention: { awaitingOptInOverTwoDays: 1, declinedPayments: 1, missingPoNumbers: 5 },
    });
    expect(quarter.averageAssignmentDays).toBeCloseTo(277 / 3, 10);
    expect(quarter.coverageStatusBreakdown).toContainEqual({ status: 'COVERED', count: 2 });
    expect(quarter.coverageStatusBreakdown).toContainEqual({ status: 'NEEDS_OPT_IN', count: 0 });
    expect(quarter.wageDistribution.map((bucket) => bucket.count)).toEqual([1, 1, 0, 1, 0, 0]);
    expect(quarter.assignmentLengthDistribution.map((bucket) => bucket.count)).toEqual([1, 0, 1, 1, 0, 0]);
    expect(quarter.assignmentsStarted.granularity).toBe('WEEK');
    // Mondays from the week of 1 January (29 December) to the week of 31 March (30 March).
    expect(quarter.assignmentsStarted.periods).toHaveLength(14);
    expect(quarter.assignmentsStarted.periods.at(0)?.periodStart).toBe('2025-12-29');
    expect(quarter.assignmentsStarted.periods.at(-1)?.periodStart).toBe('2026-03-30');
    expect(startedIn(quarter.assignmentsStarted)).toEqual({ '2026-01-05': 1, '2026-02-09': 1, '2026-03-02': 1 });
  });

  it('counts for an overview range exactly the assignments the missing PO number list shows', async () => {
    const list = `query($f: AssignmentFilter) { assignments(filter: $f, first: 50) { totalCount } }`;
    const all = await rep.data<{ assignments: { totalCount: number } }>(list, { f: { missingPoNumber: true } });
    const quarter = await rep.data<{ assignments: { totalCount: number } }>(list, { f: { missingPoNumber: true, effectiveFrom: '2026-01-01', effectiveTo: '2026-03-31' } });
    expect(all.assignments.totalCount).toBe((await overview(rep)).assignmentsMissingPoNumber);
    expect(quarter.assignments.totalCount).toBe((await overview(rep, { from: '2026-01-01', to: '2026-03-31' })).assignmentsMissingPoNumber);
  });

  it('lists on the Contractors tab the contractors awaiting an opt-in for more than two days', async () => {
    const list = `query($f: ContractorFilter) { contractors(filter: $f, first: 50) { totalCount edges { node { lastName } } } }`;
    type Page = { contractors: { totalCount: number; edges: { node: { lastName: string } }[] } };
    const names = async (days: number) => (await rep.data<Page>(list, { f: { awaitingOptInForDays: days } })).contractors.edges.map((edge) => edge.node.lastName).sort();
    expect(await names(2)).toEqual(['Chen']);
    expect(await names(0)).toEqual(['Chen', 'Diaz']);
    const bad = await rep.request(list, { f: { awaitingOptInForDays: -1 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorField(bad)).toBe('filter.awaitingOptInForDays');
  });

  it('answers an agency API key the same as a member', async () => {
    expect(await overview(apiKeyClient, { from: '2026-01-01' })).toEqual(await overview(rep, { from: '2026-01-01' }));
  });

  it("shows another agency none of this agency's data", async () => {
    const theirs = await overview(otherRep);
    expect(theirs).toMatchObject({
      contractorsInRange: 3,
      assignmentsInRange: 3,
      activeStates: ['NY'],
      averageWageCents: 7_777_700,
      optInFunnel: { asked: 3, completed: 3, covered: 1 },
      needsAttention: { awaitingOptInOverTwoDays: 0, declinedPayments: 1, categoriesPendingApproval: 0 },
      setup: { settingsSaved: false, hasFacility: false, hasContractors: true, hasAssignment: true },
    });
    expect(startedIn(theirs.assignmentsStarted)).toEqual({ '2026-02-01': 3 });
  });

  it('refuses a range that ends before it starts, naming the end', async () => {
    const result = await rep.request(OVERVIEW, { from: '2026-03-02', to: '2026-03-01' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('to');
    const notADate = await rep.request(OVERVIEW, { from: '2026-02-30' });
    expect(errorField(notADate)).toBe('from');
  });

  it('refuses facility users, operators and the signed-out', async () => {
    const facility = await createFacility(server, hand, { name: 'Guarded Facility' });
    const { client: facilityUser } = await signedInFacilityUser(server, [facility]);
    expect(errorCode(await facilityUser.request(OVERVIEW))).toBe('FORBIDDEN');
    expect(errorCode(await server.operator().request(OVERVIEW))).toBe('FORBIDDEN');
    expect(errorCode(await server.client('agency').request(OVERVIEW))).toBe('UNAUTHENTICATED');
  });
});
