import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { connectE2eDatabase, expectAccessible, expectCertificateDownload, expectNoHorizontalScroll, linkFromMailbox, signInAsManager } from './support';

const GENERAL = 'Mercy General Hospital';
const WEST = 'Mercy West Clinic';

// The journeys check what the Hub shows against the database itself.
const sql = connectE2eDatabase();
test.afterAll(async () => sql.end());

type Expected = { id: string; number: string; effectiveDate: string; endDate: string; name: string };

/** The certificates of a facility's covered assignments whose dates fall in the bounds, as the Hub must list them. */
async function expectedRows(facility: string, bounds: { effectiveFrom?: string; effectiveTo?: string; endFrom?: string; endTo?: string } = {}): Promise<Expected[]> {
  return sql<Expected[]>`
    select a.id::text as id, cert.number, a.effective_date::text as "effectiveDate", a.end_date::text as "endDate", c.first_name || ' ' || c.last_name as name
    from assignments a
    join facilities f on f.agency_id = a.agency_id and f.id = a.facility_id
    join certificates cert on cert.agency_id = a.agency_id and cert.assignment_id = a.id and cert.status = 'VALID'
    join contractors c on c.agency_id = a.agency_id and c.id = a.contractor_id
    where f.name = ${facility}
      and (${bounds.effectiveFrom ?? null}::date is null or a.effective_date >= ${bounds.effectiveFrom ?? null}::date)
      and (${bounds.effectiveTo ?? null}::date is null or a.effective_date <= ${bounds.effectiveTo ?? null}::date)
      and (${bounds.endFrom ?? null}::date is null or a.end_date >= ${bounds.endFrom ?? null}::date)
      and (${bounds.endTo ?? null}::date is null or a.end_date <= ${bounds.endTo ?? null}::date)
    order by a.effective_date desc, a.id desc`;
}

