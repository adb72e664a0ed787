// What a page costs the database: the SQL statements one request of each app's busiest page sends,
// counted by a hook on the application's connections. Field resolvers load through per-request
// DataLoaders (and rows joined in one query prime them), so the count does not grow with the page:
// the same at 10 rows as at 100, and at most 6 for a list (10 for a contractor's profile, whose
// sections each read their own table once: link, open opt-in, card, reminders, work history,
// certificates, status history); the Compliance Hub page at most 3, signing in included. The
// documents are the apps' own generated ones.
import { parse, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  ContractorProfileRouteDocument,
  ContractorsRouteDocument,
  FacilitiesRouteDocument,
  InvoicesRouteDocument,
  JobCodesRouteDocument,
  MissingPoNumbersRouteDocument,
  OverviewRouteDocument,
  TeamRouteDocument,
} from '../../web-agency/src/gql/graphql.js';
import { US_STATES } from '@coverline/domain';
import { assignments, jobCategories, purchaseOrders, webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from '../src/db/schema.js';
import { recordWebhookEvent } from '../src/modules/webhooks/webhook-events.js';
import { FacilityAssignmentsDocument } from '../../web-facility/src/gql/graphql.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  asPlatform,
  assignmentAwaitingOptIn,
  catalogueJobCode,
  completedOptIn,
  coveredAssignment,
  createAgency,
  createContractor,
  createFacility,
  createFacilityUser,
  createMasterPolicies,
  createTeamMember,
  dayFromToday,
  signedInFacilityUser,
  signedInMemberOf,
  type ContractorFixture,
} from './factories/index.js';

const MAX_STATEMENTS = 6;
const MAX_PROFILE_STATEMENTS = 10;
/** The Hub page's own target: signing in (session and grants), then the rows with their count. */
const MAX_HUB_STATEMENTS = 3;
const SIZES = [10, 100] as const;
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
// postgres.js reads the array types on a connection's first use: the driver's cost, not a page's, and
// paid by whichever request first borrows a connection the pool has just opened.
const DRIVER_TYPE_CATALOGUE = /from pg_catalog\.pg_type a\s+left join pg_catalog\.pg_type b/i;

let server: TestServer;
let recording: string[] | null = null;
let member: GraphQLClient;
let manager: GraphQLClient;
let managerId: string;
let facilityId: string;
let agencyId: string;
const withHistory = {} as Record<(typeof SIZES)[number], ContractorFixture>;

beforeAll(async () => {
  // No job worker: the mail it would deliver meanwhile is not the page's cost.
  server = await startTestServer({ RUN_WORKER: 'false' }, { observeStatements: (statement) => recording?.push(statement) });
  await createMasterPolicies(server);
  const agency = await createAgency(server);
  agencyId = agency.id;
  const facility = await createFacility(server, agency, { name: 'Mercy General' });
  facilityId = facility.id;
  const category = await approvedJobCategory(server, agency);
  for (const size of SIZES) {
    const contractor = await createContractor(server, agency, { firstName: `Has${size}`, lastName: 'Assignments' });
    for (let i = 0; i < size; i++) {
      const day = -400 + i * 3;
      await coveredAssignment(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id, facilityId: facility.id, effectiveDate: dayFromToday(server, day), endDate: dayFromToday(server, day + 2) });
    }
    // Opted in, so their assignments without a PO number fill the missing PO numbers list.
    await completedOptIn(server, contractor);
    withHistory[size] = contractor;
  }
  // Each with a current assignment, so the tab's page loads one for every row.
  for (let i = 0; i < 100; i++) {
    const contractor = await createContractor(server, agency);
    await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: category.id });
  }
  member = (await signedInMemberOf(server, agency)).client;
  const signedIn = await signedInFacilityUser(server, [facility]);
  manager = signedIn.client;
  managerId = signedIn.user.id;
}, 180_000);

afterAll(async () => server?.stop());

