// Delivering an endpoint's events, as the system, by the `deliver_webhooks` job (one job key per
// endpoint) and the `deliver_due_webhooks` safety net.
//
// At least once, in order, never twice at the same time:
//  1. an endpoint's deliveries go out in `seq` order: only its oldest pending delivery (the head) is
//     attempted, and the ones behind it wait, also while the head is waiting for its retry;
//  2. an attempt runs in one transaction holding the head's row lock (claimed with SKIP LOCKED), from
//     before the POST until its outcome is recorded: a second worker finds the head locked and leaves
//     the endpoint to the first, and a worker killed mid-way rolls back, leaving the head pending and
//     due, so the next run (the job's retry, a new event, or the safety net) sends it again;
//  3. a failed attempt schedules the next after an exponential backoff with jitter, for three days of
//     failing without a break; then the delivery fails, the endpoint is disabled and the agency emailed.
import { formatDateTimeInZone, isWebhookDelivered, webhookEndpointExhausted, webhookRetryDelayMs } from '@coverline/domain';
import { asSystem } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import { webhookEndpointDisabledMail } from '../../mail/templates.js';
import { agencyNoticeRecipients } from '../agencies/agency-notices.js';
import type { LoggedDelivery } from './webhook-deliveries.store.js';
import { queueEndpointDelivery } from './webhook-delivery-jobs.js';
import type { EndpointKey, WebhookEndpointRow } from './webhook-endpoints.store.js';
import { SIGNATURE_HEADER, webhookSignature } from './webhook-signature.js';

/** A receiver has this long to answer; past it the attempt failed. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** The part of an answer kept in the attempt log. */
const RESPONSE_SNIPPET_CHARS = 500;
const USER_AGENT = 'Coverline-Webhooks/1.0';
const SWEEP_BATCH = 500;

/** The body every attempt of a delivery sends: the event as the events query returns it. */
function webhookBody(event: LoggedDelivery['event']): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data });
}

type AttemptResult = { statusCode: number | null; latencyMs: number; responseSnippet: string | null; error: string | null };

