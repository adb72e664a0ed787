import { expect, test } from '@playwright/test';
import { expectAccessible, linkFromMailbox } from './support';

test.describe('agency app', () => {
  test('the demo rep signs in, sees their agency, and signs out', async ({ page }) => {
    await page.goto('/agency/');
    await expect(page).toHaveURL(/\/agency\/sign-in/);
    await expectAccessible(page);

    await page.getByLabel('Work email').fill('rep@acme.test');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Password').fill('coverline-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await expect(page.getByText('Riley Parker').first()).toBeVisible();
    await expect(page.getByText('Acme Staffing').first()).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await expect(page.getByText('Riley Parker').first()).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/agency\/sign-in/);
    await page.goto('/agency/team');
    await expect(page).toHaveURL(/\/agency\/sign-in/);
  });

  test('a rep invites a colleague, who sets a password from the email and is signed in', async ({ page, browser }) => {
    await page.goto('/agency/sign-in');
    await page.getByLabel('Work email').fill('rep@acme.test');
    await page.getByLabel('Password').fill('coverline-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await expectAccessible(page);

    const colleague = `new.rep.${Date.now()}@acme.test`;
    const since = new Date(Date.now() - 2000);
    await page.getByLabel("Colleague's work email").fill(colleague);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${colleague}` })).toBeVisible();

    const link = await linkFromMailbox(page.request, colleague, /invited to Acme Staffing/, since);
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(link);
    await expect(invited.getByLabel('Email')).toHaveValue(colleague);
    await expectAccessible(invited);
    await invited.getByLabel('Your name').fill('Morgan Diaz');
    await invited.getByLabel('Password', { exact: true }).fill('a-strong-passphrase');
    await invited.getByLabel('Confirm password').fill('a-strong-passphrase');
    await invited.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(invited.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await expect(invited.getByText('Morgan Diaz').first()).toBeVisible();

    // The link worked once: opening it again says so.
    await invited.goto(link);
    await expect(invited.getByText('This invitation link is invalid or has expired.')).toBeVisible();
    await context.close();
  });

  test("a rep turns bulk download on for a facility and gives its manager Compliance Hub access", async ({ page }) => {
    await page.goto('/agency/sign-in');
    await page.getByLabel('Work email').fill('rep@acme.test');
    await page.getByLabel('Password').fill('coverline-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Facilities', exact: true }).click();
    const riverside = page.getByRole('region', { name: 'Riverside Convention Center' });
    await expect(riverside).toBeVisible();
    await expectAccessible(page);

    const bulk = riverside.getByRole('switch', { name: 'Bulk download in the Compliance Hub' });
    await expect(bulk).not.toBeChecked();
    await bulk.check();
    await expect(bulk).toBeChecked();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Riverside Convention Center' }).getByRole('switch', { name: 'Bulk download in the Compliance Hub' })).toBeChecked();
    await page.getByRole('region', { name: 'Riverside Convention Center' }).getByRole('switch', { name: 'Bulk download in the Compliance Hub' }).uncheck();

    const manager = `events.${Date.now()}@riverside.test`;
    const since = new Date(Date.now() - 2000);
    await page.getByRole('region', { name: 'Riverside Convention Center' }).getByLabel('Give a facility manager access').fill(manager);
    await page.getByRole('region', { name: 'Riverside Convention Center' }).getByRole('button', { name: 'Send access link' }).click();
    await expect(page.getByText(`${manager} can now sign in to the Compliance Hub for Riverside Convention Center`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Riverside Convention Center' }).getByRole('list', { name: 'Compliance Hub access' })).toContainText(manager);
    await linkFromMailbox(page.request, manager, /You have access to Riverside Convention Center/, since);
  });
});
