// A contractor's stored coverage status stays what the domain's contractorCoverage says of their
// assignments: through each change the product makes (created, opt-in, coverage, extension, end,
// cancellation), as the Contractors tab's filter finds it; after concurrent changes of two of their assignments (the contractor's row lock
// orders them), without a deadlock against an opt-in confirmed at the same moment, and as migration
// 0005's backfill first wrote it.
import { readFileSync } from 'node:fs';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, contractorCoverage, type AssignmentStatus } from '@coverline/domain';
import { assignments, contractors } from '../src/db/schema.js';
import { endFinishedAssignments, enterStatus } from '../src/modules/assignment-lifecycle/assignment-lifecycle.js';
import { tokenIn } from './support/smtp-inbox.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import {
  approvedJobCategory,
  asPlatform,
  assignmentAwaitingOptIn,
  assignmentInput,
  createAgency,
  createContractor,
  createMasterPolicies,
  dayFromToday,
  signedInMemberOf,
  type AgencyFixture,
} from './factories/index.js';

let server: TestServer;
let agency: AgencyFixture;
let rep: GraphQLClient;
let categoryId: string;

beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
  agency = await createAgency(server);
  categoryId = (await approvedJobCategory(server, agency)).id;
  rep = (await signedInMemberOf(server, agency)).client;
}, 120_000);

afterAll(async () => server?.stop());

/** The contractor's stored coverage, and what the domain derives from their assignments as they are now. */
async function storedAndDerived(contractorId: string) {
  const row = await server.db.query.contractors.findFirst({ where: eq(contractors.id, contractorId) });
  const rows = await server.db.select({ id: assignments.id, status: assignments.status, effectiveDate: assignments.effectiveDate }).from(assignments).where(eq(assignments.contractorId, contractorId));
  return { stored: { status: row?.coverageStatus, assignmentId: row?.currentAssignmentId }, derived: contractorCoverage(rows) };
}

/**
 * Runs `start` while the owner holds `lock` (a row lock), so the requests it starts all queue at it,
 * then lets them go at once and waits for their answers.
 */
async function releasedTogether<T>(lock: ReturnType<typeof sql>, start: () => Promise<T>[]): Promise<T[]> {
  let started: Promise<T>[] = [];
  await server.db.transaction(async (tx) => {
    await tx.execute(lock);
    started = start();
    // Long enough for every request to reach the lock and wait there.
    await new Promise((resolve) => setTimeout(resolve, 400));
  });
  return Promise.all(started);
}

const CANCEL = 'mutation($id: ID!) { cancelAssignment(id: $id) { id status } }';

describe('each change of an assignment', () => {
  /** The contractor's coverage status as the tab shows it, checked against the domain's derivation and found by the tab's filter of that status. */
  async function shownStatus(contractor: { id: string; lastName: string }): Promise<string> {
    const { stored, derived } = await storedAndDerived(contractor.id);
    expect(stored).toEqual(derived);
    const { contractors: page } = await rep.data<{ contractors: { edges: { node: { id: string; coverageStatus: string; currentAssignment: { id: string } | null } }[] } }>(
      'query($f: ContractorFilter) { contractors(filter: $f, first: 5) { edges { node { id coverageStatus currentAssignment { id } } } } }',
      { f: { search: contractor.lastName, coverageStatus: [derived.status] } },
    );
    expect(page.edges.map((edge) => edge.node)).toEqual([{ id: contractor.id, coverageStatus: derived.status, currentAssignment: derived.assignmentId ? { id: derived.assignmentId } : null }]);
    return derived.status;
  }

  it('leaves the stored coverage status what the assignments say: created, opted in, covered, extended, ended, cancelled', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Follow', lastName: 'Thestatus' });
    expect(await shownStatus(contractor)).toBe('NOT_INVITED');
    const create = 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }';
    const { createAssignment: first } = await rep.data<{ createAssignment: { id: string; status: string } }>(create, {
      input: assignmentInput(server, { contractorId: contractor.id, jobCategoryId: categoryId }),
    });
    expect(first.status).toBe('AWAITING_OPT_IN');
    expect(await shownStatus(contractor)).toBe('NEEDS_OPT_IN');

    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
    const submit = 'mutation($t: String!) { submitOptIn(token: $t, input: { acceptTerms: true, signatureName: "Follow Thestatus" }) { assignments { id status } } }';
    const { submitOptIn } = await server.client('contractor').data<{ submitOptIn: { assignments: { status: string }[] } }>(submit, { t: token });
    expect(submitOptIn.assignments.map((assignment) => assignment.status)).toEqual(['COVERED']);
    expect(await shownStatus(contractor)).toBe('COVERED');

    await rep.data('mutation($id: ID!, $d: String!) { extendAssignment(id: $id, endDate: $d) { id } }', { id: first.id, d: dayFromToday(server, 20) });
    expect(await shownStatus(contractor)).toBe('COVERED');

    // Its dates pass (moved into the past, as time would), and the daily job ends it.
    await server.db.update(assignments).set({ effectiveDate: dayFromToday(server, -9), endDate: dayFromToday(server, -2) }).where(eq(assignments.id, first.id));
    await endFinishedAssignments(server.coverline.deps);
    expect(await shownStatus(contractor)).toBe('NO_CURRENT_ASSIGNMENT');

    // Opted in for the same job: the next one is covered at once, and its cancellation leaves nothing current.
    const { createAssignment: second } = await rep.data<{ createAssignment: { id: string; status: string } }>(create, {
      input: assignmentInput(server, { contractorId: contractor.id, jobCategoryId: categoryId }),
    });
    expect(second.status).toBe('COVERED');
    expect(await shownStatus(contractor)).toBe('COVERED');
    await rep.data(CANCEL, { id: second.id });
    expect(await shownStatus(contractor)).toBe('NO_CURRENT_ASSIGNMENT');
  });
});

