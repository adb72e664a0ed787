// An endpoint's delivery log (newest first, each delivery with its attempts) and resending one.
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeSeqCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { recordAudit } from '../audit/audit.js';
import type { LoggedDelivery, WebhookDeliveryAttemptRow } from './webhook-deliveries.store.js';
import { queueEndpointDelivery } from './webhook-delivery-jobs.js';
import type { WebhookEndpointView } from './webhook-endpoints.service.js';
import type { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-endpoints.types.js';


function asDelivery(row: LoggedDelivery): WebhookDelivery {
  return {
    id: row.id,
    event: { id: row.event.id, type: row.event.type, createdAt: row.event.createdAt, data: row.event.data },
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  };
}

/** A page of the endpoint's deliveries, newest first. */
export async function deliveriesOf(access: Access, endpoint: WebhookEndpointView, args: { first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'webhook-endpoint:read');
  const limit = pageSize(args.first);
  const rows = await scope.stores.webhookDeliveries.pageOf(endpoint.id, { afterSeq: decodeSeqCursor(args.after), limit });
  return toConnection(rows, limit, asDelivery, (row) => [row.seq]);
}

export async function attemptLogOf(access: Access, delivery: WebhookDelivery): Promise<WebhookDeliveryAttempt[]> {
  const scope = authorize(access, 'webhook-endpoint:read');
  const rows = await scope.stores.webhookDeliveries.attemptsOf(delivery.id);
  return rows.map((row: WebhookDeliveryAttemptRow) => ({
    id: row.id,
    at: row.attemptedAt,
    statusCode: row.statusCode,
    latencyMs: row.latencyMs,
    responseSnippet: row.responseSnippet,
    error: row.error,
  }));
}

/**
 * Sends a delivery again, whatever its status: it is pending and due at once, and goes out as its
 * endpoint's next (its place in the endpoint's order is its event's).
 */
export async function resendWebhookDelivery(access: Access, id: string): Promise<WebhookDelivery> {
  const scope = authorize(access, 'webhook-delivery:resend');
  if (!isUuid(id)) throw notFound('Webhook delivery');
  return scope.transaction(async (tx) => {
    const delivery = await tx.stores.webhookDeliveries.lockWithEvent(id.toLowerCase());
    if (!delivery) throw notFound('Webhook delivery');
    const endpoint = { agencyId: delivery.agencyId, endpointId: delivery.endpointId };
    const endpointRow = await tx.stores.webhookEndpoints.byKey(endpoint);
    if (!endpointRow?.enabled) throw badUserInput('id', 'Its endpoint is disabled: enable the endpoint first, then resend.');
    const updated = await tx.stores.webhookDeliveries.update(
      { agencyId: delivery.agencyId, deliveryId: delivery.id },
      { status: 'PENDING', nextAttemptAt: scope.now(), deliveredAt: null },
    );
    if (!updated) throw notFound('Webhook delivery');
    await queueEndpointDelivery(tx.db, endpoint);
    await recordAudit(tx, {
      action: 'webhook_delivery.resend',
      agencyId: delivery.agencyId,
      targetType: 'webhook_delivery',
      targetId: delivery.id,
      data: { endpointId: delivery.endpointId, eventId: delivery.eventId, previousStatus: delivery.status },
    });
    return asDelivery({ ...updated, event: delivery.event });
  });
}
