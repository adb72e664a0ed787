// Every page of the three apps on a 360 px phone: nothing scrolls sideways, no button's label is cut
// off, and axe finds nothing. One sign-in per app; the routes are those of each app's routes.tsx.
import { expect, test, type Page } from '@playwright/test';
import { agencyGraphql, connectE2eDatabase, expectAccessible, linkFromMailbox, mailSince, signInAsAgencyRep, signInAsManager } from './support';

const sql = connectE2eDatabase();
test.afterAll(async () => sql.end());

test.use({ viewport: { width: 360, height: 800 } });

/** The page as it is now fits the phone: no sideways scroll, every button's label whole, nothing for axe. */
async function expectFitsPhone(page: Page) {
  // Judge the page once it has settled: its heading shown and no spinner left (its data loaded).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  const { scrollWidth, innerWidth, clipped } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // A Mantine button hides what does not fit in its label; a label wider than its box is cut off.
    clipped: Array.from(document.querySelectorAll<HTMLElement>('.mantine-Button-label'))
      .filter((label) => label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1)
      .map((label) => label.textContent),
  }));
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  expect(clipped, `${page.url()} cuts off button labels`).toEqual([]);
  await expectAccessible(page);
}

async function visitAll(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expectFitsPhone(page);
  }
}

test.describe('on a 360 px phone', () => {
  test('the agency app, signed out and signed in', async ({ page, browser }) => {
    // Twenty-two pages, each scanned by axe (about 3 s each).
    test.setTimeout(150_000);
    await visitAll(page, ['/agency/sign-in', '/agency/forgot-password', '/agency/reset-password', '/agency/accept-invite']);

    await signInAsAgencyRep(page);
    const [contractor] = await sql<{ id: string }[]>`select c.id from contractors c join agencies a on a.id = c.agency_id where a.name = 'Acme Staffing' and c.archived_at is null order by c.last_name limit 1`;
    let [endpoint] = await sql<{ id: string }[]>`select e.id from webhook_endpoints e join agencies a on a.id = e.agency_id where a.name = 'Acme Staffing' limit 1`;
    if (!endpoint) {
      const created = await agencyGraphql<{ createWebhookEndpoint: { id: string } }>(page.request, 'mutation($url: String!) { createWebhookEndpoint(url: $url, events: ["assignment.active"]) { id } }', {
        url: 'https://hooks.example.com/coverline',
      });
      endpoint = created.createWebhookEndpoint;
    }
    await visitAll(page, [
      '/agency/',
      '/agency/contractors',
      '/agency/contractors/new',
      '/agency/contractors/import',
      `/agency/contractors/${contractor!.id}`,
      `/agency/contractors/${contractor!.id}/assignments/new`,
      '/agency/job-codes',
      '/agency/assignments/new',
      '/agency/facilities',
      '/agency/invoices',
      '/agency/assignments/missing-po',
      '/agency/team',
      '/agency/activity',
      '/agency/integrations',
      `/agency/integrations/webhooks/${endpoint.id}`,
      '/agency/settings',
      '/agency/no-such-page',
    ]);

    // An invitation opened on a phone: its button says all of "Set password and sign in".
    const colleague = `phone.${Date.now()}@acme.test`;
    const since = await mailSince(page.request);
    await agencyGraphql(page.request, 'mutation($email: String!) { inviteTeamMember(email: $email) }', { email: colleague });
    const link = await linkFromMailbox(page.request, colleague, /invited to Acme Staffing/, since);
    const invited = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await invited.goto(link);
    await expect(invited.getByRole('button', { name: 'Set password and sign in' })).toBeVisible();
    await expectFitsPhone(invited);
    await invited.context().close();
  });

  test('the Compliance Hub, signed out and signed in, with an audit reconciled', async ({ page }) => {
    const [certificate] = await sql<{ number: string }[]>`select number from certificates where status = 'VALID' order by issued_at desc limit 1`;
    await visitAll(page, ['/facility/sign-in', '/facility/sign-in/confirm', `/facility/verify/${certificate!.number}`, '/facility/no-such-page']);

    await signInAsManager(page);
    await visitAll(page, ['/facility/', '/facility/team', '/facility/audit']);

    // The audit results are cards on a phone, and the packet's button keeps its whole label.
    const [covered] = await sql<{ name: string; effectiveDate: string }[]>`
      select c.first_name || ' ' || c.last_name as name, a.effective_date::text as "effectiveDate"
      from assignments a join contractors c on c.agency_id = a.agency_id and c.id = a.contractor_id join facilities f on f.agency_id = a.agency_id and f.id = a.facility_id
      where f.name = 'Mercy General Hospital' and a.status in ('COVERED', 'ENDED')
      order by a.effective_date desc limit 1`;
    await page.getByRole('combobox', { name: 'Facility' }).click();
    await page.getByRole('option', { name: 'Mercy General Hospital' }).click();
    const schedule = ['Payee,Check Date,Gross Pay', `${covered!.name},${covered!.effectiveDate},"1,250.00"`, `${covered!.name},2019-01-15,400`].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'phone-audit.csv', mimeType: 'text/csv', buffer: Buffer.from(schedule) });
    await page.getByRole('button', { name: 'Reconcile 2 payments' }).click();
    await expect(page.getByRole('link', { name: 'Download audit packet (ZIP)' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Reconciled payments' }).getByRole('listitem')).toHaveCount(2);
    await expectFitsPhone(page);
  });

  test('the contractor portal, signed out and from the link', async ({ page }) => {
    await visitAll(page, ['/contractor/', '/contractor/t/not-a-real-token-0000000000000', '/contractor/no-such-page']);
    const link = await linkFromMailbox(page.request, 'maria.lopez@example.com', /Coverline/, new Date(0));
    await page.goto(link);
    await expectFitsPhone(page);
    await visitAll(page, ['/contractor/']);
  });
});
