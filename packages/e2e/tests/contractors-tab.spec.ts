import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { connectE2eDatabase, expectAccessible, expectNoHorizontalScroll, signInAsAgencyRep } from './support';

// The journeys check what the tab lists against the database itself.
const sql = connectE2eDatabase();
test.afterAll(async () => sql.end());

type Where = { workState?: string; jobCodeId?: string; coverageStatus?: string };

/** The names the tab must list for a filter: Acme's contractors not archived, by last name, first name and id. */
async function expectedNames(where: Where): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select c.first_name || ' ' || c.last_name as name
    from contractors c
    join agencies ag on ag.id = c.agency_id
    where ag.name = 'Acme Staffing' and c.archived_at is null
      and (${where.workState ?? null}::text is null or c.work_state = ${where.workState ?? null})
      and (${where.coverageStatus ?? null}::text is null or c.coverage_status::text = ${where.coverageStatus ?? null})
      and (${where.jobCodeId ?? null}::uuid is null or exists (
        select 1 from assignments a join job_categories jc on jc.agency_id = a.agency_id and jc.id = a.job_category_id
        where a.agency_id = c.agency_id and a.contractor_id = c.id and jc.job_code_id = ${where.jobCodeId ?? null}::uuid))
    order by c.last_name, c.first_name, c.id`;
  return rows.map((row) => row.name);
}


/** Every name the table lists, after loading every page. */
async function listedNames(page: Page, count: number): Promise<string[]> {
  await expect(page.getByRole('status').filter({ hasText: count === 1 ? /^1 contractor/ : new RegExp(`^${count} contractors`) })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Contractors' }).locator('tbody tr');
  const loadMore = page.getByRole('button', { name: 'Load more' });
  while (await loadMore.isVisible()) {
    const before = await rows.count();
    await loadMore.click();
    await expect(rows).not.toHaveCount(before);
  }
  if (count === 0) {
    await expect(page.getByText('No contractor matches these filters')).toBeVisible();
    return [];
  }
  await expect(rows).toHaveCount(count);
  return rows.locator('td:nth-child(2) a').allTextContents();
}

test.describe('the Contractors tab', () => {
  test('filters by work state, job code and coverage status give exactly the rows the database has, and the URL keeps them', async ({ page }) => {
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Contractors', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contractors' })).toBeVisible();
    await expectAccessible(page);
    const all = await expectedNames({});
    expect(await listedNames(page, all.length)).toEqual(all);

    await page.getByLabel('Work state').selectOption('IL');
    const inIllinois = await expectedNames({ workState: 'IL' });
    expect(inIllinois.length).toBeGreaterThan(0);
    expect(await listedNames(page, inIllinois.length)).toEqual(inIllinois);
    await expect(page).toHaveURL(/state=IL/);
    await expectAccessible(page);

    // A job code of the agency's categories; the SQL check names the contractors with an assignment of it.
    await page.getByLabel('Work state').selectOption('');
    const jobCode = page.getByLabel('Job code');
    const jobCodeId = await jobCode.locator('option').nth(1).getAttribute('value');
    expect(jobCodeId).toBeTruthy();
    await jobCode.selectOption(jobCodeId ?? '');
    const withJobCode = await expectedNames({ jobCodeId: jobCodeId ?? '' });
    expect(withJobCode.length).toBeGreaterThan(0);
    expect(await listedNames(page, withJobCode.length)).toEqual(withJobCode);

    await jobCode.selectOption('');
    await page.getByLabel('Coverage status').selectOption('COVERED');
    const covered = await expectedNames({ coverageStatus: 'COVERED' });
    expect(await listedNames(page, covered.length)).toEqual(covered);
    // Luis and Jasmine's payments were declined: they are never shown as covered.
    const declined = await expectedNames({ coverageStatus: 'PAYMENT_DECLINED' });
    expect(declined.length).toBeGreaterThan(0);
    expect(covered.filter((name) => declined.includes(name))).toEqual([]);

    await page.getByLabel('Work state').selectOption('OH');
    const coveredInOhio = await expectedNames({ coverageStatus: 'COVERED', workState: 'OH' });
    expect(await listedNames(page, coveredInOhio.length)).toEqual(coveredInOhio);
    await expectAccessible(page);

    // Reload and back keep the filters (they are the URL).
    await page.reload();
    await expect(page.getByLabel('Coverage status')).toHaveValue('COVERED');
    expect(await listedNames(page, coveredInOhio.length)).toEqual(coveredInOhio);
    await page.goBack();
    await expect(page.getByLabel('Work state')).toHaveValue('');
    expect(await listedNames(page, covered.length)).toEqual(covered);

    // The CSV export holds the same rows.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const csv = await readFile((await (await downloading).path()) ?? '', 'utf8');
    const names = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[0]);
    expect(names).toEqual(covered);
  });

  test('a sortable header orders by coverage status, and the selected contractors get a reminder', async ({ page }) => {
    await signInAsAgencyRep(page);
    await page.goto('/agency/contractors');
    await page.getByRole('button', { name: /^Coverage status/ }).click();
    await expect(page).toHaveURL(/sort=COVERAGE_STATUS/);
    await expect(page.getByRole('columnheader', { name: /Coverage status/ })).toHaveAttribute('aria-sort', 'ascending');
    const first = page.getByRole('table', { name: 'Contractors' }).locator('tbody tr').first();
    await expect(first.getByText('Payment declined')).toBeVisible();

    await page.getByLabel('Coverage status').selectOption('NEEDS_OPT_IN');
    const waiting = await expectedNames({ coverageStatus: 'NEEDS_OPT_IN' });
    expect(waiting.length).toBeGreaterThan(0);
    expect((await listedNames(page, waiting.length)).sort()).toEqual([...waiting].sort());
    await page.getByRole('checkbox', { name: 'Select every contractor shown' }).check();
    await page.getByRole('button', { name: `Send reminder (${waiting.length})` }).click();
    await expect(page.getByRole('status').filter({ hasText: waiting.length === 1 ? 'Reminder sent to 1 contractor.' : `Reminders sent to ${waiting.length} contractors.` })).toBeVisible();
    await expectAccessible(page);
  });

  test('at 360 px the rows are stacked cards and the page never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await signInAsAgencyRep(page);
    await page.goto('/agency/contractors?coverage=PAYMENT_DECLINED');
    const declined = await expectedNames({ coverageStatus: 'PAYMENT_DECLINED' });
    await expect(page.getByRole('list', { name: 'Contractors' }).getByRole('listitem')).toHaveCount(declined.length);
    await expect(page.getByRole('list', { name: 'Contractors' }).getByText('Payment declined').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.goto('/agency/contractors');
    await expect(page.getByRole('list', { name: 'Contractors' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  });
});

test.describe('a large agency', () => {
  // Its own agency and rep (signed in with the demo rep's password), so the demo agency's counts stay
  // as the other journeys expect them; removed afterwards with everything of theirs.
  const email = 'rep@large-e2e.test';
  test.beforeAll(async () => {
    const [agency] = await sql<{ id: string }[]>`insert into agencies (name) values ('Large E2E Staffing') returning id`;
    await sql`insert into agency_settings (agency_id) values (${agency!.id})`;
    const [member] = await sql<{ id: string }[]>`
      insert into team_members (agency_id, email, name, password_hash, status)
      select ${agency!.id}, ${email}, 'Large Rep', password_hash, 'ACTIVE' from team_members where email = 'rep@acme.test' returning id`;
    await sql`insert into team_member_emails (email, agency_id, team_member_id) values (${email}, ${agency!.id}, ${member!.id})`;
    await sql`
      insert into contractors (agency_id, first_name, last_name, email, work_state)
      select ${agency!.id}, 'Worker', case when g % 1000 = 0 then 'Rare' else 'Common' end || g, 'worker' || g || '@large-e2e.test', 'OH'
      from generate_series(1, 10001) g`;
  });
  test.afterAll(async () => {
    await sql`delete from team_member_emails where email = ${email}`;
    await sql`delete from agencies where name = 'Large E2E Staffing'`;
  });

  test('past 10,000 contractors the tab says "10,000+", at 1440 and 360 px, and an exact count once a filter narrows it', async ({ page }) => {
    // It signs in, loads two pages, searches and checks both widths with axe: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    await page.goto('/agency/sign-in');
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill('coverline-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await page.goto('/agency/contractors');
    await expect(page.getByRole('status').filter({ hasText: '10,000+ contractors in your agency' })).toBeVisible();
    await expect(page.getByText('Showing 20 of 10,000+')).toBeVisible();
    // A later page keeps the first page's total (it is not counted again).
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect(page.getByText('Showing 40 of 10,000+')).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('large-agency-1440.png'), fullPage: true });

    await page.getByLabel('Search contractors').fill('rare');
    await expect(page.getByRole('status').filter({ hasText: '10 contractors match these filters' })).toBeVisible();
    await expect(page.getByText('Showing 10 of 10')).toBeVisible();

    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/agency/contractors');
    await expect(page.getByRole('status').filter({ hasText: '10,000+ contractors in your agency' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.screenshot({ path: test.info().outputPath('large-agency-360.png'), fullPage: false });
  });
});
