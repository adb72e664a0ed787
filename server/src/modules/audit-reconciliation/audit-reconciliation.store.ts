// Reconciliations of auditors' payment schedules, kept per facility for their downloads.
import { and, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Reconciliation } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import { auditReconciliations } from '../../db/schema.js';
import { isoMicroseconds } from '../../db/timestamps.js';

export type StoredReconciliation = typeof auditReconciliations.$inferSelect;

const reconciliationRows = (tenant: Tenant) =>
  tenantWhere(tenant, { agency: auditReconciliations.agencyId, facility: grantedFacilityRows(auditReconciliations.agencyId, auditReconciliations.facilityId) });

const ofFacility = (facility: { agencyId: string; id: string }) => and(eq(auditReconciliations.agencyId, facility.agencyId), eq(auditReconciliations.facilityId, facility.id));

export class AuditReconciliationStore extends Store {
  /**
   * Keeps a reconciliation unless the facility already keeps `quota` of them (then null). Racing
   * inserts for one facility take its lock in turn, so none slips past the count.
   */
  async insertWithinQuota(values: {
    agencyId: string;
    facilityId: string;
    createdByFacilityUserId: string | null;
    createdByTeamMemberId: string | null;
    fileName: string | null;
    result: Reconciliation;
    createdAt: Date;
  }, quota: number): Promise<StoredReconciliation | null> {
    const db = await this.db();
    await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit_reconciliations:${values.facilityId}`}, 0))`);
    if ((await this.countOfFacility({ agencyId: values.agencyId, id: values.facilityId })) >= quota) return null;
    const [row] = await db.insert(auditReconciliations).values(values).returning();
    if (!row) throw new Error('audit reconciliation insert returned nothing');
    return row;
  }

  /** The facility's reconciliations, newest first: `limit + 1` after the (created at, id) key. */
  async pageOfFacility(facility: { agencyId: string; id: string }, page: { after: [string, string] | null; limit: number }): Promise<(StoredReconciliation & { cursorAt: string })[]> {
    const { db, tenant } = await this.open();
    const after = page.after ? sql`(${auditReconciliations.createdAt}, ${auditReconciliations.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)` : undefined;
    return db
      .select({ ...getTableColumns(auditReconciliations), cursorAt: isoMicroseconds(auditReconciliations.createdAt) })
      .from(auditReconciliations)
      .where(and(reconciliationRows(tenant), ofFacility(facility), after))
      .orderBy(desc(auditReconciliations.createdAt), desc(auditReconciliations.id))
      .limit(page.limit + 1);
  }

  async countOfFacility(facility: { agencyId: string; id: string }): Promise<number> {
    const { db, tenant } = await this.open();
    const [row] = await db.select({ n: count() }).from(auditReconciliations).where(and(reconciliationRows(tenant), ofFacility(facility)));
    return row?.n ?? 0;
  }

  /** A reconciliation run for this facility; null for one of another facility, whatever its id. */
  async ofFacility(facility: { agencyId: string; id: string }, id: string): Promise<StoredReconciliation | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(auditReconciliations)
      .where(and(reconciliationRows(tenant), ofFacility(facility), eq(auditReconciliations.id, id)));
    return row ?? null;
  }
}
