// Every status change of an assignment goes through here: rule 4's state machine, the status history
// and the audit log in the caller's transaction, and what entering the new status sets in motion.
import { and, eq, sql } from 'drizzle-orm';
import { assertTransition, type AssignmentStatus } from '@coverline/domain';
import type { Transaction } from '../../db/client.js';
import { assignments, assignmentStatusChanges } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import { recordAudit } from '../audit/audit.js';
import { onStatusEntered } from './assignment-flow.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';

export type StatusChangeBy = { viewer: Viewer; ip: string | null };
export const SYSTEM: StatusChangeBy = { viewer: { kind: 'ANONYMOUS' }, ip: null };

export type AssignmentRow = typeof assignments.$inferSelect;

/** Locks the assignment row for the rest of the transaction and returns it. */
export async function lockAssignment(tx: Transaction, key: { agencyId: string; assignmentId: string }): Promise<AssignmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.agencyId, key.agencyId), eq(assignments.id, key.assignmentId)))
    .for('update');
  return row;
}

export async function moveAssignment(
  tx: Transaction,
  deps: ServerDependencies,
  by: StatusChangeBy,
  input: { agencyId: string; assignmentId: string; to: AssignmentStatus; reason?: string },
): Promise<AssignmentRow> {
  const current = await lockAssignment(tx, input);
  if (!current) throw new Error(`assignment ${input.assignmentId} does not exist`);
  assertTransition(current.status, input.to);
  const now = deps.now();
  const [updated] = await tx
    .update(assignments)
    .set({ status: input.to, updatedAt: now })
    .where(and(eq(assignments.agencyId, input.agencyId), eq(assignments.id, input.assignmentId)))
    .returning();
  if (!updated) throw new Error('assignment update returned nothing');
  await recordStatusChange(tx, by, { agencyId: input.agencyId, assignmentId: input.assignmentId, from: current.status, to: input.to, reason: input.reason, at: now });
  await onStatusEntered(tx, deps, by, updated);
  return updated;
}

/** The history row and audit record of one change (also used for the first status, from null). */
export async function recordStatusChange(
  tx: Transaction,
  by: StatusChangeBy,
  change: { agencyId: string; assignmentId: string; from: AssignmentStatus | null; to: AssignmentStatus; reason?: string; at: Date },
): Promise<void> {
  await tx.insert(assignmentStatusChanges).values({
    agencyId: change.agencyId,
    assignmentId: change.assignmentId,
    fromStatus: change.from,
    toStatus: change.to,
    ...actorOf(by.viewer),
    reason: change.reason ?? null,
    createdAt: change.at,
  });
  await recordAudit(tx, by, {
    action: change.from ? 'assignment.status_change' : 'assignment.create',
    agencyId: change.agencyId,
    targetType: 'assignment',
    targetId: change.assignmentId,
    data: { from: change.from, to: change.to, ...(change.reason ? { reason: change.reason } : {}) },
  });
}

/** The daily job: assignments whose end date has passed in their agency's time zone become ENDED. */
export async function endFinishedAssignments(deps: ServerDependencies): Promise<number> {
  const due = await deps.db.execute<{ agency_id: string; id: string }>(sql`
    select a.agency_id, a.id from assignments a join agency_settings s on s.agency_id = a.agency_id
    where a.status = 'COVERED' and a.end_date < (${deps.now().toISOString()}::timestamptz at time zone s.time_zone)::date`);
  for (const row of due) {
    await deps.db.transaction((tx) =>
      moveAssignment(tx, deps, SYSTEM, { agencyId: row.agency_id, assignmentId: row.id, to: 'ENDED', reason: 'The end date has passed.' }),
    );
  }
  return due.length;
}
