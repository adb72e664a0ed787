import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkFromMailbox } from './support';

const inDays = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
};

async function signInAsOps(page: Page) {
  await page.goto('/agency/sign-in');
  await page.getByLabel('Work email').fill('ops@acme.test');
  await page.getByLabel('Password').fill('coverline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();
}

async function addContractor(page: Page, firstName: string, email: string) {
  await page.getByRole('link', { name: 'Contractors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contractors' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Add contractor' }).click();
  await page.getByLabel('First name').fill(firstName);
  await page.getByLabel('Last name').fill('Journey');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Work state (optional)').selectOption('IL');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add contractor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${firstName} Journey` })).toBeVisible();
}

async function fillAssignment(page: Page, input: { payer: 'Agency' | 'Contractor'; effective: string; end: string }) {
  await page.getByRole('link', { name: /Add job assignment/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();
  await page.getByLabel('Approved category').selectOption({ index: 1 });
  await page.getByLabel('Client entity').fill('Mercy Health System');
  await page.getByLabel('Job name').fill('Night shift RN');
  await page.getByLabel('Description').fill('Covers night shifts on the medical-surgical floor. Reports to the charge nurse on duty.');
  await page.getByLabel('Effective date').fill(input.effective);
  await page.getByLabel('End date').fill(input.end);
  await page.getByLabel('Wage').fill('1,250');
  await page.getByRole('radio', { name: input.payer, exact: true }).check();
  await expect(page.getByText('Total premium')).toBeVisible();
}

test.describe('assignment lifecycle', () => {
  test('a retroactive effective date is refused on the field, and nothing is created', async ({ page }) => {
    await signInAsOps(page);
    await addContractor(page, 'Robin', `robin.${Date.now()}@example.com`);
    await fillAssignment(page, { payer: 'Agency', effective: inDays(-2), end: inDays(3) });
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/Coverage cannot be applied retroactively/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();
  });

  test('agency pay: the contractor confirms the opt-in from the email and the assignment is covered with a certificate', async ({ page, browser }) => {
    await signInAsOps(page);
    const email = `avery.${Date.now()}@example.com`;
    await addContractor(page, 'Avery', email);
    await fillAssignment(page, { payer: 'Agency', effective: inDays(4), end: inDays(6) });
    await expectAccessible(page);
    const since = new Date(Date.now() - 2000);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/New assignment created: Awaiting opt-in/)).toBeVisible();
    await expect(page.getByText(/Opt-in link sent/).first()).toBeVisible();

    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const portal = await context.newPage();
    await portal.goto(link);
    await expect(portal.getByRole('heading', { level: 1, name: 'Confirm your coverage' })).toBeVisible();
    await expect(portal.getByText('Your agency pays')).toBeVisible();
    await expectAccessible(portal);
    await portal.getByLabel('I accept the terms').check();
    await portal.getByLabel('Type your full name to sign').fill('Avery Journey');
    await portal.getByRole('button', { name: 'Confirm and opt in' }).click();
    await expect(portal.getByRole('heading', { level: 1, name: 'Thank you, Avery' })).toBeVisible();
    await expect(portal.getByText('Covered').first()).toBeVisible();
    await expectAccessible(portal);
    await linkFromMailbox(page.request, email, /certificate/i, since);
    await context.close();

    await page.reload();
    await expect(page.getByRole('article').filter({ hasText: 'Night shift RN' }).getByText('Covered').first()).toBeVisible();
  });

  test('contractor pay: card at opt-in, notice, and the charge 24 hours later binds coverage', async ({ page, browser }) => {
    await signInAsOps(page);
    const email = `casey.${Date.now()}@example.com`;
    await addContractor(page, 'Casey', email);
    await fillAssignment(page, { payer: 'Contractor', effective: inDays(5), end: inDays(7) });
    const since = new Date(Date.now() - 2000);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/Opt-in link sent/).first()).toBeVisible();

    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    const context = await browser.newContext();
    const portal = await context.newPage();
    await portal.goto(link);
    await expect(portal.getByText(/You pay/)).toBeVisible();
    await portal.getByLabel('Card number').fill('4242 4242 4242 4242');
    await portal.getByLabel('Expiry date (MM/YY)').fill('12/30');
    await portal.getByLabel('Security code (CVC)').fill('123');
    await portal.getByLabel('Name on card').fill('Casey Journey');
    await portal.getByLabel('I accept the terms').check();
    await portal.getByLabel('Type your full name to sign').fill('Casey Journey');
    await portal.getByRole('button', { name: 'Confirm and opt in' }).click();
    await expect(portal.getByText('Payment due within 24 hours').first()).toBeVisible();
    await linkFromMailbox(page.request, email, /charged|card/i, since);
    await context.close();

    // Move the server's clock a day forward instead of waiting; the due charge runs at once.
    // A day later the rep's session has expired too, so they sign in again.
    const profile = page.url();
    expect((await page.request.post('/dev/clock/advance', { data: { hours: 25 } })).ok()).toBe(true);
    await signInAsOps(page);
    await page.goto(profile);
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByRole('article').filter({ hasText: 'Night shift RN' }).getByText('Covered').count();
      }, { timeout: 20_000 })
      .toBeGreaterThan(0);
  });
});
