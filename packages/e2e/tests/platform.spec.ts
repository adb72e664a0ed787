import { expect, test } from '@playwright/test';

test('the server answers health checks and keeps a readable mailbox in development', async ({ request, page }) => {
  expect((await request.get('/healthz')).status()).toBe(200);
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Local mailbox' })).toBeVisible();
});
