// Looks at what a test's actions left in the database (through the owner's connection) and waits for
// the job worker to finish.
import { and, asc, eq, sql } from 'drizzle-orm';
import { assignments, assignmentStatusChanges, charges, facilityUsers } from '../../src/db/schema.js';
import type { TestServer } from './test-server.js';

/** Rows in the mail outbox, all of them or those to one address. */
export async function outboxCount(server: TestServer, to?: string): Promise<number> {
  const rows = await server.db.execute<{ n: number }>(
    to === undefined ? sql`select count(*)::int as n from mail_outbox` : sql`select count(*)::int as n from mail_outbox where "to" = ${to}`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Waits until the worker has finished every queued sign-in and mail job, so a test can assert that
 * something was NOT sent without guessing how long to wait. Finished jobs leave the queue; failing ones
 * stay, and make this time out.
 */
export async function jobsSettled(server: TestServer, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await server.db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where task_identifier in ('send_magic_link', 'send_password_reset', 'send_contractor_link', 'deliver_mail')`,
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error('background jobs did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function findFacilityUser(server: TestServer, email: string) {
  return server.db.query.facilityUsers.findFirst({ where: eq(facilityUsers.email, email) });
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
  const rows = await server.db.execute<{ task_identifier: string; run_at: Date }>(sql`select task_identifier, run_at from graphile_worker.jobs where key = ${jobKey}`);
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