describe('concurrent changes of one contractor', () => {
  it("two assignments cancelled at the same moment leave the contractor with no current assignment", async () => {
    const pairs = [];
    for (let i = 0; i < 3; i++) {
      const contractor = await createContractor(server, agency);
      const first = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: categoryId, effectiveDate: dayFromToday(server, 5) });
      const second = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: categoryId, effectiveDate: dayFromToday(server, 9) });
      pairs.push({ contractor, ids: [first.id, second.id] });
    }
    const ids = pairs.flatMap((pair) => pair.ids);
    const results = await releasedTogether(sql`select 1 from ${assignments} where ${inArray(assignments.id, ids)} for update`, () => ids.map((id) => rep.request(CANCEL, { id })));
    expect(results.map((result) => result.errors)).toEqual(ids.map(() => undefined));
    for (const { contractor } of pairs) {
      const { stored, derived } = await storedAndDerived(contractor.id);
      expect(derived).toEqual({ status: 'NO_CURRENT_ASSIGNMENT', assignmentId: null });
      expect(stored).toEqual(derived);
    }
  });

  it('an assignment cancelled while the contractor confirms its opt-in: no deadlock, and the status fits the outcome', async () => {
    const contractor = await createContractor(server, agency, { firstName: 'Jamie', lastName: 'Racer' });
    const assignment = await assignmentAwaitingOptIn(server, { agencyId: agency.id, contractorId: contractor.id, jobCategoryId: categoryId });
    await asPlatform(server, (tx) => enterStatus(tx, server.coverline.deps, assignment));
    const token = tokenIn(await server.inbox.waitFor(contractor.email, { subject: /Confirm your coverage/ }));
    const portal = server.client('contractor');
    const submit = 'mutation($t: String!) { submitOptIn(token: $t, input: { acceptTerms: true, signatureName: "Jamie Racer" }) { assignments { id status } } }';
    const [cancelled, confirmed] = await releasedTogether(sql`select 1 from ${contractors} where ${contractors.id} = ${contractor.id} for update`, () => [
      rep.request(CANCEL, { id: assignment.id }),
      portal.request(submit, { t: token }),
    ]);
    // Whichever went second may be refused for what the first did, but nothing failed on our side.
    for (const result of [cancelled, confirmed]) {
      for (const error of result?.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const { stored, derived } = await storedAndDerived(contractor.id);
    expect(stored).toEqual(derived);
  });
});

describe("migration 0005's backfill", () => {
  it('writes for mixed statuses (ties on the effective date included) what contractorCoverage derives', async () => {
    const backfill = readFileSync(new URL('../src/db/migrations/0005_issue9_contractors_reminders_invoices.sql', import.meta.url), 'utf8')
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter((statement) => statement.startsWith('UPDATE contractors'));
    expect(backfill).toHaveLength(2);

    const backfilled = await createAgency(server);
    const category = await approvedJobCategory(server, backfilled);
    // A fixed sequence of pseudo-random choices, so a failure repeats.
    let seed = 7;
    const pick = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const contractor = await createContractor(server, backfilled);
      ids.push(contractor.id);
      const count = pick(5);
      if (count === 0) continue;
      await server.db.insert(assignments).values(
        Array.from({ length: count }, () => ({
          agencyId: backfilled.id,
          contractorId: contractor.id,
          jobCategoryId: category.id,
          clientEntity: 'Meta',
          jobName: 'Booth host',
          description: 'Greets visitors at the client booth and runs product demos all day.',
          effectiveDate: dayFromToday(server, pick(3)),
          endDate: dayFromToday(server, 10),
          wageCents: 100_000,
          premiumCents: 1_000,
          payer: 'AGENCY' as const,
          status: ASSIGNMENT_STATUSES[pick(ASSIGNMENT_STATUSES.length)] as AssignmentStatus,
          createdByType: 'SYSTEM' as const,
        })),
      );
    }
    // As before the migration: nothing derived yet.
    await server.db.update(contractors).set({ coverageStatus: 'NOT_INVITED', currentAssignmentId: null }).where(eq(contractors.agencyId, backfilled.id));
    for (const statement of backfill) await server.db.execute(sql.raw(statement));

    const statuses = new Set<string>();
    for (const id of ids) {
      const { stored, derived } = await storedAndDerived(id);
      expect(stored).toEqual(derived);
      statuses.add(derived.status);
    }
    // Every coverage status was tried.
    expect(statuses.size).toBe(7);
  });
});
