// The events query: an integration catches up on what happened in its agency, newest first, one type
// or all, page by page.
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { badUserInput } from '../../graphql/errors.js';
import { decodeSeqCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import type { WebhookEventRow } from './webhook-events.store.js';
import type { Event } from './webhook-events.types.js';


function eventType(type: string | null | undefined): string | null {
  if (type == null) return null;
  if (isWebhookEventType(type)) return type;
  throw badUserInput('type', `There is no event type "${type}": use one of ${WEBHOOK_EVENT_TYPES.join(', ')}.`);
}

function asEvent(row: WebhookEventRow): Event {
  return { id: row.id, type: row.type, createdAt: row.createdAt, data: row.data };
}

/** The agency's events, newest first, of one type or all. */
export async function listEvents(access: Access, args: { type?: string | null; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'webhook-event:read');
  const limit = pageSize(args.first);
  const query = { type: eventType(args.type) };
  const rows = await scope.stores.webhookEvents.list(query, { afterSeq: decodeSeqCursor(args.after), limit });
  return toConnection(rows, limit, asEvent, (row) => [row.seq]);
}
