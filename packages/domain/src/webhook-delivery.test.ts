import { describe, expect, it } from 'vitest';
import {
  MAX_WEBHOOK_ENDPOINTS,
  WEBHOOK_FIRST_RETRY_MS,
  WEBHOOK_MAX_RETRY_MS,
  WEBHOOK_RETRY_WINDOW_MS,
  isWebhookDelivered,
  webhookEndpointExhausted,
  webhookEventsSchema,
  webhookRetryDelayMs,
  webhookUrlSchema,
} from './webhook-delivery';

describe('webhookRetryDelayMs', () => {
  it('doubles from 30 seconds, with the middle of the jitter at the nominal wait', () => {
    expect([1, 2, 3, 4, 5].map((n) => webhookRetryDelayMs(n, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('spreads each wait over ±25%', () => {
    expect(webhookRetryDelayMs(2, 0)).toBe(45_000);
    expect(webhookRetryDelayMs(2, 0.999_999)).toBeCloseTo(75_000, -1);
  });

  it('never waits more than 6 hours (± jitter), however many attempts failed', () => {
    expect(webhookRetryDelayMs(11, 0.5)).toBe(WEBHOOK_MAX_RETRY_MS);
    expect(webhookRetryDelayMs(10_000, 0.5)).toBe(WEBHOOK_MAX_RETRY_MS);
    expect(webhookRetryDelayMs(10_000, 0.999_999)).toBeLessThanOrEqual(WEBHOOK_MAX_RETRY_MS * 1.25);
  });

  it('tries about 20 times over the three days', () => {
    let elapsed = 0;
    let attempts = 1;
    while (elapsed < WEBHOOK_RETRY_WINDOW_MS) elapsed += webhookRetryDelayMs(attempts++, 0.5);
    expect(attempts).toBeGreaterThanOrEqual(18);
    expect(attempts).toBeLessThanOrEqual(22);
  });

  it('takes another first wait (shorter ones in tests)', () => {
    expect(webhookRetryDelayMs(3, 0.5, 100)).toBe(400);
    expect(WEBHOOK_FIRST_RETRY_MS).toBe(30_000);
  });

  it('refuses attempt numbers below 1 and randoms outside [0, 1)', () => {
    expect(() => webhookRetryDelayMs(0, 0.5)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1.5, 0.5)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1, 1)).toThrow(RangeError);
    expect(() => webhookRetryDelayMs(1, -0.1)).toThrow(RangeError);
  });
});

describe('webhookEndpointExhausted', () => {
  const since = new Date('2026-03-01T10:00:00Z');
  it('is true from exactly three days of failing on', () => {
    expect(webhookEndpointExhausted(since, new Date('2026-03-04T09:59:59Z'))).toBe(false);
    expect(webhookEndpointExhausted(since, new Date('2026-03-04T10:00:00Z'))).toBe(true);
  });
});

describe('isWebhookDelivered', () => {
  it('counts any 2xx, and nothing else', () => {
    expect([200, 201, 204, 299].map(isWebhookDelivered)).toEqual([true, true, true, true]);
    expect([null, 199, 301, 304, 400, 410, 500].map(isWebhookDelivered)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('webhookUrlSchema', () => {
  const production = webhookUrlSchema({ production: true });
  const development = webhookUrlSchema({ production: false });

  it('takes https everywhere', () => {
    expect(production.parse(' https://hooks.example.com/coverline ')).toBe('https://hooks.example.com/coverline');
    expect(development.parse('https://hooks.example.com/coverline')).toBe('https://hooks.example.com/coverline');
  });

  it('takes plain http to the loopback address only outside production', () => {
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'http://[::1]:9000/']) {
      expect(development.safeParse(url).success).toBe(true);
      expect(production.safeParse(url).error?.issues[0]?.message).toBe('Use an https:// URL.');
    }
    expect(development.safeParse('http://hooks.example.com/').error?.issues[0]?.message).toMatch(/^Use an https:\/\/ URL/);
    // A host that only starts like the loopback one is another host.
    expect(development.safeParse('http://127.0.0.1.example.com/').success).toBe(false);
    expect(development.safeParse('http://localhost@hooks.example.com/').success).toBe(false);
  });

  it('refuses what is not a URL, other schemes, credentials and very long URLs', () => {
    expect(development.safeParse('hooks.example.com').error?.issues[0]?.message).toMatch(/full URL/);
    expect(development.safeParse('ftp://hooks.example.com/').success).toBe(false);
    expect(development.safeParse('https://user:pw@hooks.example.com/').error?.issues[0]?.message).toMatch(/user name and password/);
    expect(development.safeParse(`https://hooks.example.com/${'a'.repeat(2048)}`).error?.issues[0]?.message).toMatch(/2048/);
  });
});

describe('webhookEventsSchema', () => {
  it("keeps the catalogue's order and drops repeats", () => {
    expect(webhookEventsSchema.parse(['certificate.issued', 'application.started', 'certificate.issued'])).toEqual(['application.started', 'certificate.issued']);
  });

  it('refuses an empty list and unknown names', () => {
    expect(webhookEventsSchema.safeParse([]).error?.issues[0]?.message).toBe('Choose at least one event type.');
    expect(webhookEventsSchema.safeParse(['policy.active', 'policy.bound']).error?.issues[0]?.message).toBe('Coverline sends no event named "policy.bound".');
  });

  it('allows a bounded number of endpoints', () => {
    expect(MAX_WEBHOOK_ENDPOINTS).toBe(16);
  });
});
