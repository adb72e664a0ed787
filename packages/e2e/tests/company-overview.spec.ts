// A new agency's first day and its Company Overview: the operator creates the agency, its first
// member sets a password from the invitation and lands on the overview with the setup checklist;
// once the agency has saved its settings and has contractors and assignments (made through the API
// as that member), the overview's figures, charts and their tables are the ones computed by hand
// here — at 1440 px and at 360 px, with axe on every page and no sideways scroll on a phone.
import { expect, test, type Page } from '@playwright/test';
import { agencyGraphql, expectAccessible, linkFromMailbox, mailSince, serverDay } from './support';

const AGENCY = `First Day Staffing ${Date.now()}`;
const MEMBER = `owner.${Date.now()}@firstday.test`;

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

/** The value of a KPI tile. */
const tile = (page: Page, id: string) => page.getByTestId(`kpi-${id}-value`);
/** The numbers table of the chart captioned `caption`. */
const chartTable = (page: Page, caption: string) => page.getByRole('table', { name: caption });

test('a new agency signs in to a setup checklist, then its overview shows exactly its own figures', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  // The operator creates the agency through the API with their key.
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').origin;
  const operator = await playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: { authorization: 'Bearer dev-operator-key' } });
  const since = await mailSince(operator);
  const created = await operator.post('/graphql', {
    data: {
      query: 'mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id name } }',
      variables: { i: { name: AGENCY, firstMemberEmail: MEMBER, defaultPayer: 'AGENCY', timeZone: 'America/New_York' } },
    },
  });
  expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
  await operator.dispose();

  // The first member sets a password from the invitation and lands on the overview's checklist.
  const link = await linkFromMailbox(page.request, MEMBER, new RegExp(`invited to ${AGENCY}`), since);
  await page.goto(link);
  await page.getByLabel('Your name').fill('Jordan Avery');
  await page.getByLabel('Password', { exact: true }).fill('a-strong-first-day-passphrase');
  await page.getByLabel('Confirm password').fill('a-strong-first-day-passphrase');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get started' })).toBeVisible();
  for (const step of ['settings', 'facility', 'contractors', 'assignment']) await expect(page.getByTestId(`setup-${step}`)).toContainText('To do');
  await expect(page.getByText('0 of 4 steps done.')).toBeVisible();
  await expect(page.getByText('Nobody has been asked to opt in yet').first()).toBeVisible();
  await expectAccessible(page);

  // Each step leads to where it is done.
  await page.getByRole('link', { name: 'Add a facility where your contractors work' }).click();
  await expect(page).toHaveURL(/\/agency\/facilities$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Import your contractors' }).click();
  await expect(page).toHaveURL(/\/agency\/contractors\/import$/);
  await page.goBack();

  // A step done: the settings saved (a billing email of its own). Facilities are added on the
  // Facilities page (createFacility, built beside this journey), so that step stays to do here.
  await agencyGraphql(page.request, 'mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id } }', { i: { billingEmail: 'billing@firstday.test' } });
  await page.reload();
  await expect(page.getByText('1 of 4 steps done.')).toBeVisible();
  await expect(page.getByTestId('setup-settings')).toContainText('Done');
  await expect(page.getByTestId('setup-facility')).toContainText('To do');
  await expect(page.getByTestId('setup-contractors')).toContainText('To do');

  // The dataset, computed by hand: four contractors (OH, OH, TX, TX); three assignments of a new job
  // category (so each waits for its approval), starting on the same day, of $2,000 for 10 days,
  // $6,000 for 30 days and $500 for 1 day.
  const { jobCodes } = await agencyGraphql<{ jobCodes: { id: string }[] }>(page.request, '{ jobCodes(state: "OH") { id } }');
  const start = await serverDay(page.request, 5);
  const plus = async (days: number) => serverDay(page.request, 5 + days);
  const people = [
    { firstName: 'Ada', workState: 'OH', wageCents: 200_000, endDate: await plus(9) },
    { firstName: 'Ben', workState: 'OH', wageCents: 600_000, endDate: await plus(29) },
    { firstName: 'Cy', workState: 'TX', wageCents: 50_000, endDate: start },
    { firstName: 'Di', workState: 'TX', wageCents: null, endDate: null },
  ];
  for (const person of people) {
    const { createContractor } = await agencyGraphql<{ createContractor: { id: string } }>(page.request, 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }', {
      i: { firstName: person.firstName, lastName: 'Firstday', email: `${person.firstName.toLowerCase()}.${Date.now()}@firstday.test`, workState: person.workState },
    });
    if (person.wageCents === null) continue;
    await agencyGraphql(page.request, 'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id status } }', {
      i: {
        contractorId: createContractor.id,
        newJobCategory: { jobCodeId: jobCodes[0]?.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'OH' },
        clientEntity: 'Harbor Health',
        jobName: `${person.firstName}'s shifts`,
        description: 'Front desk cover at the clinic, weekday mornings.',
        effectiveDate: start,
        endDate: person.endDate,
        wageCents: person.wageCents,
        payer: 'AGENCY',
      },
    });
  }

  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await expect(tile(page, 'wage')).toHaveText('$2,833.33'); // (2,000 + 6,000 + 500) / 3
    await expect(page.getByText('3 of 4 steps done.')).toBeVisible();
    await expect(page.getByTestId('setup-assignment')).toContainText('Done');
    await expect(page.getByTestId('kpi-wage')).toContainText('median $2,000.00 over 3 assignments');
    await expect(tile(page, 'length')).toHaveText('13.7 days'); // (10 + 30 + 1) / 3
    await expect(page.getByTestId('kpi-length')).toContainText('median 10 days');
    await expect(tile(page, 'completion')).toHaveText('—'); // nobody asked yet: every assignment waits for approval
    await expect(tile(page, 'insured')).toHaveText('0');
    await expect(tile(page, 'states')).toHaveText('2');
    await expect(page.getByTestId('kpi-states')).toContainText('OH, TX');
    await expect(tile(page, 'missing-po')).toHaveText('0');
    await expect(page.getByTestId('attention-pending-approval').getByRole('link')).toHaveText('1 job category is pending approval (3 contractors waiting)');

    // Charts are drawn, and their tables hold the same numbers.
    for (const caption of ['Contractors by work state', 'Contractors by coverage status', 'Wages', 'Assignment lengths', 'Assignments started each month']) {
      const figure = page.locator('figure').filter({ has: page.getByText(caption, { exact: true }) });
      await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
    }
    await expect(chartTable(page, 'Contractors by work state').locator('tbody tr')).toHaveText([/Ohio \(OH\)\s*2/, /Texas \(TX\)\s*2/]);
    await expect(chartTable(page, 'Contractors by coverage status').locator('tbody tr').filter({ hasText: 'Pending approval' })).toContainText('3');
    await expect(chartTable(page, 'Contractors by coverage status').locator('tbody tr').filter({ hasText: 'Not invited' })).toContainText('1');
    await expect(chartTable(page, 'Assignment lengths').locator('tbody tr')).toHaveText([/1–7 days\s*1/, /8–30 days\s*2/, /31–90 days\s*0/, /91–180 days\s*0/, /181–365 days\s*0/, /366 days or more\s*0/]);
    const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
    await expect(chartTable(page, 'Assignments started each month').locator('tbody tr')).toHaveText([new RegExp(`${month}\\s*3`)]);

    // "Show as table" puts the wages' numbers on the page.
    const wages = page.locator('figure').filter({ has: page.getByText('Wages', { exact: true }) });
    await wages.getByRole('button', { name: 'Show as table' }).click();
    await expect(chartTable(page, 'Wages')).toBeVisible();
    await expect(chartTable(page, 'Wages').locator('tbody tr').first()).toHaveText(/Under \$1,000\s*1/);
    await expect(chartTable(page, 'Wages').locator('tbody tr').nth(1)).toHaveText(/\$1,000 – \$4,999\.99\s*1/);
    await expect(chartTable(page, 'Wages').locator('tbody tr').nth(2)).toHaveText(/\$5,000 – \$9,999\.99\s*1/);
    await expectAccessible(page);
    if (width === 360) await expectNoSidewaysScroll(page);
  }

  // The needs-attention item opens the Contractors tab filtered to exactly those contractors.
  await page.getByTestId('attention-pending-approval').getByRole('link').click();
  await expect(page).toHaveURL(/\/agency\/contractors\?coverage=PENDING_APPROVAL$/);
  await expect(page.getByText('3 contractors match these filters')).toBeVisible();
  await expectAccessible(page);

  // The Contractors tab takes the overview's "awaiting opt-in for more than 2 days" filter from its URL:
  // nobody of this agency has been asked yet, so nobody matches, until the filter is cleared.
  await page.goto('/agency/contractors?awaitingOptIn=2');
  await expect(page.getByText('Only contractors awaiting their opt-in for more than 2 days')).toBeVisible();
  await expect(page.getByText('No contractor matches these filters')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/agency\/contractors$/);
  await expect(page.getByText('4 contractors in your agency')).toBeVisible();

  // A range with none of these assignments: the figures say so.
  await page.goto('/agency/');
  await page.getByRole('combobox', { name: 'Date range' }).click();
  await page.getByRole('option', { name: 'Last year' }).click();
  await expect(page).toHaveURL(/\/agency\/\?range=LAST_YEAR$/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Date range' })).toHaveValue('Last year');
  await expect(tile(page, 'wage')).toHaveText('—');
  await expect(page.getByText('No assignments start in this range.')).toBeVisible();
  await expectAccessible(page);
});
