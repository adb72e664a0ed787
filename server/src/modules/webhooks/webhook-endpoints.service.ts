// An agency's webhook endpoints: created with a secret shown once, listed, changed, deleted, and
// their secret rolled. Every change is audited in its transaction.
import { MAX_WEBHOOK_ENDPOINTS, WEBHOOK_EVENT_TYPES, webhookEventsSchema, webhookUrlSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { Scope } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { removeJob } from '../../jobs/queue.js';
import { recordAudit } from '../audit/audit.js';
import { queueEndpointDelivery, webhookJobKey } from './webhook-delivery-jobs.js';
import type { EndpointChanges, WebhookEndpointRow } from './webhook-endpoints.store.js';
import { generateWebhookSecret } from './webhook-signature.js';

/** An endpoint as the API shows it: the secret only right after it was made. */
export type WebhookEndpointView = Omit<WebhookEndpointRow, 'secret'> & { secret: string | null };

function view(row: WebhookEndpointRow, options: { revealSecret: boolean } = { revealSecret: false }): WebhookEndpointView {
  const { secret, ...rest } = row;
  return { ...rest, secret: options.revealSecret ? secret : null };
}

function endpointSchemas(access: Access) {
  return { url: webhookUrlSchema({ production: access.deps.config.isProduction }), events: webhookEventsSchema };
}

export function listWebhookEndpoints(access: Access): Promise<WebhookEndpointView[]> {
  const scope = authorize(access, 'webhook-endpoint:read');
  return scope.stores.webhookEndpoints.list().then((rows) => rows.map((row) => view(row)));
}

/** One endpoint of the viewer's agency; null for another agency's, a deleted one, or an id that is not one. */
export async function getWebhookEndpoint(access: Access, id: string): Promise<WebhookEndpointView | null> {
  const scope = authorize(access, 'webhook-endpoint:read');
  if (!isUuid(id)) return null;
  const row = await scope.stores.webhookEndpoints.byKey({ agencyId: scope.agencyId, endpointId: id.toLowerCase() });
  return row ? view(row) : null;
}

export function listWebhookEventTypes(access: Access): string[] {
  authorize(access, 'webhook-endpoint:read');
  return [...WEBHOOK_EVENT_TYPES];
}

export async function createWebhookEndpoint(access: Access, input: { url: string; events: string[] }): Promise<WebhookEndpointView> {
  const scope = authorize(access, 'webhook-endpoint:manage');
  const { url, events } = parseInput(z.object(endpointSchemas(access)), input);
  return scope.transaction(async (tx) => {
    if ((await tx.stores.webhookEndpoints.countForNewEndpoint(scope.agencyId)) >= MAX_WEBHOOK_ENDPOINTS) {
      throw badUserInput('url', `An agency has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: delete one you no longer use first.`);
    }
    const row = await tx.stores.webhookEndpoints.create({ agencyId: scope.agencyId, url, events, secret: generateWebhookSecret(), createdAt: scope.now() });
    await recordAudit(tx, { action: 'webhook_endpoint.create', agencyId: scope.agencyId, targetType: 'webhook_endpoint', targetId: row.id, data: { url, events } });
    return view(row, { revealSecret: true });
  });
}

/** The key of one of the scope's agency's endpoints; an id that is not one is not found. */
function endpointKey(scope: Scope, id: string) {
  if (!isUuid(id)) throw notFound('Webhook endpoint');
  return { agencyId: scope.agencyId, endpointId: id.toLowerCase() };
}

export async function updateWebhookEndpoint(
  access: Access,
  id: string,
  input: { url?: string | null; events?: string[] | null; enabled?: boolean | null },
): Promise<WebhookEndpointView> {
  const scope = authorize(access, 'webhook-endpoint:manage');
  const key = endpointKey(scope, id);
  const schemas = endpointSchemas(access);
  const update = parseInput(z.object({ url: schemas.url.nullish(), events: schemas.events.nullish(), enabled: z.boolean().nullish() }), input, 'input.');
  return scope.transaction(async (tx) => {
    const current = await tx.stores.webhookEndpoints.lock(key);
    if (!current) throw notFound('Webhook endpoint');
    const now = scope.now();
    const changes: EndpointChanges = {};
    if (update.url != null) changes.url = update.url;
    if (update.events != null) changes.events = update.events;
    const enabling = update.enabled === true && !current.enabled;
    const disabling = update.enabled === false && current.enabled;
    // Enabling starts afresh: the failures that disabled it are over, and what waits goes out in order.
    if (enabling) Object.assign(changes, { enabled: true, failingSince: null, disabledAt: null, disabledReason: null });
    if (disabling) Object.assign(changes, { enabled: false, disabledAt: now, disabledReason: 'Disabled by the agency.' });
    const row = await tx.stores.webhookEndpoints.update(key, changes, now);
    if (!row) throw notFound('Webhook endpoint');
    if (enabling) await queueEndpointDelivery(tx.db, key);
    const changed = Object.fromEntries(Object.entries({ url: changes.url, events: changes.events, enabled: changes.enabled }).filter(([, value]) => value !== undefined));
    await recordAudit(tx, { action: 'webhook_endpoint.update', agencyId: scope.agencyId, targetType: 'webhook_endpoint', targetId: row.id, data: changed });
    return view(row);
  });
}

export async function deleteWebhookEndpoint(access: Access, id: string): Promise<boolean> {
  const scope = authorize(access, 'webhook-endpoint:manage');
  const key = endpointKey(scope, id);
  return scope.transaction(async (tx) => {
    const row = await tx.stores.webhookEndpoints.delete(key);
    if (!row) throw notFound('Webhook endpoint');
    await removeJob(tx.db, webhookJobKey(row.id));
    await recordAudit(tx, { action: 'webhook_endpoint.delete', agencyId: scope.agencyId, targetType: 'webhook_endpoint', targetId: row.id, data: { url: row.url } });
    return true;
  });
}

export async function rollWebhookEndpointSecret(access: Access, id: string): Promise<WebhookEndpointView> {
  const scope = authorize(access, 'webhook-endpoint:manage');
  const key = endpointKey(scope, id);
  return scope.transaction(async (tx) => {
    const row = await tx.stores.webhookEndpoints.update(key, { secret: generateWebhookSecret() }, scope.now());
    if (!row) throw notFound('Webhook endpoint');
    await recordAudit(tx, { action: 'webhook_endpoint.roll_secret', agencyId: scope.agencyId, targetType: 'webhook_endpoint', targetId: row.id });
    return view(row, { revealSecret: true });
  });
}
