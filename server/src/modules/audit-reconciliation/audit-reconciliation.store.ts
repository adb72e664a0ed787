// Reconciliations of auditors' payment schedules, kept per facility for their downloads.
import { and, eq } from 'drizzle-orm';
import type { Reconciliation } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { grantedFacilityRows, tenantWhere, type Tenant } from '../../access/tenant.js';
import { auditReconciliations } from '../../db/schema.js';

export type StoredReconciliation = typeof auditReconciliations.$inferSelect;

const reconciliationRows = (tenant: Tenant) =>
  tenantWhere(tenant, { agency: auditReconciliations.agencyId, facility: grantedFacilityRows(auditReconciliations.agencyId, auditReconciliations.facilityId) });

export class AuditReconciliationStore extends Store {
  async insert(values: {
    agencyId: string;
    facilityId: string;
    createdByFacilityUserId: string | null;
    createdByTeamMemberId: string | null;
    fileName: string | null;
    result: Reconciliation;
    createdAt: Date;
  }): Promise<StoredReconciliation> {
    const db = await this.db();
    const [row] = await db.insert(auditReconciliations).values(values).returning();
    if (!row) throw new Error('audit reconciliation insert returned nothing');
    return row;
  }

  /** A reconciliation run for this facility; null for one of another facility, whatever its id. */
  async ofFacility(facility: { agencyId: string; id: string }, id: string): Promise<StoredReconciliation | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(auditReconciliations)
      .where(and(reconciliationRows(tenant), eq(auditReconciliations.agencyId, facility.agencyId), eq(auditReconciliations.facilityId, facility.id), eq(auditReconciliations.id, id)));
    return row ?? null;
  }
}
