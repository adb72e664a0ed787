// The agency's events as it reads them back (events(type, first, after)): newest first by seq, the
// order they were written in, also within one transaction.
import { and, desc, eq, lt } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere } from '../../access/tenant.js';
import { webhookEvents } from '../../db/schema.js';

export type WebhookEventRow = typeof webhookEvents.$inferSelect;

export class WebhookEventStore extends Store {
  /** A page, newest first; `limit + 1` rows say whether more follow. */
  async list(query: { type: string | null }, page: { afterSeq: number | null; limit: number }): Promise<WebhookEventRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(webhookEvents)
      .where(
        and(
          tenantWhere(tenant, { agency: webhookEvents.agencyId }),
          query.type ? eq(webhookEvents.type, query.type) : undefined,
          page.afterSeq === null ? undefined : lt(webhookEvents.seq, page.afterSeq),
        ),
      )
      .orderBy(desc(webhookEvents.seq))
      .limit(page.limit + 1);
  }
}
