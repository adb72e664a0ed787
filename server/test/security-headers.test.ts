// Every answer carries the security headers (helmet): a Content Security Policy that no page may frame,
// nosniff, no Referer (contractor links carry their token in the URL), and HSTS only over https.
// That the built apps run under the policy without a violation is checked in the browser journeys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // One proxy of our own in front, which says whether the client came over https.
  server = await startTestServer({ RUN_WORKER: 'false', TRUST_PROXY: 'true' });
});
afterAll(async () => server?.stop());

function graphql(headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ viewer { id } }' }) });
}

describe('security headers', () => {
  it.each([
    ['/graphql', () => graphql()],
    ['a certificate download', () => fetch(`${server.url}/certificates/CL-2026-0000-0000-0000-0000.pdf`)],
    ['the health check', () => fetch(`${server.url}/healthz`)],
  ])('are on %s', async (_what, send) => {
    const response = await send();
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('add HSTS when the client came over https, as the trusted proxy says, and not over plain http', async () => {
    expect((await graphql({ 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await graphql({ 'x-forwarded-proto': 'http' })).headers.get('strict-transport-security')).toBeNull();
  });

  it('tell every cache not to store a GraphQL answer, a signed-in one or an error', async () => {
    expect((await graphql()).headers.get('cache-control')).toBe('no-store');
    const malformed = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer {' }) });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('cache-control')).toBe('no-store');
  });

  it("serve no Apollo landing page (its inline script and CDN are outside the policy) to a browser opening /graphql", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<script/i);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('without TRUST_PROXY', () => {
  it('ignores a client that claims https in X-Forwarded-Proto', async () => {
    const direct = await startTestServer({ RUN_WORKER: 'false' });
    try {
      const response = await fetch(`${direct.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await direct.stop();
    }
  });
});
