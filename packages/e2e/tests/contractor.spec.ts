import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, linkFromMailbox, mailSince } from './support';

test.describe('contractor portal', () => {
  test('a contractor opens the link from their email, sees the opt-in form and their coverage page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/contractor/');
    await expect(page.getByText('Open the link in your email to see your coverage.')).toBeVisible();
    await expectAccessible(page);

    // Without the email at hand, Maria asks for her link again; the answer never says whether the address is known.
    const since = await mailSince(page.request);
    await page.getByRole('textbox', { name: 'Your email' }).fill('nobody.here@example.com');
    await page.getByRole('button', { name: 'Email me my link' }).click();
    await expect(page.getByRole('status').filter({ hasText: /If that email belongs to a contractor/ })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your email' }).fill('maria.lopez@example.com');
    await page.getByRole('button', { name: 'Email me my link' }).click();
    await expect(page.getByRole('status').filter({ hasText: /If that email belongs to a contractor/ })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const link = await linkFromMailbox(page.request, 'maria.lopez@example.com', /Your Coverline coverage link/, since);
    await page.goto(link);
    // Maria has an assignment waiting for her confirmation: the link opens the pre-filled form.
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your coverage' })).toBeVisible();
    await expect(page.getByText('Your agency pays')).toBeVisible();
    await expectAccessible(page);
    await page.goto('/contractor/');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Maria' })).toBeVisible();
    // Her page says what waits on her, in the agency's words, with the button that does it.
    await expect(page.getByText('An assignment waits for you to confirm your coverage. It is not covered until you do.')).toBeVisible();
    await expect(page.getByText('Awaiting opt-in').first()).toBeVisible();
    await expect(page.getByText(/opted in to coverage/)).toHaveCount(0);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'Confirm your coverage', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Confirm your coverage' })).toBeVisible();
    await page.goto('/contractor/');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('Open the link in your email to see your coverage.')).toBeVisible();
  });

  test('a made-up link is refused', async ({ page }) => {
    await page.goto('/contractor/t/not-a-real-token-0000000000000');
    await expect(page.getByText(/This link is invalid or has expired/)).toBeVisible();
    await expectAccessible(page);
  });
});
