// Test data for contractor pay: a contractor-paid assignment, a card on file, and quick looks at charges.
import { and, asc, eq, sql } from 'drizzle-orm';
import { addDays, todayInTimeZone } from '@coverline/domain';
import { agencySettings, assignments, assignmentStatusChanges, charges, policies } from '../../src/db/schema.js';
import { moveAssignment, recordStatusChange, SYSTEM } from '../../src/modules/assignments/assignment-status.js';
import { attachPaymentMethod } from '../../src/modules/payments/payments.service.js';
import { DEMO_POLICIES } from '../../src/seed/demo-data.js';
import { createAgency, createContractor } from './factories.js';
import { approvedJobCategory, dayFromToday } from './lifecycle-factories.js';
import type { TestServer } from './test-server.js';

let sequence = 0;

/** The platform's master policies (the demo's, with every limit a certificate prints), valid well around today. */
export async function createPlatformPolicies(server: TestServer) {
  const today = todayInTimeZone('UTC', server.clock.now());
  await server.db
    .insert(policies)
    .values(DEMO_POLICIES.map((policy) => ({ ...policy, limits: { ...policy.limits }, periodStart: addDays(today, -400), periodEnd: addDays(today, 800) })))
    .onConflictDoNothing();
}

/** An agency whose billing email receives payment news, with one contractor and an approved category. */
export async function contractorPayAgency(server: TestServer) {
  const n = ++sequence;
  const agency = await createAgency(server, `Pay Agency ${n}`);
  const billingEmail = `billing${n}@pay-agency.test`;
  await server.db.update(agencySettings).set({ billingEmail, defaultPayer: 'CONTRACTOR' }).where(eq(agencySettings.agencyId, agency.id));
  const category = await approvedJobCategory(server, agency.id, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
  return { agency, billingEmail, category };
}

/** A contractor-paid assignment inserted straight into the database, waiting for the contractor's opt-in. */
export async function createAssignmentRow(
  server: TestServer,
  input: { agencyId: string; contractorId: string; jobCategoryId: string; premiumCents?: number; jobName?: string; payer?: 'AGENCY' | 'CONTRACTOR' },
) {
  const [row] = await server.db
    .insert(assignments)
    .values({
      agencyId: input.agencyId,
      contractorId: input.contractorId,
      jobCategoryId: input.jobCategoryId,
      clientEntity: 'Meta',
      jobName: input.jobName ?? `Booth host ${++sequence}`,
      description: 'Greets visitors at the client booth and runs product demos. Packs the booth away at the end of each day.',
      effectiveDate: dayFromToday(server, 3),
      endDate: dayFromToday(server, 30),
      wageCents: 150_000,
      premiumCents: input.premiumCents ?? 4_250,
      payer: input.payer ?? 'CONTRACTOR',
      status: 'AWAITING_OPT_IN',
      createdByType: 'SYSTEM',
      createdAt: server.clock.now(),
    })
    .returning();
  if (!row) throw new Error('no assignment');
  await server.db.transaction((tx) =>
    recordStatusChange(tx, SYSTEM, { agencyId: row.agencyId, assignmentId: row.id, from: null, to: 'AWAITING_OPT_IN', at: server.clock.now() }),
  );
  return row;
}

/** Saves a card on file through the real use case (as the opt-in submission does). */
export async function addCard(server: TestServer, contractor: { agencyId: string; id: string }, token = 'pm_card_visa') {
  return server.db.transaction((tx) =>
    attachPaymentMethod(tx, server.coverline.deps, { agencyId: contractor.agencyId, contractorId: contractor.id, paymentMethodToken: token }),
  );
}

/** Moves an assignment to AWAITING_PAYMENT the way the lifecycle does, which schedules its charge. */
export async function enterAwaitingPayment(server: TestServer, assignment: { agencyId: string; id: string }) {
  await server.db.transaction((tx) =>
    moveAssignment(tx, server.coverline.deps, SYSTEM, { agencyId: assignment.agencyId, assignmentId: assignment.id, to: 'AWAITING_PAYMENT', reason: 'Opted in.' }),
  );
}

/** A contractor with a card, and one of their assignments whose charge was just announced. */
export async function scheduledCharge(
  server: TestServer,
  setup: { agency: { id: string }; category: { id: string } },
  options: { token?: string | null; premiumCents?: number; jobName?: string } = {},
) {
  const contractor = await createContractor(server, setup.agency.id);
  if (options.token !== null) await addCard(server, contractor, options.token ?? 'pm_card_visa');
  const assignment = await createAssignmentRow(server, {
    agencyId: setup.agency.id,
    contractorId: contractor.id,
    jobCategoryId: setup.category.id,
    premiumCents: options.premiumCents,
    jobName: options.jobName,
  });
  await enterAwaitingPayment(server, assignment);
  return { contractor, assignment };
}

export async function chargesOf(server: TestServer, assignment: { agencyId: string; id: string }) {
  return server.db
    .select()
    .from(charges)
    .where(and(eq(charges.agencyId, assignment.agencyId), eq(charges.assignmentId, assignment.id)))
    .orderBy(asc(charges.createdAt), asc(charges.idempotencyKey));
}

export async function statusOf(server: TestServer, assignment: { agencyId: string; id: string }) {
  const row = await server.db.query.assignments.findFirst({ where: and(eq(assignments.agencyId, assignment.agencyId), eq(assignments.id, assignment.id)) });
  return row?.status;
}

export async function historyOf(server: TestServer, assignment: { agencyId: string; id: string }) {
  return server.db
    .select()
    .from(assignmentStatusChanges)
    .where(and(eq(assignmentStatusChanges.agencyId, assignment.agencyId), eq(assignmentStatusChanges.assignmentId, assignment.id)))
    .orderBy(asc(assignmentStatusChanges.id));
}

/** The queued graphile-worker job with this key, if any. */
export async function queuedJob(server: TestServer, jobKey: string) {
  const rows = await server.db.execute<{ task_identifier: string; run_at: Date }>(
    sql`select task_identifier, run_at from graphile_worker.jobs where key = ${jobKey}`,
  );
  return rows[0];
}

/** Polls until `check` holds (e.g. the worker finished a job), or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
