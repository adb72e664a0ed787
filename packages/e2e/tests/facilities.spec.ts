// A new agency's first day with facilities: the operator creates the agency, its first rep sets a
// password from the invitation, finds an empty Facilities page that explains what a facility is, adds
// one with its manager's email; the manager follows the emailed link into the Compliance Hub; back in
// the agency app the facility's card lists the manager's Hub access.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkFromMailbox, mailSince } from './support';

/** Scans the page at desktop width and at 360 px, where nothing may scroll sideways; leaves it at desktop width. */
async function expectAccessibleAtBothWidths(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scroll at 360 px on ${page.url()}`).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a new agency adds its first facility, and the facility manager it names signs in to the Compliance Hub from the emailed link', async ({ page, browser, playwright }) => {
  // Two apps, and every page and dialog scanned at two widths: longer than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const agencyName = `Harbor Staffing ${stamp}`;
  const repEmail = `first.rep.${stamp}@harbor.test`;
  const managerEmail = `manager.${stamp}@bayview.test`;
  const facilityName = 'Bayview Medical Center';
  await page.setViewportSize({ width: 1440, height: 900 });

  // The operator creates the agency through the API with their key.
  const since = await mailSince(page.request);
  const operator = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { authorization: 'Bearer dev-operator-key' } });
  const created = await operator.post('/graphql', {
    data: { query: 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name } }', variables: { i: { name: agencyName, firstMemberEmail: repEmail } } },
  });
  const body = (await created.json()) as { data?: { createAgency: { name: string } }; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  await operator.dispose();

  // The first rep accepts the invitation and sets a password.
  const invitation = await linkFromMailbox(page.request, repEmail, new RegExp(`invited to ${agencyName}`), since);
  await page.goto(invitation);
  await expect(page.getByLabel('Email')).toHaveValue(repEmail);
  await page.getByLabel('Your name').fill('Jordan Reyes');
  await page.getByLabel('Password', { exact: true }).fill('a-strong-passphrase');
  await page.getByLabel('Confirm password').fill('a-strong-passphrase');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.getByRole('link', { name: 'Facilities', exact: true }).click();

  // An empty page says what a facility is and offers to add one.
  await expect(page.getByRole('heading', { level: 1, name: 'Facilities' })).toBeVisible();
  const empty = page.getByRole('region', { name: 'No facilities yet' });
  await expect(empty).toContainText('A facility is a client site where your contractors work');
  await expectAccessibleAtBothWidths(page);

  // The form checks with the server's rules before it sends anything.
  await empty.getByRole('button', { name: 'Add a facility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a facility' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('ZIP code (optional)').fill('941');
  await dialog.getByRole('button', { name: 'Add facility' }).click();
  await expect(dialog.getByText('Enter the facility name')).toBeVisible();
  await expect(dialog.getByText('Use a 5-digit ZIP code (or ZIP+4)')).toBeVisible();
  await expectAccessibleAtBothWidths(page);

  const mailsFrom = await mailSince(page.request);
  await dialog.getByLabel('Facility name').fill(facilityName);
  await dialog.getByLabel('Street address (optional)').fill('2 Harbor Way');
  await dialog.getByLabel('City (optional)').fill('San Francisco');
  await dialog.getByLabel('State (optional)').selectOption('CA');
  await dialog.getByLabel('ZIP code (optional)').fill('94107');
  await dialog.getByLabel('Contact email (optional)').fill(managerEmail);
  await dialog.getByRole('button', { name: 'Add facility' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${facilityName} was added.` })).toBeVisible();
  const card = page.getByRole('region', { name: facilityName });
  await expect(card).toContainText('2 Harbor Way, San Francisco, CA 94107');
  await expect(card).toContainText(`Contact: ${managerEmail}`);
  await expect(card.getByRole('list', { name: 'Compliance Hub access' }).getByRole('listitem')).toHaveText([new RegExp(`${managerEmail}.*Not signed in yet`)]);
  await expectAccessibleAtBothWidths(page);

  // A second facility of the same name is refused on the name field.
  await page.getByRole('button', { name: 'Add a facility' }).click();
  await dialog.getByLabel('Facility name').fill(facilityName.toUpperCase());
  await dialog.getByRole('button', { name: 'Add facility' }).click();
  await expect(dialog.getByText(`You already have a facility named ${facilityName}.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: new RegExp(facilityName, 'i') })).toHaveCount(1);

  // The manager's invitation arrives; its link opens the Compliance Hub on this facility.
  const hubLink = await linkFromMailbox(page.request, managerEmail, new RegExp(`You have access to ${facilityName}`), mailsFrom);
  const managerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const hub = await managerContext.newPage();
  await hub.goto(hubLink);
  await expectAccessibleAtBothWidths(hub);
  await hub.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();
  await expect(hub.getByRole('heading', { level: 1, name: facilityName })).toBeVisible();
  await expectAccessibleAtBothWidths(hub);
  await managerContext.close();

  // Back in the agency app, the card lists the manager's access, now used.
  await page.reload();
  await expect(card.getByRole('list', { name: 'Compliance Hub access' }).getByRole('listitem')).toHaveText([new RegExp(`${managerEmail}.*Last signed in`)]);

  // Edit: the city changes, the rest stays.
  await card.getByRole('button', { name: `Edit ${facilityName}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${facilityName}` });
  await expect(edit.getByLabel('Contact email (optional)')).toHaveValue(managerEmail);
  await expectAccessibleAtBothWidths(page);
  await edit.getByLabel('City (optional)').fill('Oakland');
  await edit.getByLabel('ZIP code (optional)').fill('94607');
  await edit.getByRole('button', { name: 'Save facility' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('2 Harbor Way, Oakland, CA 94607');

  // Removing the manager's access asks first, then takes it away.
  await card.getByRole('button', { name: `Remove access of ${managerEmail}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove access?' });
  await expect(confirm).toContainText(`${managerEmail} will no longer see the certificates of ${facilityName}`);
  await expectAccessibleAtBothWidths(page);
  await confirm.getByRole('button', { name: 'Remove access' }).click();
  await expect(confirm).toBeHidden();
  await expect(card.getByText('Nobody yet.')).toBeVisible();
  await expectAccessibleAtBothWidths(page);
});
