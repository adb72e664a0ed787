// Deliveries of events to endpoints and their attempts: the agency's delivery log (pages per endpoint,
// newest first, one statement per batch of endpoints), and what the delivery jobs read and write as
// the system. An endpoint's deliveries go out in `seq` order: only its oldest pending one (its head)
// is ever attempted.
import { and, asc, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { groupedByKeys, Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints, webhookEvents } from '../../db/schema.js';
import type { EndpointKey } from './webhook-endpoints.store.js';

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookDeliveryAttemptRow = typeof webhookDeliveryAttempts.$inferSelect;
export type WebhookEventRow = typeof webhookEvents.$inferSelect;
export type DeliveryKey = { agencyId: string; deliveryId: string };
/** A delivery of the log, with the event it carries. */
export type LoggedDelivery = WebhookDeliveryRow & { event: WebhookEventRow };
export type DeliveryPage = { afterSeq: number | null; limit: number };
export type DeliveryChanges = Partial<Pick<WebhookDeliveryRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastStatusCode' | 'deliveredAt'>>;

const deliveryRows = (tenant: Tenant) => tenantWhere(tenant, { agency: webhookDeliveries.agencyId });
const attemptRows = (tenant: Tenant) => tenantWhere(tenant, { agency: webhookDeliveryAttempts.agencyId });
const ofDelivery = (key: DeliveryKey) => and(eq(webhookDeliveries.agencyId, key.agencyId), eq(webhookDeliveries.id, key.deliveryId));
const pendingOf = (endpoint: EndpointKey) =>
  and(eq(webhookDeliveries.agencyId, endpoint.agencyId), eq(webhookDeliveries.endpointId, endpoint.endpointId), eq(webhookDeliveries.status, 'PENDING'));

export class WebhookDeliveryStore extends Store {
  /** A page of an endpoint's deliveries, newest first; `limit + 1` rows say whether more follow. */
  pageOf(endpointId: string, page: DeliveryPage): Promise<LoggedDelivery[]> {
    return this.pageLoader.load(JSON.stringify([endpointId, page.afterSeq, page.limit]));
  }

  /** Pages of the same size and cursor for a batch of endpoints (the endpoints list): one statement. */
  private get pageLoader() {
    return this.loader<string, LoggedDelivery[]>('webhookDeliveries.pageOf', async (keys) => {
      const answers = new Map<string, LoggedDelivery[]>();
      const asked = keys.map((key) => ({ key, page: JSON.parse(key) as [endpointId: string, afterSeq: number | null, limit: number] }));
      const groups = Map.groupBy(asked, ({ page: [, afterSeq, limit] }) => JSON.stringify([afterSeq, limit]));
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [, afterSeq, limit] = group[0]?.page ?? [null, null, 0];
          const rows = await this.pagesOfEndpoints(
            group.map(({ page: [endpointId] }) => endpointId),
            { afterSeq, limit },
          );
          const byEndpoint = Map.groupBy(rows, (row) => row.endpointId);
          for (const { key, page: [endpointId] } of group) answers.set(key, byEndpoint.get(endpointId) ?? []);
        }),
      );
      return keys.map((key) => answers.get(key) ?? []);
    });
  }

  private async pagesOfEndpoints(endpointIds: string[], page: DeliveryPage): Promise<LoggedDelivery[]> {
    const { db, tenant } = await this.open();
    const newest = db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.agencyId, webhookEndpoints.agencyId),
          eq(webhookDeliveries.endpointId, webhookEndpoints.id),
          page.afterSeq === null ? undefined : lt(webhookDeliveries.seq, page.afterSeq),
        ),
      )
      .orderBy(desc(webhookDeliveries.seq))
      .limit(page.limit + 1)
      .as('delivery');
    const rows = await db
      .select()
      .from(webhookEndpoints)
      .innerJoinLateral(newest, sql`true`)
      .innerJoin(webhookEvents, and(eq(webhookEvents.agencyId, newest.agencyId), eq(webhookEvents.id, newest.eventId)))
      .where(and(tenantWhere(tenant, { agency: webhookEndpoints.agencyId }), inArray(webhookEndpoints.id, endpointIds)))
      .orderBy(desc(newest.seq));
    return rows.map((row) => ({ ...row.delivery, event: row.webhook_events }));
  }

  /** The attempts of a delivery, oldest first, batched over a page. */
  attemptsOf(deliveryId: string): Promise<WebhookDeliveryAttemptRow[]> {
    return this.attemptsLoader.load(deliveryId);
  }

  private get attemptsLoader() {
    return this.loader<string, WebhookDeliveryAttemptRow[]>('webhookDeliveries.attemptsOf', async (deliveryIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .select()
        .from(webhookDeliveryAttempts)
        .where(and(attemptRows(tenant), inArray(webhookDeliveryAttempts.deliveryId, [...deliveryIds])))
        .orderBy(asc(webhookDeliveryAttempts.attemptedAt), asc(webhookDeliveryAttempts.id));
      return groupedByKeys(deliveryIds, rows, (row) => row.deliveryId);
    });
  }

  /** A delivery of the scope by its id, locked for the rest of the transaction, with its event. */
  async lockWithEvent(deliveryId: string): Promise<LoggedDelivery | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ delivery: webhookDeliveries, event: webhookEvents })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, and(eq(webhookEvents.agencyId, webhookDeliveries.agencyId), eq(webhookEvents.id, webhookDeliveries.eventId)))
      .where(and(deliveryRows(tenant), eq(webhookDeliveries.id, deliveryId)))
      .for('update', { of: webhookDeliveries });
    return row ? { ...row.delivery, event: row.event } : null;
  }

  /** The endpoint's oldest pending delivery: the only one that may go out next. */
  async head(endpoint: EndpointKey): Promise<WebhookDeliveryRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(webhookDeliveries)
      .where(and(deliveryRows(tenant), pendingOf(endpoint)))
      .orderBy(asc(webhookDeliveries.seq))
      .limit(1);
    return row ?? null;
  }

  /**
   * Claims a delivery for one attempt: its row lock, held until the attempt is recorded. Null when it
   * is no longer pending, not due yet, or another worker holds it (it skips rather than waits).
   */
  async claim(key: DeliveryKey, now: Date): Promise<LoggedDelivery | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ delivery: webhookDeliveries, event: webhookEvents })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, and(eq(webhookEvents.agencyId, webhookDeliveries.agencyId), eq(webhookEvents.id, webhookDeliveries.eventId)))
      .where(and(deliveryRows(tenant), ofDelivery(key), eq(webhookDeliveries.status, 'PENDING'), lte(webhookDeliveries.nextAttemptAt, now)))
      .for('update', { of: webhookDeliveries, skipLocked: true });
    return row ? { ...row.delivery, event: row.event } : null;
  }

  async update(key: DeliveryKey, changes: DeliveryChanges): Promise<WebhookDeliveryRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.update(webhookDeliveries).set(changes).where(and(deliveryRows(tenant), ofDelivery(key))).returning();
    return row ?? null;
  }

  async recordAttempt(values: Omit<typeof webhookDeliveryAttempts.$inferInsert, 'id'>): Promise<void> {
    const db = await this.db();
    await db.insert(webhookDeliveryAttempts).values(values);
  }

  /** Enabled endpoints whose head is due by `now` (the safety net's sweep), oldest head first. */
  async endpointsDue(now: Date, limit: number): Promise<EndpointKey[]> {
    const { db, tenant } = await this.open();
    const heads = db
      .selectDistinctOn([webhookDeliveries.agencyId, webhookDeliveries.endpointId], {
        agencyId: webhookDeliveries.agencyId,
        endpointId: webhookDeliveries.endpointId,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
      })
      .from(webhookDeliveries)
      .where(and(deliveryRows(tenant), eq(webhookDeliveries.status, 'PENDING')))
      .orderBy(webhookDeliveries.agencyId, webhookDeliveries.endpointId, asc(webhookDeliveries.seq))
      .as('head');
    return db
      .select({ agencyId: heads.agencyId, endpointId: heads.endpointId })
      .from(heads)
      .innerJoin(webhookEndpoints, and(eq(webhookEndpoints.agencyId, heads.agencyId), eq(webhookEndpoints.id, heads.endpointId), eq(webhookEndpoints.enabled, true)))
      .where(lte(heads.nextAttemptAt, now))
      .orderBy(asc(heads.nextAttemptAt))
      .limit(limit);
  }
}
