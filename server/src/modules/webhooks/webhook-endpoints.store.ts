// An agency's webhook endpoints as its scope reaches them (and every agency's, for the delivery jobs).
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { webhookEndpoints } from '../../db/schema.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type EndpointKey = { agencyId: string; endpointId: string };
export type EndpointChanges = Partial<Pick<WebhookEndpointRow, 'url' | 'events' | 'enabled' | 'secret' | 'failingSince' | 'disabledAt' | 'disabledReason'>>;

const endpointRows = (tenant: Tenant) => tenantWhere(tenant, { agency: webhookEndpoints.agencyId });
const ofEndpoint = (key: EndpointKey) => and(eq(webhookEndpoints.agencyId, key.agencyId), eq(webhookEndpoints.id, key.endpointId));

export class WebhookEndpointStore extends Store {
  /** The agency's endpoints, newest first. */
  async list(): Promise<WebhookEndpointRow[]> {
    const { db, tenant } = await this.open();
    return db.select().from(webhookEndpoints).where(endpointRows(tenant)).orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  }

  /**
   * How many endpoints the agency has, counted under a lock on the agency's endpoint list for the rest
   * of the transaction, so two creations at the cap cannot both pass.
   */
  async countForNewEndpoint(agencyId: string): Promise<number> {
    const { db, tenant } = await this.open();
    await db.execute(sql`select pg_advisory_xact_lock(hashtext('coverline:webhook-endpoints'), hashtext(${agencyId}))`);
    const [row] = await db.select({ n: count() }).from(webhookEndpoints).where(and(endpointRows(tenant), eq(webhookEndpoints.agencyId, agencyId)));
    return row?.n ?? 0;
  }

  async create(values: { agencyId: string; url: string; events: string[]; secret: string; createdAt: Date }): Promise<WebhookEndpointRow> {
    const db = await this.db();
    const [row] = await db
      .insert(webhookEndpoints)
      .values({ ...values, updatedAt: values.createdAt })
      .returning();
    if (!row) throw new Error('webhook endpoint insert returned nothing');
    return row;
  }

  /**
   * The endpoint, locked against other changes for the rest of the transaction; null when the scope
   * has no such endpoint. NO KEY UPDATE, so events recorded meanwhile (whose deliveries reference it)
   * do not wait for the change.
   */
  async lock(key: EndpointKey): Promise<WebhookEndpointRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(webhookEndpoints).where(and(endpointRows(tenant), ofEndpoint(key))).for('no key update');
    return row ?? null;
  }

  async byKey(key: EndpointKey): Promise<WebhookEndpointRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(webhookEndpoints).where(and(endpointRows(tenant), ofEndpoint(key)));
    return row ?? null;
  }

  async update(key: EndpointKey, changes: EndpointChanges, at: Date): Promise<WebhookEndpointRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(webhookEndpoints)
      .set({ ...changes, updatedAt: at })
      .where(and(endpointRows(tenant), ofEndpoint(key)))
      .returning();
    return row ?? null;
  }

  /** Deletes the endpoint with its deliveries and their attempts; null when there was none. */
  async delete(key: EndpointKey): Promise<WebhookEndpointRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.delete(webhookEndpoints).where(and(endpointRows(tenant), ofEndpoint(key))).returning();
    return row ?? null;
  }

  /** An endpoint that failed has answered again: its failure clock stops. */
  async recordRecovery(key: EndpointKey, at: Date): Promise<void> {
    await this.update(key, { failingSince: null }, at);
  }

  /** Starts the endpoint's failure clock, unless it is already running. */
  async recordFailingSince(key: EndpointKey, at: Date): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(webhookEndpoints)
      .set({ failingSince: at, updatedAt: at })
      .where(and(endpointRows(tenant), ofEndpoint(key), isNull(webhookEndpoints.failingSince)));
  }

  /** Disables an endpoint that is still enabled; null when it was not (so only one caller tells the agency). */
  async disableIfEnabled(
    key: { agencyId: string; id: string },
    state: { failingSince: Date; disabledAt: Date; disabledReason: string },
    at: Date,
  ): Promise<WebhookEndpointRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .update(webhookEndpoints)
      .set({ ...state, enabled: false, updatedAt: at })
      .where(and(endpointRows(tenant), ofEndpoint({ agencyId: key.agencyId, endpointId: key.id }), eq(webhookEndpoints.enabled, true)))
      .returning();
    return row ?? null;
  }
}
