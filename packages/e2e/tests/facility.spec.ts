import { expect, test } from '@playwright/test';
import { expectAccessible, linkFromMailbox } from './support';

test.describe('Compliance Hub', () => {
  test('the facility manager signs in through a magic link from the mailbox and switches facilities', async ({ page }) => {
    await page.goto('/facility/');
    await expect(page).toHaveURL(/\/facility\/sign-in/);
    await expectAccessible(page);

    const since = new Date(Date.now() - 2000);
    await page.getByLabel('Work email').fill('manager@mercy.test');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page.getByText(/a sign-in link is on its way/)).toBeVisible();
    await expectAccessible(page);

    const link = await linkFromMailbox(page.request, 'manager@mercy.test', /sign-in link/, since);
    await page.goto(link);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();

    const switcher = page.getByRole('combobox', { name: 'Facility' });
    await expect(switcher).toBeVisible();
    await expectAccessible(page);
    const first = await page.getByRole('heading', { level: 1 }).textContent();
    expect(['Mercy General Hospital', 'Mercy West Clinic']).toContain(first);
    const other = first === 'Mercy General Hospital' ? 'Mercy West Clinic' : 'Mercy General Hospital';

    await switcher.click();
    await expect(page.getByRole('option')).toHaveCount(2);
    await page.getByRole('option', { name: other }).click();
    await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();

    // The link was single-use.
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();
    await expect(page.getByText('This sign-in link is invalid, expired or already used.')).toBeVisible();
  });
});