async function readSnippet(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  // Enough bytes for the snippet, whatever the encoding; the rest of a long answer is not read.
  while (text.length < RESPONSE_SNIPPET_CHARS * 4) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return text.slice(0, RESPONSE_SNIPPET_CHARS);
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} seconds.`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/** One POST of a delivery, signed at `at`; never throws: a failure to connect is an attempt without a status code. */
async function postDelivery(endpoint: WebhookEndpointRow, delivery: LoggedDelivery, at: Date): Promise<AttemptResult> {
  const body = webhookBody(delivery.event);
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, [SIGNATURE_HEADER]: webhookSignature(endpoint.secret, body, at) },
      body,
      // A redirect is an answer to fix, not to follow: the signature was made for this URL's receiver.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    const latencyMs = latency();
    const responseSnippet = await readSnippet(response).catch(() => '');
    return { statusCode: response.status, latencyMs, responseSnippet: responseSnippet || null, error: null };
  } catch (error) {
    return { statusCode: null, latencyMs: latency(), responseSnippet: null, error: describeFailure(error) };
  }
}

function describeAttempt(result: AttemptResult): string {
  return result.statusCode === null ? (result.error ?? 'no answer') : `HTTP ${result.statusCode}${result.responseSnippet ? `: ${result.responseSnippet.slice(0, 200)}` : ''}`;
}

async function disableEndpoint(tx: ScopedTransaction, deps: ServerDependencies, endpoint: WebhookEndpointRow, failingSince: Date, result: AttemptResult, now: Date) {
  const reason = `Failed without a break for 3 days; the last attempt: ${describeAttempt(result)}`;
  const disabled = await tx.stores.webhookEndpoints.disableIfEnabled(endpoint, { failingSince, disabledAt: now, disabledReason: reason }, now);
  // Disabled meanwhile by the agency (or by another attempt's outcome): nothing to tell.
  if (!disabled) return;
  const agency = await tx.stores.agencies.byId(endpoint.agencyId);
  // In the agency's time zone, named, as the apps show it to the agency's team.
  const { timeZone } = await tx.stores.agencies.settings(endpoint.agencyId);
  for (const to of await agencyNoticeRecipients(tx, endpoint.agencyId)) {
    await enqueueMail(tx.db, {
      to,
      agencyId: endpoint.agencyId,
      ...webhookEndpointDisabledMail({
        agencyName: agency?.name ?? 'your agency',
        endpointUrl: endpoint.url,
        failingSince: formatDateTimeInZone(failingSince, timeZone),
        lastFailure: describeAttempt(result),
        url: `${deps.config.publicUrl}/agency/integrations`,
      }),
    });
  }
}

/** 'delivered': the next one may follow at once; 'idle': nothing more to do now. */
type HeadOutcome = 'delivered' | 'idle';

/** Attempts the endpoint's head if it is due and nobody else holds it, in one transaction. */
async function attemptHead(tx: ScopedTransaction, deps: ServerDependencies, key: EndpointKey): Promise<HeadOutcome> {
  const { webhookEndpoints, webhookDeliveries } = tx.stores;
  const endpoint = await webhookEndpoints.byKey(key);
  if (!endpoint?.enabled) return 'idle';
  const head = await webhookDeliveries.head(key);
  if (!head) return 'idle';
  const now = deps.now();
  if (head.nextAttemptAt > now) {
    await queueEndpointDelivery(tx.db, key, head.nextAttemptAt);
    return 'idle';
  }
  const delivery = await webhookDeliveries.claim({ agencyId: key.agencyId, deliveryId: head.id }, now);
  // Another worker is attempting it (and goes on with the endpoint), or it was just delivered.
  if (!delivery) return 'idle';

  const result = await postDelivery(endpoint, delivery, now);
  const attempts = delivery.attempts + 1;
  const deliveryKey = { agencyId: key.agencyId, deliveryId: delivery.id };
  await webhookDeliveries.recordAttempt({ agencyId: key.agencyId, deliveryId: delivery.id, attemptedAt: now, ...result });
  const attempt = { attempts, lastAttemptAt: now, lastStatusCode: result.statusCode };

  if (isWebhookDelivered(result.statusCode)) {
    await webhookDeliveries.update(deliveryKey, { ...attempt, status: 'DELIVERED', deliveredAt: deps.now() });
    if (endpoint.failingSince) await webhookEndpoints.recordRecovery(key, deps.now());
    return 'delivered';
  }
  const failingSince = endpoint.failingSince ?? now;
  if (webhookEndpointExhausted(failingSince, now)) {
    await webhookDeliveries.update(deliveryKey, { ...attempt, status: 'FAILED' });
    await disableEndpoint(tx, deps, endpoint, failingSince, result, now);
    return 'idle';
  }
  const nextAttemptAt = new Date(now.getTime() + webhookRetryDelayMs(attempts, Math.random()));
  await webhookDeliveries.update(deliveryKey, { ...attempt, nextAttemptAt });
  if (!endpoint.failingSince) await webhookEndpoints.recordFailingSince(key, now);
  await queueEndpointDelivery(tx.db, key, nextAttemptAt);
  return 'idle';
}

/** The `deliver_webhooks` job: sends the endpoint's due deliveries in order until one fails or none is left; how many went out. */
export function deliverEndpointWebhooks(deps: ServerDependencies, endpoint: EndpointKey): Promise<number> {
  return asSystem(deps, 'deliver_webhooks', async (access) => {
    const scope = authorize(access, 'webhook:deliver');
    let delivered = 0;
    while ((await scope.transaction((tx) => attemptHead(tx, deps, endpoint))) === 'delivered') delivered++;
    return delivered;
  });
}

/**
 * The safety net (every minute): queues the job of every enabled endpoint whose head is due, so a
 * delivery whose job was lost with its worker, or scheduled on another clock, still goes out.
 */
export function queueDueWebhookDeliveries(deps: ServerDependencies): Promise<number> {
  return asSystem(deps, 'deliver_due_webhooks', async (access) => {
    const scope = authorize(access, 'webhook:deliver');
    return scope.transaction(async (tx) => {
      const due = await tx.stores.webhookDeliveries.endpointsDue(deps.now(), SWEEP_BATCH);
      for (const endpoint of due) await queueEndpointDelivery(tx.db, endpoint);
      return due.length;
    });
  });
}
