// The audit log: who did what, when, to which record. Written in the transaction of the change itself.
import type { Executor } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { actorOf, type Viewer } from '../../graphql/viewer.js';

export async function recordAudit(
  executor: Executor,
  by: { viewer: Viewer; ip: string | null },
  entry: { action: string; agencyId: string | null; targetType: string; targetId: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await executor.insert(auditLog).values({ ...actorOf(by.viewer), ip: by.ip, ...entry, data: entry.data ?? {} });
}
