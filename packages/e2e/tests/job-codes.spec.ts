import { expect, test, type Page } from '@playwright/test';
import { connectE2eDatabase, expectAccessible, serverDay, signInAsAgencyRep } from './support';

// The journey checks the tab's rates and the created assignment's premium against the database itself.
const sql = connectE2eDatabase();
test.afterAll(async () => sql.end());

/** "$1,561.95" → 156195. */
function cents(text: string | null): number {
  const match = /\$([\d,]+)\.(\d\d)/.exec(text ?? '');
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(match[1]!.replaceAll(',', '')) * 100 + Number(match[2]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

test.describe('the Job Codes tab', () => {
  test("Alabama rates for IT field technicians, a budget of 3 assignments, and 'Use this' creating an assignment of exactly that premium", async ({ page }) => {
    // Five pages, each scanned by axe (the tab three times): longer than one page's journey.
    test.setTimeout(180_000);
    const [rates, [contractor]] = await Promise.all([
      sql<{ coverage_type: string; rate: string; minimum_premium_cents: number }[]>`
        select r.coverage_type, r.rate::text, r.minimum_premium_cents from job_code_rates r join job_codes c on c.id = r.job_code_id
        where c.code = 'it-field-technician' and r.state = 'AL'`,
      sql<{ id: string; first_name: string; last_name: string }[]>`
        select c.id, c.first_name, c.last_name from contractors c join agencies a on a.id = c.agency_id
        where a.name = 'Acme Staffing' and c.archived_at is null order by c.last_name, c.first_name limit 1`,
    ]);
    const rateOf = (type: string) => Number(rates.find((rate) => rate.coverage_type === type)?.rate);
    expect(rateOf('WORKERS_COMPENSATION')).toBeGreaterThan(0);
    expect(contractor).toBeDefined();

    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Job Codes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Job Codes' })).toBeVisible();
    await expectAccessible(page);

    // Two steps: the state, then the search.
    await page.getByLabel('State', { exact: true }).selectOption({ label: 'Alabama' });
    await page.getByLabel('Search job codes').fill('technician');
    await expect(page).toHaveURL(/state=AL/);
    await expect(page).toHaveURL(/search=technician/);
    const table = page.getByRole('table', { name: 'Job codes' });
    await expect(table.locator('tbody tr')).toHaveCount(3);
    const row = table.locator('tbody tr').filter({ hasText: 'IT Field Technician' });
    await expect(row).toContainText(`$${rateOf('WORKERS_COMPENSATION')} per $100 of wage`);
    await expect(row).toContainText(`$${rateOf('GENERAL_LIABILITY').toFixed(2)} per $1,000 of wage`);
    await expect(row).toContainText('Minimum premium $500.00');
    await expectAccessible(page);

    // The calculator opens on the row's code and state.
    await row.getByRole('button', { name: 'Estimate IT Field Technician' }).click();
    const calculator = page.getByRole('region', { name: 'Budget calculator' });
    await expect(calculator.getByLabel('Job code')).toHaveValue(await jobCodeId('it-field-technician'));
    await expect(calculator.getByLabel('Work state')).toHaveValue('AL');
    await calculator.getByLabel('Wage per assignment').fill('2,345.67');
    await calculator.getByLabel('Assignments', { exact: true }).fill('3');
    await expect(calculator.getByText('Total for 3 assignments')).toBeVisible();
    const perAssignment = cents(await calculator.getByTestId('budget-per-assignment').textContent());
    // WC: 2,345.67 / 100 × rate; GL: $3.52 raised to the $500.00 minimum.
    expect(perAssignment).toBe(Math.round(234_567 * rateOf('WORKERS_COMPENSATION') / 100) + 50_000);
    expect(cents(await calculator.getByTestId('budget-total').textContent())).toBe(3 * perAssignment);
    await expect(calculator.getByText('Raised to the minimum premium of $500.00')).toBeVisible();
    await expectAccessible(page);

    await page.setViewportSize({ width: 360, height: 800 });
    await expect(calculator.getByTestId('budget-total')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1440, height: 900 });

    // "Use this": the contractor first, then their form with the budget's choices.
    await calculator.getByRole('button', { name: 'Use this' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();
    await expectAccessible(page);
    const picker = page.getByRole('combobox', { name: 'Contractor' });
    await picker.fill(contractor!.last_name);
    await page.getByRole('option', { name: new RegExp(`^${contractor!.first_name} ${contractor!.last_name}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/contractors/${contractor!.id}/assignments/new\\?`));
    await expect(page.getByText(`A new assignment for ${contractor!.first_name} ${contractor!.last_name}`)).toBeVisible();
    await expect(page.getByLabel('Wage')).toHaveValue('2,345.67');
    // The agency's approved category of the same job code, state and coverage when it has one, otherwise a proposal of it.
    const [approved] = await sql<{ id: string }[]>`
      select jc.id from job_categories jc join agencies a on a.id = jc.agency_id join job_codes c on c.id = jc.job_code_id
      where a.name = 'Acme Staffing' and c.code = 'it-field-technician' and jc.work_state = 'AL' and jc.status = 'APPROVED'
        and jc.coverage_types @> array['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']::coverage_type[] and cardinality(jc.coverage_types) = 2`;
    if (approved) {
      await expect(page.getByRole('radio', { name: 'Approved job category' })).toBeChecked();
      await expect(page.getByLabel('Approved category')).toHaveValue(approved.id);
    } else {
      await expect(page.getByRole('radio', { name: 'Create a new job category for approval' })).toBeChecked();
      await expect(page.getByLabel('Job code')).toHaveValue(await jobCodeId('it-field-technician'));
      await expect(page.getByLabel('Work state')).toHaveValue('AL');
      await expect(page.getByRole('checkbox', { name: 'General Liability' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: "Workers' Compensation" })).toBeChecked();
    }
    const jobName = `Budgeted POS rollout ${Date.now()}`;
    await page.getByLabel('Client entity').fill('Acme Retail');
    await page.getByLabel('Job name').fill(jobName);
    await page.getByLabel('Description').fill('Installs point-of-sale terminals at three client stores. Tests each lane before opening.');
    await page.getByLabel('Effective date').fill(await serverDay(page.request, 3));
    await page.getByLabel('End date').fill(await serverDay(page.request, 5));
    await page.getByRole('radio', { name: 'Acme Staffing pays' }).check();
    await expect(page.getByText('Total premium')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create' }).click();

    // The contractor's profile shows the created assignment with the calculator's per-assignment premium.
    const card = page.getByRole('article').filter({ hasText: jobName });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Premium${formatted(perAssignment)}`);
    await expectAccessible(page);
    const [stored] = await sql<{ premium_cents: number }[]>`select premium_cents::int as premium_cents from assignments where job_name = ${jobName}`;
    expect(stored?.premium_cents).toBe(perAssignment);
  });
});

async function jobCodeId(code: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from job_codes where code = ${code}`;
  return row!.id;
}

function formatted(amount: number): string {
  return `$${(amount / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
}
