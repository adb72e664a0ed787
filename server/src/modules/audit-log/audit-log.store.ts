// The audit log as the agency reads it. audit_log has no row-level security policy (writers of every
// scope append to it), so every query here names the viewer's tenant itself through tenantWhere.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere } from '../../access/tenant.js';
import type { ActorType } from '../../access/viewer.js';
import { agencySettings, apiKeys, auditLog, teamMembers } from '../../db/schema.js';
import { isoMicroseconds } from '../../db/timestamps.js';

export type AuditLogQuery = {
  actorType: ActorType | null;
  actorId: string | null;
  recordType: string | null;
  recordId: string | null;
  /** Inclusive dates in the agency's time zone. */
  from: string | null;
  to: string | null;
};

/** The keyset of the newest-first order: created_at at full (microsecond) precision, then id. */
export type AuditCursor = { at: string; id: number };

export type AuditEntryRow = {
  id: number;
  at: Date;
  cursorAt: string;
  action: string;
  actorType: ActorType;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  recordType: string;
  recordId: string | null;
  ip: string | null;
  data: Record<string, unknown>;
};

const agencyTimeZone = sql`(select ${agencySettings.timeZone} from ${agencySettings} where ${agencySettings.agencyId} = ${auditLog.agencyId})`;

function startOfDay(date: string): SQL {
  return sql`(${date}::date::timestamp at time zone ${agencyTimeZone})`;
}

export class AuditLogStore extends Store {
  /** A page, newest first; `limit + 1` rows say whether more follow. */
  async list(query: AuditLogQuery, page: { after: AuditCursor | null; limit: number }): Promise<AuditEntryRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select({
        id: auditLog.id,
        at: auditLog.createdAt,
        cursorAt: isoMicroseconds(auditLog.createdAt),
        action: auditLog.action,
        actorType: auditLog.actorType,
        actorId: auditLog.actorId,
        actorName: sql<string | null>`coalesce(${teamMembers.name}, ${apiKeys.name})`,
        actorEmail: teamMembers.email,
        recordType: auditLog.targetType,
        recordId: auditLog.targetId,
        ip: sql<string | null>`host(${auditLog.ip})`,
        data: auditLog.data,
      })
      .from(auditLog)
      .leftJoin(teamMembers, and(eq(auditLog.actorType, 'AGENCY_MEMBER'), eq(teamMembers.agencyId, auditLog.agencyId), eq(teamMembers.id, auditLog.actorId)))
      .leftJoin(apiKeys, and(eq(auditLog.actorType, 'API_KEY'), eq(apiKeys.agencyId, auditLog.agencyId), eq(apiKeys.id, auditLog.actorId)))
      .where(
        and(
          tenantWhere(tenant, { agency: auditLog.agencyId }),
          query.actorType ? eq(auditLog.actorType, query.actorType) : undefined,
          query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
          query.recordType ? eq(auditLog.targetType, query.recordType) : undefined,
          query.recordId ? eq(auditLog.targetId, query.recordId) : undefined,
          query.from ? sql`${auditLog.createdAt} >= ${startOfDay(query.from)}` : undefined,
          query.to ? sql`${auditLog.createdAt} < ${startOfDay(query.to)} + interval '1 day'` : undefined,
          page.after ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${page.after.at}::timestamptz, ${page.after.id})` : undefined,
        ),
      )
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(page.limit + 1);
  }
}