/** A calendar date `days` after `iso`. */
function dayAfter(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const READABLE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const READABLE_NO_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Jan 5, 2027", as the Hub writes a date. */
const readableDate = (iso: string) => READABLE.format(new Date(`${iso}T00:00:00Z`));

/** "Jan 5 – Jan 30, 2027" (the year once when both ends share it), as the Hub writes a period. */
function readableRange(from: string, to: string): string {
  if (from === to) return readableDate(from);
  const start = new Date(`${from}T00:00:00Z`);
  return from.slice(0, 4) === to.slice(0, 4) ? `${READABLE_NO_YEAR.format(start)} – ${readableDate(to)}` : `${readableDate(from)} – ${readableDate(to)}`;
}

async function switchTo(page: Page, facility: string) {
  await page.getByRole('combobox', { name: 'Facility' }).click();
  await page.getByRole('option', { name: facility }).click();
  await expect(page.getByRole('heading', { level: 1, name: facility })).toBeVisible();
}

/** The certificate numbers in the table, top to bottom. */
async function shownNumbers(page: Page): Promise<string[]> {
  const cells = await page.getByRole('table', { name: 'Assignments and their certificates' }).getByText(/^Certificate CL-/).allTextContents();
  return cells.map((text) => text.replace('Certificate ', '').trim());
}

const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** 2026-03-05 as a person in the US types it: 03/05/2026. */
const typed = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

/** Picks a date from a field's calendar the way a person does: month by month, then a click on the day. */
async function pickDate(page: Page, field: string, iso: string) {
  await page.getByRole('textbox', { name: field }).click();
  const calendar = page.getByRole('dialog', { name: `Calendar: ${field}` });
  const target = MONTH.format(utc(iso));
  for (let step = 0; step < 36; step++) {
    // The calendar's header button is named by the month it shows, e.g. "December 2026".
    const shown = (await calendar.getByRole('button', { name: /^[A-Z][a-z]+ \d{4}$/ }).textContent())?.trim() ?? '';
    if (shown === target) break;
    const earlier = Date.parse(`1 ${target}`) < Date.parse(`1 ${shown}`);
    await calendar.getByRole('button', { name: earlier ? 'Previous month' : 'Next month' }).click();
  }
  await calendar.getByRole('button', { name: DAY.format(utc(iso)), exact: true }).click();
}

test.describe('Compliance Hub', () => {
  test('the manager signs in through a magic link from the mailbox and switches between facilities, each showing only its own rows', async ({ page }) => {
    const link = await signInAsManager(page, { fresh: true });
    const first = await page.getByRole('heading', { level: 1 }).textContent();
    expect([GENERAL, WEST]).toContain(first);
    const other = first === GENERAL ? WEST : GENERAL;
    await expectAccessible(page);

    await switchTo(page, WEST);
    await expect(page).toHaveURL(/facility=/);
    await expect.poll(() => shownNumbers(page)).toEqual((await expectedRows(WEST)).slice(0, 25).map((row) => row.number));
    await switchTo(page, GENERAL);
    const general = await expectedRows(GENERAL);
    await expect(page.getByRole('status').filter({ hasText: `${general.length} assignments` })).toBeVisible();
    await expect.poll(() => shownNumbers(page)).toEqual(general.slice(0, 25).map((row) => row.number));
    await expectAccessible(page);

    // The choice is remembered.
    await switchTo(page, other);
    await page.goto('/facility/');
    await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();

    // The link was single-use.
    await page.goto(link!);
    await page.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();
    await expect(page.getByText('This sign-in link is invalid, expired or already used.')).toBeVisible();
  });

  test('filters by typed dates, a picked date and an audit period, searches by name and sorts, with all of it in a shareable address', async ({ page }) => {
    // Each way of typing a date, a refused one and five accessibility scans: more than a minute on a busy machine.
    test.setTimeout(150_000);
    await signInAsManager(page);
    await switchTo(page, GENERAL);
    const all = await expectedRows(GENERAL);
    expect(all.length).toBeGreaterThan(10);

    // Typed, US style: an effective-date range spanning a handful of rows in the middle.
    const effectiveFrom = all[8]!.effectiveDate;
    const effectiveTo = all[3]!.effectiveDate;
    await page.getByRole('textbox', { name: 'Effective date from' }).fill(typed(effectiveFrom));
    await page.getByRole('textbox', { name: 'Effective date to' }).fill(typed(effectiveTo));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`effectiveFrom=${effectiveFrom}&effectiveTo=${effectiveTo}`));
    const byEffective = await expectedRows(GENERAL, { effectiveFrom, effectiveTo });
    await expect(page.getByRole('status').filter({ hasText: `${byEffective.length} assignment` })).toContainText('match the filters');
    await expect.poll(() => shownNumbers(page)).toEqual(byEffective.map((row) => row.number));
    await expectAccessible(page);

    // The same address opens the same view, for a colleague or after a reload.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Effective date from' })).toHaveValue(typed(effectiveFrom));
    await expect.poll(() => shownNumbers(page)).toEqual(byEffective.map((row) => row.number));

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page).not.toHaveURL(/effectiveFrom/);
    await expect.poll(() => shownNumbers(page)).toEqual(all.slice(0, 25).map((row) => row.number));

    // Typed as the Hub writes dates ("Dec 4, 2026") and as the address does (2026-12-04): the same
    // rows, and each field reads MM/DD/YYYY once left.
    const effectiveFromField = page.getByRole('textbox', { name: 'Effective date from' });
    const effectiveToField = page.getByRole('textbox', { name: 'Effective date to' });
    await effectiveFromField.fill(readableDate(effectiveFrom));
    await effectiveToField.fill(effectiveTo);
    // From's calendar, closing as the caret went on to To, leaves the caret where it went.
    await expect(page.getByRole('dialog', { name: 'Calendar: Effective date from' })).toBeHidden();
    await expect(effectiveToField).toBeFocused();
    await effectiveToField.press('Tab');
    await expect(page.getByRole('button', { name: 'Clear effective date to' })).toBeFocused();
    await expect(effectiveFromField).toHaveValue(typed(effectiveFrom));
    await expect(effectiveToField).toHaveValue(typed(effectiveTo));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`effectiveFrom=${effectiveFrom}&effectiveTo=${effectiveTo}`));
    await expect.poll(() => shownNumbers(page)).toEqual(byEffective.map((row) => row.number));

    // A date the calendar does not have is said so on its field, and Enter (or Apply) applies nothing:
    // neither it nor the other bound typed beside it.
    const [endLow, endHigh] = [all[12]!.endDate, all[0]!.endDate].sort() as [string, string];
    const endToField = page.getByRole('textbox', { name: 'End date to' });
    await page.getByRole('textbox', { name: 'End date from' }).fill(typed(endLow));
    await endToField.fill('02/30/2026');
    await endToField.press('Tab');
    await expect(endToField).toHaveValue('02/30/2026');
    await endToField.press('Enter');
    const impossible = page.getByText('February 2026 has only 28 days.');
    await expect(impossible).toBeVisible();
    await expect(endToField).toHaveAttribute('aria-invalid', 'true');
    await endToField.press('Escape');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(impossible).toBeVisible();
    await expect(endToField).toHaveValue('02/30/2026');
    await expect(page).not.toHaveURL(/endFrom|endTo/);
    await expect.poll(() => shownNumbers(page)).toEqual(byEffective.map((row) => row.number));
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(impossible).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    // Corrected, it applies.
    await endToField.fill(typed(endHigh));
    await expect(impossible).toBeHidden();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`endFrom=${endLow}&endTo=${endHigh}`));
    const byBoth = await expectedRows(GENERAL, { effectiveFrom, effectiveTo, endFrom: endLow, endTo: endHigh });
    await expect.poll(() => shownNumbers(page)).toEqual(byBoth.map((row) => row.number));

    // Reset empties what was typed, a date that is not one included.
    await endToField.fill('13/45/2026');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page).not.toHaveURL(/endTo/);
    await expect(endToField).toHaveValue('');
    await expect(page.getByText('There is no month 13')).toHaveCount(0);
    await expect.poll(() => shownNumbers(page)).toEqual(all.slice(0, 25).map((row) => row.number));

    // Picked from a calendar that starts its weeks on Sunday and is named for its field; the caret
    // stays in the field afterwards, so typing goes on there.
    const endFrom = [all[12]!.endDate, all[6]!.endDate].sort()[0]!;
    await page.getByRole('textbox', { name: 'End date from' }).click();
    const calendar = page.getByRole('dialog', { name: 'Calendar: End date from' });
    await expect(calendar.getByRole('columnheader').first()).toHaveText(/^Su/);
    await expectAccessible(page);
    await pickDate(page, 'End date from', endFrom);
    await expect(page.getByRole('textbox', { name: 'End date from' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'End date from' })).toHaveValue(typed(endFrom));
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`endFrom=${endFrom}`));
    const byEnd = await expectedRows(GENERAL, { endFrom });
    expect(byEnd.length).toBeGreaterThan(0);
    await expect.poll(() => shownNumbers(page)).toEqual(byEnd.slice(0, 25).map((row) => row.number));

    // An audit period: this calendar year, by effective date (the end-date bound stays).
    const year = new Date().getFullYear();
    await page.getByRole('combobox', { name: 'Effective date period' }).click();
    await page.getByRole('option', { name: `This year (${year})` }).click();
    await expect(page.getByRole('textbox', { name: 'Effective date from' })).toHaveValue(`01/01/${year}`);
    await expect(page.getByRole('textbox', { name: 'Effective date to' })).toHaveValue(`12/31/${year}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(new RegExp(`effectiveFrom=${year}-01-01&effectiveTo=${year}-12-31&endFrom=${endFrom}`));
    const byPeriod = await expectedRows(GENERAL, { effectiveFrom: `${year}-01-01`, effectiveTo: `${year}-12-31`, endFrom });
    expect(byPeriod.length).toBeGreaterThan(0);
    await expect.poll(() => shownNumbers(page)).toEqual(byPeriod.slice(0, 25).map((row) => row.number));
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Effective date period' })).toHaveValue(`This year (${year})`);
    await page.getByRole('button', { name: 'Reset' }).click();

    // A search by name, then sorted by end date, earliest first.
    const name = all[0]!.name;
    await page.getByRole('searchbox', { name: 'Contractor name' }).fill(name.split(' ')[1]!.toUpperCase());
    await page.getByRole('button', { name: 'Apply' }).click();
    const named = all.filter((row) => row.name.split(' ')[1] === name.split(' ')[1]);
    await expect(page.getByRole('status').filter({ hasText: `${named.length} assignment` })).toContainText('match the filters');
    await expect.poll(() => shownNumbers(page)).toEqual(named.slice(0, 25).map((row) => row.number));
    await page.getByRole('button', { name: /^End date/ }).click();
    await expect(page).toHaveURL(/orderBy=END_DATE&direction=ASC/);
    const byEndDate = [...named].sort((a, b) => (a.endDate === b.endDate ? (a.id < b.id ? -1 : 1) : a.endDate < b.endDate ? -1 : 1));
    await expect.poll(() => shownNumbers(page)).toEqual(byEndDate.slice(0, 25).map((row) => row.number));
    await expect(page.getByRole('columnheader', { name: /End date/ })).toHaveAttribute('aria-sort', 'ascending');
    await expectAccessible(page);

    // Nothing matches: no download of nothing, and what to do instead.
    await page.getByRole('searchbox', { name: 'Contractor name' }).fill('Nobody by this name');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('No assignments match these filters')).toBeVisible();
    await expect(page.getByRole('link', { name: /as ZIP/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('downloads one certificate, and the ZIP where bulk download is enabled; elsewhere it says who can enable it', async ({ page }) => {
    await signInAsManager(page);
    await switchTo(page, GENERAL);
    const [newest] = await expectedRows(GENERAL);

    expect(await expectCertificateDownload(page, page.getByRole('row').filter({ hasText: newest!.number }))).toBe(newest!.number);

    const effectiveFrom = newest!.effectiveDate.slice(0, 8) + '01';
    await page.goto(`/facility/?facility=${encodeURIComponent(await facilityId(GENERAL))}&effectiveFrom=${effectiveFrom}`);
    const selected = await expectedRows(GENERAL, { effectiveFrom });
    const zipDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: `Download all ${selected.length} as ZIP` }).click();
    const zip = await readFile((await (await zipDownload).path())!);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    for (const row of selected) expect(zip.includes(Buffer.from(`${row.effectiveDate}-${row.number}.pdf`))).toBe(true);

    await switchTo(page, WEST);
    await expect(page.getByText('Your staffing partner can enable it.')).toBeVisible();
    await expect(page.getByRole('link', { name: /as ZIP/ })).toHaveCount(0);
    // Nor does the address work by hand.
    expect((await page.request.get(`/facilities/${await facilityId(WEST)}/certificates.zip`)).status()).toBe(403);
    expect((await page.request.get(`/facilities/${await facilityId('Riverside Convention Center')}/certificates.zip`)).status()).toBe(404);
  });

  test('reconciles an auditor\'s payment schedule: matched and unmatched payments, one paid after the work ended matched by work period, totals, CSV and audit packet; and checks who was cleared to work', async ({ page }) => {
    await signInAsManager(page);
    await switchTo(page, GENERAL);
    await page.getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Reconcile an audit schedule' })).toBeVisible();
    await expectAccessible(page);

    const [first, second] = await expectedRows(GENERAL);
    // Paid a month after the work (and the certificate) ended: matched on the work period it pays for.
    const paidLater = dayAfter(first!.endDate, 30);
    const schedule = [
      'Payee,Check Date,Gross Pay,Work From,Work To',
      `${first!.name},${first!.effectiveDate},"1,250.00",,`,
      `${second!.name},${second!.endDate},980.50,,`,
      // A payment no certificate covers: a day long before anything at this facility.
      `${first!.name},2019-01-15,400,,`,
      `${first!.name},${paidLater},600.00,${first!.effectiveDate},${first!.endDate}`,
    ].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'audit-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(schedule) });
    await expect(page.getByText('4 payments found.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Contractor name' })).toHaveValue('Payee');
    await expect(page.getByRole('combobox', { name: 'Payment date' })).toHaveValue('Check Date');
    await expect(page.getByRole('combobox', { name: 'Amount' })).toHaveValue('Gross Pay');
    await expect(page.getByRole('combobox', { name: 'Work from' })).toHaveValue('Work From');
    await expect(page.getByRole('combobox', { name: 'Work to' })).toHaveValue('Work To');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reconcile 4 payments' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'proven covered' })).toHaveText(/in 4 payments is proven covered/);
    const totals = page.getByRole('list', { name: 'Totals by result' });
    await expect(totals).toContainText('Matched: 3 payments, $2,830.50');
    await expect(totals).toContainText('Unmatched: 1 payment, $400.00');
    const results = page.getByRole('table', { name: 'Reconciled payments' });
    const paidAfter = results.getByRole('row').filter({ hasText: readableDate(paidLater) });
    await expect(paidAfter).toContainText(`Matched on work period ${readableRange(first!.effectiveDate, first!.endDate)}`);
    await expect(paidAfter.getByRole('link', { name: first!.number })).toBeVisible();
    await expect(results.getByRole('row').filter({ hasText: '$1,250.00' })).toContainText(`No work period given: matched on payment date ${readableDate(first!.effectiveDate)}`);
    const unmatched = results.getByRole('row').filter({ hasText: '$400.00' });
    await expect(unmatched).toContainText('No coverage on Jan 15, 2019');
    await expect(unmatched).toContainText('Estimated exposure: $400.00 added to payroll as uninsured work');
    await expect(results.getByRole('link', { name: second!.number })).toBeVisible();
    // No ISO dates in what the page says of the results.
    expect(await page.getByRole('region', { name: 'Reconcile an audit schedule' }).innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    const payees = page.getByRole('table', { name: 'Totals by payee' });
    await expect(payees.getByRole('row').filter({ hasText: first!.name })).toContainText('$2,250.00');
    await expectAccessible(page);

    // On a phone the results stack: nothing scrolls sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expect(page.getByRole('list', { name: 'Reconciled payments' }).getByRole('listitem').filter({ hasText: readableDate(paidLater) })).toContainText('Matched on work period');
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    const packetDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download audit packet (ZIP)' }).click();
    const packet = await readFile((await (await packetDownload).path())!);
    expect(packet.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const name of ['reconciliation.csv', 'reconciliation.pdf', `${first!.effectiveDate}-${first!.number}.pdf`, `${second!.effectiveDate}-${second!.number}.pdf`]) {
      expect(packet.includes(Buffer.from(name)), name).toBe(true);
    }

    // The reconciliation is kept: the newest of the earlier ones, with its downloads.
    const history = page.getByRole('table', { name: `Earlier reconciliations at ${GENERAL}` });
    await expect(history.getByRole('row').nth(1)).toContainText('audit-2026.csv');
    await expect(history.getByRole('row').nth(1)).toContainText('3 matched, 1 unmatched, 0 ambiguous');
    await expect(history.getByRole('link', { name: 'Packet of audit-2026.csv' }).first()).toHaveAttribute('href', /\/reconciliations\/.+\/packet\.zip$/);
    await expectAccessible(page);

    // Cleared to work: the first contractor on their first covered day, and on a day with no coverage.
    await page.getByLabel('Contractor name or email').fill(first!.name);
    const [year, month, day] = first!.effectiveDate.split('-');
    await page.getByRole('textbox', { name: 'Date' }).fill(`${month}/${day}/${year}`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Cleared: ${first!.name} was covered` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Date' }).fill('01/15/2019');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Not cleared for Jan 15, 2019' })).toBeVisible();
  });

  test('invites a colleague to both facilities; the colleague signs in from the email and sees the same facilities', async ({ page, browser }) => {
    await signInAsManager(page);
    await page.getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /People with access/ })).toBeVisible();
    await expectAccessible(page);
    const colleague = `auditor.${Date.now()}@mercy.test`;
    const since = new Date(Date.now() - 2000);
    await page.getByLabel('Work email').fill(colleague);
    await page.getByRole('checkbox', { name: GENERAL }).check();
    await page.getByRole('checkbox', { name: WEST }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${colleague}.`)).toBeVisible();
    await expect(page.getByRole('cell', { name: colleague, exact: true })).toBeVisible();

    const link = await linkFromMailbox(page.request, colleague, /You have access to/, since);
    const context = await browser.newContext();
    const theirs = await context.newPage();
    await theirs.goto(link);
    await theirs.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();
    await theirs.getByRole('combobox', { name: 'Facility' }).click();
    await expect(theirs.getByRole('option')).toHaveText([GENERAL, WEST]);
    await theirs.keyboard.press('Escape');
    await expectAccessible(theirs);

    // The manager takes West away again: the colleague keeps only General.
    await switchTo(page, WEST);
    await page.getByRole('button', { name: `Remove access of ${colleague}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove access' }).click();
    await expect(page.getByRole('cell', { name: colleague, exact: true })).toHaveCount(0);
    await theirs.reload();
    await expect(theirs.getByRole('heading', { level: 1, name: GENERAL })).toBeVisible();
    await expect(theirs.getByRole('combobox', { name: 'Facility' })).toHaveCount(0);
    await context.close();
  });
});

async function facilityId(name: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from facilities where name = ${name}`;
  if (!row) throw new Error(`no facility ${name}`);
  return row.id;
}
