// The audit log: who did what, when, to which record. Written in the transaction of the change itself,
// naming the scope's actor (a member, an API key, a facility user, a contractor, the operator, the system).
import type { ScopedTransaction } from '../../access/scope.js';
import type { Actor } from '../../access/viewer.js';
import { auditLog } from '../../db/schema.js';

export type AuditEntry = { action: string; agencyId: string | null; targetType: string; targetId: string | null; data?: Record<string, unknown> };

/** Records `entry` as done by the scope's actor, or by `actor` when a sign-in learns who it is only midway. */
export async function recordAudit(tx: ScopedTransaction, entry: AuditEntry, actor: Actor = tx.scope.actor): Promise<void> {
  await tx.db.insert(auditLog).values({ ...actor, ip: tx.scope.ip, ...entry, data: entry.data ?? {} });
}
