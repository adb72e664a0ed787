// The event outbox: an event is written in the transaction of the change that causes it, with one
// pending delivery for each of the agency's enabled endpoints that subscribes to its type, and the job
// that delivers it.
import type { WebhookEventType } from '@coverline/domain';
import { sql } from 'drizzle-orm';
import type { ScopedTransaction } from '../../access/scope.js';
import { queueEndpointDelivery } from './webhook-delivery-jobs.js';

export type RecordedWebhookEvent = { id: string; endpointIds: string[] };

/**
 * Records an event of the agency; `data` is the object as the API returns it. Through
 * coverline_record_webhook_event (migration 0010), so that a contractor's own action records its
 * agency's event without their scope reaching the agency's events or endpoints.
 */
export async function recordWebhookEvent(
  tx: ScopedTransaction,
  event: { agencyId: string; type: WebhookEventType; data: Record<string, unknown> },
): Promise<RecordedWebhookEvent> {
  const [row] = await tx.db.execute<{ recorded: RecordedWebhookEvent }>(
    sql`select coverline_record_webhook_event(${event.agencyId}::uuid, ${event.type}, ${JSON.stringify(event.data)}::jsonb) as recorded`,
  );
  if (!row) throw new Error('recording a webhook event returned nothing');
  for (const endpointId of row.recorded.endpointIds) await queueEndpointDelivery(tx.db, { agencyId: event.agencyId, endpointId });
  return row.recorded;
}
