// One standard across the three apps (decision 0030): every page names itself in the browser's tab,
// a navigation moves focus to the new page's h1 (not the first page), focus rings are 2 px, a dialog
// gives focus back to its button, Escape closes the phone navigation, an unknown address keeps the
// signed-in navigation, the opt-in form focuses its first error, and the contractor's two pages share
// one frame.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { agencyGraphql, expectAccessible, linkFromMailbox, mailSince, serverDay, signInAsAgencyRep, signInAsManager } from './support';

const mainHeading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

/** Follows a link of the main navigation and checks the tab's title and that focus is on the new page's h1. */
async function navigateTo(page: Page, link: string, title: string | RegExp, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: link, exact: true }).click();
  await expect(page).toHaveTitle(title);
  await expect(mainHeading(page)).toHaveText(heading);
  await expect(mainHeading(page)).toBeFocused();
}

async function outlineOf(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { width: style.outlineWidth, style: style.outlineStyle, color: style.outlineColor };
  });
}

// Mantine's indigo 7, the brand colour of the apps and the emails (BRAND_COLOR).
const BRAND_RGB = 'rgb(66, 99, 235)';

test.describe('titles, focus and navigation', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the agency app: a title on every main page, focus on the h1 after each navigation, 2 px rings, dialogs give focus back', async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsAgencyRep(page);
    await page.goto('/agency/');
    await expect(page).toHaveTitle('Overview · Coverline Agency');
    await expect(mainHeading(page)).toHaveText('Company Overview');
    // The first page of a visit starts at the top of the document, not on its heading.
    await expect(mainHeading(page)).not.toBeFocused();

    for (const [link, title, heading] of [
      ['Contractors', 'Contractors · Coverline Agency', 'Contractors'],
      ['Job Codes', 'Job codes · Coverline Agency', /Job codes/i],
      ['Facilities', 'Facilities · Coverline Agency', 'Facilities'],
      ['Invoices', 'Invoices · Coverline Agency', /Invoices/],
      ['Team', 'Team · Coverline Agency', 'Team'],
      ['Activity', 'Activity · Coverline Agency', /Activity/],
      ['Integrations', 'Integrations · Coverline Agency', /Integrations/],
      ['Settings', 'Settings · Coverline Agency', /Settings/],
      ['Overview', 'Overview · Coverline Agency', 'Company Overview'],
    ] as const) {
      await navigateTo(page, link, title, heading);
    }

    // Changing a filter changes the address's query, not the page: focus stays in the field.
    await navigateTo(page, 'Contractors', 'Contractors · Coverline Agency', 'Contractors');
    const search = page.getByRole('searchbox', { name: 'Search contractors' });
    await search.click();
    await search.pressSequentially('zz');
    await expect(search).toBeFocused();
    // A text field shows the 2 px ring of the brand colour while focused.
    expect(await outlineOf(search)).toEqual({ width: '2px', style: 'solid', color: BRAND_RGB });

    // So does a button reached by the keyboard, and a dialog gives focus back to the button that opened it.
    await navigateTo(page, 'Facilities', 'Facilities · Coverline Agency', 'Facilities');
    const add = page.getByRole('button', { name: 'Add a facility' });
    await add.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(add).toBeFocused();
    expect(await outlineOf(add)).toMatchObject({ width: '2px', style: 'solid' });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();
    // The filled button is the brand colour.
    expect(await add.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(BRAND_RGB);
    await expectAccessible(page);
  });

  test('a signed-in unknown address keeps the navigation; signed out, it stands alone', async ({ page, browser }) => {
    await signInAsAgencyRep(page);
    await page.goto('/agency/no-such-page');
    await expect(page).toHaveTitle('Page not found · Coverline Agency');
    await expect(mainHeading(page)).toHaveText('Page not found');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link', { name: 'Contractors', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(mainHeading(page)).toHaveText('Company Overview');
    await expect(mainHeading(page)).toBeFocused();

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto('/agency/no-such-page');
    await expect(stranger.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(stranger.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
    await expect(stranger).toHaveTitle('Page not found · Coverline Agency');
    await stranger.context().close();
  });

  test('the Compliance Hub: titles name the facility, focus follows the navigation, the 404 keeps the navigation', async ({ page }) => {
    await signInAsManager(page);
    await expect(page).toHaveTitle(/ · Coverline Compliance Hub$/);
    await navigateTo(page, 'Audit', /^Audit · .+ · Coverline Compliance Hub$/, /.+/);
    await navigateTo(page, 'Team', /^Team · .+ · Coverline Compliance Hub$/, /.+/);
    await navigateTo(page, 'Certificates', /^[^·]+ · Coverline Compliance Hub$/, /.+/);
    await expectAccessible(page);
    await page.goto('/facility/no-such-page');
    await expect(page).toHaveTitle('Page not found · Coverline Compliance Hub');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('Escape closes the navigation and gives focus back to its button', async ({ page }) => {
    await signInAsAgencyRep(page);
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await burger.click();
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navigation.getByRole('link', { name: 'Contractors', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close navigation' })).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Open navigation' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveAttribute('aria-expanded', 'false');
    // Closed, it slides away and its links are out of reach of the keyboard and of screen readers.
    await expect(page.locator('#coverline-navigation')).toHaveAttribute('inert', '');

    // A link chosen in the open navigation closes it and lands on the new page's heading.
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await navigation.getByRole('link', { name: 'Team', exact: true }).click();
    await expect(mainHeading(page)).toHaveText('Team');
    await expect(mainHeading(page)).toBeFocused();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});

test.describe('the contractor', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the opt-in form focuses its first error, and the opt-in and the own page share one frame', async ({ page, browser }) => {
    test.setTimeout(90_000);
    await signInAsAgencyRep(page);
    const email = `focus.${Date.now()}@example.com`;
    const { createContractor } = await agencyGraphql<{ createContractor: { id: string } }>(page.request, 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }', {
      i: { firstName: 'Farah', lastName: 'Focus', email, workState: 'OH' },
    });
    const { jobCategories } = await agencyGraphql<{ jobCategories: { id: string; status: string }[] }>(page.request, '{ jobCategories { id status } }');
    const since = await mailSince(page.request);
    await agencyGraphql(page.request, 'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }', {
      i: {
        contractorId: createContractor.id,
        jobCategoryId: jobCategories.find((category) => category.status === 'APPROVED')?.id,
        clientEntity: 'Mercy Health System',
        jobName: 'Focus shift',
        description: 'A weekend shift at the front desk.',
        effectiveDate: await serverDay(page.request, 5),
        endDate: await serverDay(page.request, 6),
        wageCents: 120_000,
        payer: 'AGENCY',
      },
    });
    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);

    const contractor = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await contractor.goto(link);
    await expect(contractor).toHaveTitle('Confirm your coverage · Coverline');
    await expect(mainHeading(contractor)).toHaveText('Confirm your coverage');
    const optInFrame = await frameOf(contractor);

    // A bad phone number, nothing accepted, nothing signed: focus lands on the first field in error as
    // the form shows them, the phone; once that is mended, the terms.
    const phone = contractor.getByRole('textbox', { name: 'Phone' });
    await phone.fill('12');
    await contractor.getByRole('button', { name: 'Confirm and opt in' }).click();
    await expect(phone).toBeFocused();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await phone.fill('');
    await contractor.getByRole('button', { name: 'Confirm and opt in' }).click();
    const terms = contractor.getByRole('checkbox', { name: 'I accept the terms' });
    await expect(terms).toBeFocused();
    await expect(terms).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(contractor);
    // Terms accepted, the signature still wrong: now the signature.
    await terms.check();
    await contractor.getByRole('textbox', { name: 'Type your full name to sign' }).fill('Someone Else');
    await contractor.getByRole('button', { name: 'Confirm and opt in' }).click();
    await expect(contractor.getByRole('textbox', { name: 'Type your full name to sign' })).toBeFocused();
    expect(await outlineOf(contractor.getByRole('textbox', { name: 'Type your full name to sign' }))).toMatchObject({ width: '2px', style: 'solid' });

    // The contractor's own page: the same header, column and footer as the opt-in.
    await contractor.goto('/contractor/');
    await expect(contractor).toHaveTitle('My coverage · Coverline');
    await expect(mainHeading(contractor)).toHaveText('Hello, Farah');
    expect(await frameOf(contractor)).toEqual({ ...optInFrame, signOut: true });
    await expectAccessible(contractor);
    // The own page's button opens the personal link, a new page load: like any first page, it starts
    // at the top of the document, not on its heading.
    await contractor.getByRole('link', { name: 'Confirm your coverage', exact: true }).click();
    await expect(mainHeading(contractor)).toHaveText('Confirm your coverage');
    await expect(mainHeading(contractor)).not.toBeFocused();
    await contractor.context().close();
  });
});

/** What the contractor's frame shows around a page: the header's words, the column's width, the footer. */
async function frameOf(page: Page) {
  const header = page.getByRole('banner');
  await expect(header).toBeVisible();
  return {
    header: (await header.getByText('Coverline', { exact: true }).textContent()) ?? '',
    agency: await header.getByText(/^for /).textContent(),
    columnWidth: Math.round((await page.getByRole('main').boundingBox())?.width ?? 0),
    footer: await page.getByRole('contentinfo').textContent(),
    signOut: await header.getByRole('button', { name: 'Sign out' }).isVisible(),
  };
}
