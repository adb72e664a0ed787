// Assignments: a row put straight into AWAITING_OPT_IN with its first status recorded (no opt-in is
// requested: tests that need one make it), then moved along the lifecycle as the product moves it
// (which issues certificates, schedules charges, and so on), as the platform.
import { and, eq } from 'drizzle-orm';
import { addDays, todayInTimeZone, type AssignmentStatus } from '@coverline/domain';
import { assignments, certificates } from '../../src/db/schema.js';
import { moveAssignment, recordStatusChange } from '../../src/modules/assignment-lifecycle/assignment-lifecycle.js';
import { requestOptIn } from '../../src/modules/opt-ins/opt-in-requests.js';
import type { TestServer } from '../support/test-server.js';
import { next } from './sequence.js';
import { asPlatform } from './platform.js';

/** A date `days` from today in New York (the agencies' default time zone). */
export function dayFromToday(server: TestServer, days: number): string {
  return addDays(todayInTimeZone('America/New_York', server.clock.now()), days);
}

type AssignmentFacts = {
  agencyId: string;
  contractorId: string;
  jobCategoryId: string;
  facilityId?: string | null;
  effectiveDate?: string;
  endDate?: string;
  payer?: 'AGENCY' | 'CONTRACTOR';
  premiumCents?: number;
  wageCents?: number;
  jobName?: string;
  clientEntity?: string;
  description?: string;
};

/** An assignment waiting for its opt-in (agency-paid unless said otherwise), ready to move on. */
export async function assignmentAwaitingOptIn(server: TestServer, input: AssignmentFacts) {
  const [assignment] = await server.db
    .insert(assignments)
    .values({
      agencyId: input.agencyId,
      contractorId: input.contractorId,
      jobCategoryId: input.jobCategoryId,
      facilityId: input.facilityId ?? null,
      clientEntity: input.clientEntity ?? 'Meta',
      jobName: input.jobName ?? `Booth host ${next()}`,
      description: input.description ?? 'Greets visitors at the client booth and runs product demos. Packs the booth away at the end of each day.',
      effectiveDate: input.effectiveDate ?? dayFromToday(server, 3),
      endDate: input.endDate ?? dayFromToday(server, 30),
      wageCents: input.wageCents ?? 150_000,
      premiumCents: input.premiumCents ?? 4_250,
      payer: input.payer ?? 'AGENCY',
      status: 'AWAITING_OPT_IN',
      createdByType: 'SYSTEM',
      createdAt: server.clock.now(),
    })
    .returning();
  if (!assignment) throw new Error('no assignment');
  await asPlatform(server, (tx) => recordStatusChange(tx, { agencyId: assignment.agencyId, contractorId: assignment.contractorId, assignmentId: assignment.id, from: null, to: 'AWAITING_OPT_IN', at: server.clock.now() }));
  return assignment;
}

/** An assignment waiting for its opt-in, requested as production requests it: the opt-in, the link and its email. */
export async function assignmentWithOptInRequested(server: TestServer, input: AssignmentFacts) {
  const assignment = await assignmentAwaitingOptIn(server, input);
  await asPlatform(server, (tx) => requestOptIn(tx, server.coverline.deps, assignment));
  return assignment;
}

/** Moves an assignment the way the lifecycle does (entering the status sets in motion what follows). */
export async function moveTo(server: TestServer, assignment: { agencyId: string; id: string }, to: AssignmentStatus, reason?: string) {
  return asPlatform(server, (tx) => moveAssignment(tx, server.coverline.deps, { agencyId: assignment.agencyId, assignmentId: assignment.id, to, reason }));
}

/** A covered assignment with its certificate, reached as the product reaches it. Needs the master policies. */
export async function coveredAssignment(server: TestServer, input: AssignmentFacts) {
  const assignment = await assignmentAwaitingOptIn(server, input);
  await moveTo(server, assignment, 'COVERED');
  const certificate = await server.db.query.certificates.findFirst({ where: and(eq(certificates.agencyId, assignment.agencyId), eq(certificates.assignmentId, assignment.id)) });
  if (!certificate) throw new Error('no certificate was issued');
  return { assignment, certificate };
}

/** The createAssignment input of a two-day booth job starting in three days, agency-paid, as a rep fills the form. */
export function assignmentInput(server: TestServer, ids: { contractorId: string; jobCategoryId: string }, overrides: Record<string, unknown> = {}) {
  return {
    ...ids,
    clientEntity: 'Meta',
    jobName: 'Booth host',
    description: 'Greets visitors at the client booth and runs product demos for two days.',
    effectiveDate: dayFromToday(server, 3),
    endDate: dayFromToday(server, 5),
    wageCents: 150_000,
    payer: 'AGENCY',
    ...overrides,
  };
}
