// An agency's API keys (a platform table: keys are found by hash before any tenant is known), as the
// agency's scope reaches them.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { apiKeys } from '../../db/schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

const keyRows = (tenant: Tenant) => tenantWhere(tenant, { agency: apiKeys.agencyId });

export class ApiKeyStore extends Store {
  async list(): Promise<ApiKeyRow[]> {
    const { db, tenant } = await this.open();
    return db.select().from(apiKeys).where(keyRows(tenant)).orderBy(desc(apiKeys.createdAt));
  }

  async create(values: { agencyId: string; name: string; prefix: string; keyHash: string; createdById: string }): Promise<ApiKeyRow> {
    const db = await this.db();
    const [row] = await db.insert(apiKeys).values({ ...values, createdByType: 'AGENCY_MEMBER' }).returning();
    if (!row) throw new Error('api key insert returned nothing');
    return row;
  }

  /** Revokes a key of the scope's agency; null when there is no such key still working. */
  async revoke(id: string, at: Date): Promise<ApiKeyRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(apiKeys)
      .set({ revokedAt: at })
      .where(and(keyRows(tenant), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning();
    return row ?? null;
  }
}
