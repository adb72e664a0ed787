// A contractor's profile in the agency app: a covered contractor's certificate downloaded, the
// personal link of one awaiting opt-in, a detail edited, a reminder sent by hand and one by the agency's schedule (the server's clock moved, not
// waited), each shown in the reminder history.
import { expect, test, type Page } from '@playwright/test';
import { agencyGraphql, contractorAwaitingOptIn, expectAccessible, expectCertificateDownload, signInAsAgencyRep } from './support';

const REMINDER = /^Reminder: confirm your coverage$/;


async function remindersTo(page: Page, email: string) {
  const mails = (await (await page.request.get('/dev/mailbox.json')).json()) as { to: string; subject: string }[];
  return mails.filter((mail) => mail.to === email && REMINDER.test(mail.subject));
}

test.describe('contractor profile', () => {
  test("a covered contractor's certificate is downloaded from the profile as a PDF", async ({ page }) => {
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Contractors', exact: true }).click();
    await page.getByRole('link', { name: 'Linh Nguyen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Linh Nguyen' })).toBeVisible();
    await expectAccessible(page);

    const covered = page.getByRole('article').filter({ has: page.getByText('Covered', { exact: true }) }).first();
    await expectCertificateDownload(page, covered);
  });

  test("the demo's contractor awaiting opt-in has her personal link at the top of the profile", async ({ page }) => {
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Contractors', exact: true }).click();
    await page.getByRole('link', { name: 'Fatima Al-Sayed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fatima Al-Sayed' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Opt-in and coverage link' })).toHaveValue(/\/contractor\/t\//);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send reminder' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a detail is edited and saved', async ({ page }) => {
    await signInAsAgencyRep(page);
    const contractor = await contractorAwaitingOptIn(page, { firstName: 'Edie', lastName: 'Profile' });
    await page.goto(`/agency/contractors/${contractor.id}`);
    await expect(page.getByRole('heading', { level: 1, name: contractor.name })).toBeVisible();
    await page.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit details' });
    await dialog.getByLabel('Phone (optional)').fill('12');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog.getByText('Enter a phone number with area code')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Phone (optional)').fill('(614) 555-0142');
    await dialog.getByLabel('City (optional)').fill('Dayton');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Details saved.' })).toBeVisible();
    await page.reload();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('(614) 555-0142')).toBeVisible();
    await expect(details.getByText(/Dayton/)).toBeVisible();
  });

  test('a reminder sent by hand and one by the schedule both arrive and show in the history', async ({ page }) => {
    await signInAsAgencyRep(page);
    const contractor = await contractorAwaitingOptIn(page, { firstName: 'Remy', lastName: 'Profile' });
    // The schedule reminds a day after the link was sent, so the clock moves a day, as other journeys move it.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectAccessible(page);
    const reminderDays = page.getByRole('combobox', { name: 'Automatic reminders' });
    await reminderDays.click();
    await page.getByRole('option', { name: '1 day', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/agency/contractors/${contractor.id}`);
    await expect(page.getByRole('heading', { level: 1, name: contractor.name })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Opt-in and coverage link' })).toHaveValue(/\/contractor\/t\//);
    await page.getByRole('button', { name: 'Send reminder' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Reminder sent to ${contractor.email}.` })).toBeVisible();
    await expect.poll(async () => (await remindersTo(page, contractor.email)).length, { timeout: 15_000 }).toBe(1);
    const history = page.getByRole('region', { name: 'Reminders' });
    await expect(history.getByRole('row').filter({ hasText: 'Riley Parker' })).toHaveCount(1);
    await expectAccessible(page);

    expect((await page.request.post('/dev/clock/advance', { data: { hours: 25 } })).ok()).toBe(true);
    await expect.poll(async () => (await remindersTo(page, contractor.email)).length, { timeout: 30_000 }).toBe(2);
    // Sessions expire with the moved clock: sign in again to see the history.
    await signInAsAgencyRep(page);
    await page.goto(`/agency/contractors/${contractor.id}`);
    await expect(history.getByRole('row').filter({ hasText: 'Automatic (day 1)' })).toHaveCount(1);
    await expect(history.getByRole('row').filter({ hasText: 'Riley Parker' })).toHaveCount(1);
    await expectAccessible(page);

    // Leave Acme's schedule as the demo has it for the journeys that follow.
    await agencyGraphql(page.request, 'mutation { updateAgencySettings(input: { reminderDays: [2, 5] }) { id } }');
  });
});