/** The statements one request sends, without BEGIN/COMMIT (a read sends none anyway). */
async function statementsOf(client: GraphQLClient, document: DocumentNode, variables: Record<string, unknown>) {
  recording = [];
  try {
    const data = await client.data<Record<string, unknown>>(print(document), variables);
    return { data, statements: recording.filter((statement) => !TRANSACTION_CONTROL.test(statement) && !DRIVER_TYPE_CATALOGUE.test(statement)) };
  } finally {
    recording = null;
  }
}

type Connection = { edges: unknown[] };

/** Loads the page at each size (checking it got its rows); its statement count must not grow with the page, and stay at most `max`. */
async function expectSameCountAtEverySize(page: string, statementsAtSize: (size: (typeof SIZES)[number]) => Promise<string[]>, max = MAX_STATEMENTS) {
  const counts = [];
  for (const size of SIZES) counts.push((await statementsAtSize(size)).length);
  console.log(`${page} statements at ${SIZES.join(' and ')} rows: ${counts.join(', ')}`);
  expect(counts[0]).toBe(counts[1]);
  expect(counts[0]).toBeLessThanOrEqual(max);
}

describe('statements per request', () => {
  it('the Compliance Hub page, plain and searched and sorted by contractor, its sign-in included: the same at 10 and 100 rows, and at most 3', async () => {
    for (const view of [{}, { search: 'assignments', orderBy: { field: 'CONTRACTOR', direction: 'DESC' } }] as const) {
      for (const session of ['looked up', 'recalled'] as const) {
        await expectSameCountAtEverySize(`Hub page ${JSON.stringify(view)}, session ${session}`, async (first) => {
          const variables = { facilityId, first, ...view };
          // Looked up: as this process first sees the session (or a few seconds after); recalled: the requests in between.
          if (session === 'looked up') server.coverline.deps.signedInSessions.forget({ principalId: managerId });
          else await manager.data(print(FacilityAssignmentsDocument), variables);
          const { data, statements } = await statementsOf(manager, FacilityAssignmentsDocument, variables);
          const connection = data.facilityAssignments as Connection & { totalCount: number };
          expect(connection.edges).toHaveLength(first);
          expect(connection.totalCount).toBe(110);
          return statements;
        }, MAX_HUB_STATEMENTS);
      }
    }
  });

  it('the Contractors tab with each row\'s current assignment and its required coverage: the same at 10 and 100 rows, and at most 6', async () => {
    for (const orderBy of [{ field: 'NAME' }, { field: 'COVERAGE_STATUS', direction: 'DESC' }]) {
      await expectSameCountAtEverySize(`Contractors tab by ${orderBy.field}`, async (first) => {
        const { data, statements } = await statementsOf(member, ContractorsRouteDocument, { first, orderBy });
        const { edges } = data.contractors as { edges: { node: { currentAssignment: { jobCategory: { coverageTypes: string[] } } | null } }[] };
        expect(edges).toHaveLength(first);
        expect(edges.every(({ node }) => (node.currentAssignment?.jobCategory.coverageTypes.length ?? 0) > 0)).toBe(true);
        return statements;
      });
    }
  });

  it("a contractor's profile with its work history and every certificate: the same at 10 and 100 assignments, and at most 10", async () => {
    await expectSameCountAtEverySize('Contractor profile', async (size) => {
      const { data, statements } = await statementsOf(member, ContractorProfileRouteDocument, { id: withHistory[size].id });
      const { assignments } = data.contractor as {
        assignments: { jobCategory: unknown; facility: unknown; statusHistory: unknown[]; certificates: { status: string }[] }[];
      };
      expect(assignments).toHaveLength(size);
      expect(assignments.every((assignment) => assignment.jobCategory && assignment.facility && assignment.statusHistory.length === 2)).toBe(true);
      expect(assignments.every((assignment) => assignment.certificates.length === 1 && assignment.certificates[0]?.status === 'VALID')).toBe(true);
      return statements;
    }, MAX_PROFILE_STATEMENTS);
  });

  it("the Job Codes tab with one state's rates: the same for the whole catalogue as for a search's three codes, and at most 6", async () => {
    const counts = [];
    for (const [search, rows] of [[null, 31], ['technician', 3]] as const) {
      const { data, statements } = await statementsOf(member, JobCodesRouteDocument, { state: 'AL', search, withRates: true });
      const jobCodes = data.jobCodes as { rates: { state: string }[] }[];
      expect(jobCodes).toHaveLength(rows);
      expect(jobCodes.every((code) => code.rates.length === 2 && code.rates.every((rate) => rate.state === 'AL'))).toBe(true);
      expect(data.catalogue).toHaveLength(31);
      counts.push(statements.length);
    }
    console.log(`Job Codes tab statements for 31 and 3 codes: ${counts.join(', ')}`);
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the Company Overview: every figure, series and count in one statement, all time or for a range', async () => {
    for (const range of [{}, { from: dayFromToday(server, -365), to: dayFromToday(server, 0) }]) {
      const { data, statements } = await statementsOf(member, OverviewRouteDocument, range);
      const overview = data.companyOverview as { assignmentsStarted: { periods: unknown[] }; needsAttention: { missingPoNumbers: number } };
      expect(overview.assignmentsStarted.periods.length).toBeGreaterThan(1);
      expect(overview.needsAttention.missingPoNumbers).toBeGreaterThan(0);
      console.log(`Company Overview ${'from' in range ? 'for a year' : 'all time'}: ${statements.length} statements`);
      expect(statements.filter((statement) => /with ranged as not materialized/.test(statement))).toHaveLength(1);
      expect(statements.length).toBeLessThanOrEqual(2);
    }
  });

  // Before the invoices case below, which gives every assignment a PO number.
  it('the missing PO numbers list: the same at 10 and 100 rows, and at most 6', async () => {
    await expectSameCountAtEverySize('Missing PO numbers', async (first) => {
      const { data, statements } = await statementsOf(member, MissingPoNumbersRouteDocument, { first });
      expect((data.assignments as Connection).edges).toHaveLength(first);
      return statements;
    });
  });

  it('the Invoices page: the same at 10 and 100 invoices, and at most 6', async () => {
    // One PO number per assignment, so issuing now makes one invoice of each.
    const rows = await server.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.agencyId, agencyId));
    for (const [index, row] of rows.entries()) {
      const poNumber = `PO-${index}`;
      await server.db.insert(purchaseOrders).values({ agencyId, number: poNumber });
      await server.db.update(assignments).set({ poNumber }).where(eq(assignments.id, row.id));
    }
    await member.data('mutation { issueInvoices { id } }');
    await expectSameCountAtEverySize('Invoices page', async (first) => {
      const { data, statements } = await statementsOf(member, InvoicesRouteDocument, { first });
      expect((data.invoices as Connection).edges).toHaveLength(first);
      return statements;
    });
  });

  it("the agency's events (the certificates its assignments' coverage issued, among others): the same at 10 and 100 events, and at most 6", async () => {
    const events = parse('query Events($first: Int, $type: String) { events(first: $first, type: $type) { edges { cursor node { id type createdAt data } } pageInfo { hasNextPage endCursor } } }');
    await expectSameCountAtEverySize('Events', async (first) => {
      const { data, statements } = await statementsOf(member, events, { first, type: 'certificate.issued' });
      expect((data.events as Connection).edges).toHaveLength(first);
      return statements;
    });
  });

  it("the Facilities page with each facility's Compliance Hub team: the same at 10 and 100 facilities, and at most 6", async () => {
    const reps = {} as Record<(typeof SIZES)[number], GraphQLClient>;
    for (const size of SIZES) {
      const agency = await createAgency(server);
      for (let i = 0; i < size; i++) {
        const facility = await createFacility(server, agency);
        await createFacilityUser(server, [facility]);
      }
      reps[size] = (await signedInMemberOf(server, agency)).client;
    }
    await expectSameCountAtEverySize('Facilities page', async (size) => {
      const { data, statements } = await statementsOf(reps[size], FacilitiesRouteDocument, { first: size });
      const facilities = (data.viewer as { facilityConnection: { edges: { node: { team: unknown[] } }[] } }).facilityConnection.edges.map((edge) => edge.node);
      expect(facilities).toHaveLength(size);
      expect(facilities.every((facility) => facility.team.length === 1)).toBe(true);
      return statements;
    });
  });

  it('the Team page, and a page of job categories with their job codes: the same at 10 and 100 rows, and at most 6', async () => {
    const agency = await createAgency(server);
    const rep = (await signedInMemberOf(server, agency)).client;
    for (let i = 0; i < 100; i++) await createTeamMember(server, agency);
    const jobCode = await catalogueJobCode(server, 'security-guard');
    const coverages = [['GENERAL_LIABILITY'], ['WORKERS_COMPENSATION']] as const;
    await server.db
      .insert(jobCategories)
      .values(coverages.flatMap((coverageTypes) => US_STATES.map((state) => ({ agencyId: agency.id, jobCodeId: jobCode.id, coverageTypes: [...coverageTypes], workState: state.code, status: 'APPROVED' as const, requestedByType: 'SYSTEM' as const }))));
    await expectSameCountAtEverySize('Team page', async (first) => {
      const { data, statements } = await statementsOf(rep, TeamRouteDocument, { first });
      expect((data.teamMemberConnection as Connection).edges).toHaveLength(first);
      return statements;
    });
    const categories = parse('query($first: Int) { jobCategoryConnection(first: $first) { totalCount edges { node { id workState jobCode { id title } } } } }');
    await expectSameCountAtEverySize('Job categories', async (first) => {
      const { data, statements } = await statementsOf(rep, categories, { first });
      expect((data.jobCategoryConnection as Connection).edges).toHaveLength(first);
      return statements;
    });
  });

  it("the delivery log of an agency's endpoints, each delivery with its event and attempts: the same at 10 and 100 deliveries, and at most 6", async () => {
    const agency = await createAgency(server);
    for (const url of ['https://one.example.com/hooks', 'https://two.example.com/hooks']) {
      await server.db.insert(webhookEndpoints).values({ agencyId: agency.id, url, events: ['policy.active'], secret: 'whsec_statement-counts' });
    }
    await asPlatform(server, async (tx) => {
      for (let n = 0; n < 100; n++) await recordWebhookEvent(tx, { agencyId: agency.id, type: 'policy.active', data: { n } });
    });
    const deliveries = await server.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.agencyId, agency.id));
    const at = server.clock.now();
    await server.db.insert(webhookDeliveryAttempts).values(
      deliveries.flatMap((delivery) => [500, 200].map((statusCode) => ({ agencyId: agency.id, deliveryId: delivery.id, attemptedAt: at, statusCode, latencyMs: 12 }))),
    );
    const rep = (await signedInMemberOf(server, agency)).client;
    const log = parse(`query($first: Int) {
      webhookEndpoints { id url deliveries(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id status event { id type data } attemptLog { id statusCode latencyMs } } } } }
    }`);
    await expectSameCountAtEverySize('Webhook delivery log', async (first) => {
      const { data, statements } = await statementsOf(rep, log, { first });
      const endpoints = data.webhookEndpoints as { deliveries: { edges: { node: { attemptLog: unknown[] } }[] } }[];
      expect(endpoints).toHaveLength(2);
      expect(endpoints.every((endpoint) => endpoint.deliveries.edges.length === first && endpoint.deliveries.edges.every(({ node }) => node.attemptLog.length === 2))).toBe(true);
      return statements;
    });
  });
});
