import { expect, test } from '@playwright/test';

test('the server answers health checks and keeps a readable mailbox in development', async ({ request, page }) => {
  expect((await request.get('/healthz')).status()).toBe(200);
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Local mailbox' })).toBeVisible();
});

test("each app's page is checked for a newer build on every visit, and its scripts arrive as the build's brotli copies, kept a year", async ({ request }) => {
  for (const app of ['agency', 'facility', 'contractor']) {
    const page = await request.get(`/${app}/sign-in`);
    expect(page.headers()['cache-control'], app).toBe('no-cache');
    const scripts = [...(await page.text()).matchAll(/src="(\/[a-z]+\/assets\/[^"]+\.js)"/g)].map(([, src]) => src!);
    expect(scripts.length, app).toBeGreaterThan(0);
    for (const script of scripts) {
      const response = await request.get(script, { headers: { 'accept-encoding': 'br' } });
      expect(response.status(), script).toBe(200);
      expect(response.headers()['content-encoding'], script).toBe('br');
      expect(response.headers()['cache-control'], script).toBe('public, max-age=31536000, immutable');
    }
  }
});
