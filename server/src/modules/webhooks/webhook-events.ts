// The event outbox: an event is written in the transaction of the change that causes it, with one
// pending delivery for each of the agency's enabled endpoints that subscribes to its type, and the job
// that delivers it.
import type { WebhookEventType } from '@coverline/domain';
import { sql } from 'drizzle-orm';
import type { ScopedTransaction } from '../../access/scope.js';
import { webhookEvents } from '../../db/schema.js';
import { queueEndpointDelivery } from './webhook-delivery-jobs.js';

export type RecordedWebhookEvent = { id: string; endpointIds: string[] };

/** Records an event of the agency; `data` is the object as the API returns it. */
export async function recordWebhookEvent(
  tx: ScopedTransaction,
  event: { agencyId: string; type: WebhookEventType; data: Record<string, unknown> },
): Promise<RecordedWebhookEvent> {
  const [row] = await tx.db.insert(webhookEvents).values(event).returning({ id: webhookEvents.id });
  if (!row) throw new Error('webhook event insert returned nothing');
  const deliveries = await tx.db.execute<{ endpoint_id: string }>(sql`
    insert into webhook_deliveries (agency_id, endpoint_id, event_id)
    select e.agency_id, e.id, ${row.id}::uuid from webhook_endpoints e
    where e.agency_id = ${event.agencyId} and e.enabled and ${event.type} = any (e.events)
    order by e.id
    returning endpoint_id`);
  const endpointIds = deliveries.map((delivery) => delivery.endpoint_id);
  for (const endpointId of endpointIds) await queueEndpointDelivery(tx.db, { agencyId: event.agencyId, endpointId });
  return { id: row.id, endpointIds };
}
