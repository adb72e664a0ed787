// Delivering webhooks (API.md, "Integrations"): which URLs an endpoint may have, how many endpoints an
// agency keeps, and when a delivery that failed is tried again — exponential backoff with jitter for
// three days, after which the delivery fails and an endpoint that kept failing is disabled.
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from './webhooks';

/** An agency keeps at most this many endpoints: each event is POSTed to each one that subscribes. */
export const MAX_WEBHOOK_ENDPOINTS = 16;

/** How long an endpoint may fail without a break before it is disabled, and a delivery is retried. */
export const WEBHOOK_RETRY_WINDOW_MS = 3 * 24 * 3_600_000;

/** The first retry waits about this long; each further one twice as long as the one before. */
export const WEBHOOK_FIRST_RETRY_MS = 30_000;

/** No wait between two attempts is longer than this (about 20 attempts over the three days). */
export const WEBHOOK_MAX_RETRY_MS = 6 * 3_600_000;

/** Each wait is spread over ±25% of its nominal length, so endpoints that failed together do not retry together. */
export const WEBHOOK_RETRY_JITTER = 0.25;

/**
 * How long to wait after the `failedAttempts`-th failed attempt (1, 2, …) before the next one, given
 * `random` in [0, 1) (Math.random in production; fixed in tests).
 */
export function webhookRetryDelayMs(failedAttempts: number, random: number, firstRetryMs: number = WEBHOOK_FIRST_RETRY_MS): number {
  if (!Number.isSafeInteger(failedAttempts) || failedAttempts < 1) throw new RangeError(`failedAttempts must be a positive integer, got ${String(failedAttempts)}`);
  if (!(random >= 0 && random < 1)) throw new RangeError(`random must be in [0, 1), got ${String(random)}`);
  // 2 ** 30 is past any cap: the exponent is bounded so the arithmetic stays exact.
  const nominal = Math.min(firstRetryMs * 2 ** Math.min(failedAttempts - 1, 30), WEBHOOK_MAX_RETRY_MS);
  return Math.round(nominal * (1 - WEBHOOK_RETRY_JITTER + 2 * WEBHOOK_RETRY_JITTER * random));
}

/** Whether an endpoint failing without a break since `failingSince` has failed for the whole window by `now`. */
export function webhookEndpointExhausted(failingSince: Date, now: Date): boolean {
  return now.getTime() - failingSince.getTime() >= WEBHOOK_RETRY_WINDOW_MS;
}

/** Any 2xx answer is a delivery; anything else (a redirect too) is a failed attempt. */
export function isWebhookDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An endpoint's URL: https, or — outside production, for an integration under development on the
 * same machine — plain http to the loopback address.
 */
export function webhookUrlSchema(options: { production: boolean }) {
  return z
    .string()
    .trim()
    .max(2048, { error: 'Use a URL of at most 2048 characters.' })
    .pipe(z.url({ error: 'Enter a full URL, e.g. https://example.com/webhooks/coverline.' }))
    .superRefine((value, ctx) => {
      // zod reports a value that is not a URL and still runs this check.
      const parts = urlParts(value);
      if (!parts) return;
      if (parts.hasCredentials) ctx.addIssue({ code: 'custom', message: 'Leave the user name and password out of the URL.' });
      else if (parts.scheme === 'https') return;
      else if (parts.scheme === 'http' && !options.production && LOOPBACK_HOSTS.has(parts.host)) return;
      else ctx.addIssue({ code: 'custom', message: options.production ? 'Use an https:// URL.' : 'Use an https:// URL (or http://127.0.0.1 / http://localhost while developing).' });
    });
}

/** The scheme, host (without port) and whether there are credentials, of an absolute URL (this package has no URL class: it runs in the apps too). */
function urlParts(value: string): { scheme: string; host: string; hasCredentials: boolean } | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(value);
  if (!match) return null;
  const authority = match[2] ?? '';
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostAndPort.startsWith('[') ? hostAndPort.slice(0, hostAndPort.indexOf(']') + 1) : (hostAndPort.split(':')[0] ?? '');
  return { scheme: (match[1] ?? '').toLowerCase(), host: host.toLowerCase(), hasCredentials: authority.includes('@') };
}

/** The event types an endpoint subscribes to: at least one, each one Coverline sends; kept in the catalogue's order. */
export const webhookEventsSchema = z
  .array(z.string().trim())
  .min(1, { error: 'Choose at least one event type.' })
  .superRefine((types, ctx) => {
    const unknown = types.filter((type) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(type));
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `Coverline sends no event named ${unknown.map((type) => `"${type}"`).join(', ')}.` });
  })
  .transform((types) => WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type)));
