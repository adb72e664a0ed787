import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectCertificateDownload, expectNoHorizontalScroll, linkFromMailbox, mailSince, serverDay } from './support';

let opsCookies: Awaited<ReturnType<ReturnType<Page['context']>['cookies']>> = [];

/** Signs in as the demo ops rep, reusing the last session while it lasts (sign-ins are rate-limited). */
async function signInAsOps(page: Page) {
  const welcome = page.getByRole('heading', { level: 1, name: 'Company Overview' });
  if (opsCookies.length > 0) {
    await page.context().addCookies(opsCookies);
    await page.goto('/agency/');
    const signIn = page.getByRole('button', { name: 'Sign in' });
    await expect(welcome.or(signIn)).toBeVisible();
    if (await welcome.isVisible()) return;
  }
  await page.goto('/agency/sign-in');
  await page.getByLabel('Work email').fill('ops@acme.test');
  await page.getByLabel('Password').fill('coverline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(welcome).toBeVisible();
  opsCookies = await page.context().cookies();
}

async function addContractor(page: Page, firstName: string, email: string) {
  await page.getByRole('link', { name: 'Contractors', exact: true }).click();
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

type Category = { approved: string } | { jobCode: string; coverage: string; state: string };

/** The hospital category of Illinois (GL + WC), approved in the demo data. */
const HOSPITAL_IL: Category = { approved: '· GL + WC · IL' };

async function fillAssignment(
  page: Page,
  input: { payer: 'Agency' | 'Contractor'; effective: string; end: string; category?: Category; jobName?: string },
) {
  const category = input.category ?? HOSPITAL_IL;
  await page.getByRole('link', { name: /Add job assignment/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();
  if ('approved' in category) {
    const select = page.getByLabel('Approved category');
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((text) => text.endsWith(category.approved));
    expect(label, `an approved category ending in ${category.approved} among ${labels.join(' | ')}`).toBeTruthy();
    await select.selectOption({ label: label! });
  } else {
    await page.getByRole('radio', { name: 'Create a new job category for approval' }).check();
    await page.getByLabel('Job code').selectOption({ label: category.jobCode });
    await page.getByRole('checkbox', { name: category.coverage }).check();
    await page.getByLabel('Work state').selectOption({ label: category.state });
    await expect(page.getByText('Waits for approval')).toBeVisible();
  }
  await page.getByLabel('Client entity').fill('Mercy Health System');
  await page.getByLabel('Job name').fill(input.jobName ?? 'Night shift RN');
  await page.getByLabel('Description').fill('Covers night shifts on the medical-surgical floor. Reports to the charge nurse on duty.');
  await page.getByLabel('Effective date').fill(input.effective);
  await page.getByLabel('End date').fill(input.end);
  await page.getByLabel('Wage').fill('1,250');
  await page.getByRole('radio', { name: input.payer === 'Agency' ? 'Acme Staffing pays' : 'The contractor pays', exact: true }).check();
  await expect(page.getByText('Total premium')).toBeVisible();
}

/** The contractor's side of an opt-in: the link from their mail, the form confirmed, and the page after. */
async function confirmOptIn(browser: Browser, link: string, name: string, card?: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const portal = await context.newPage();
  await portal.goto(link);
  await expect(portal.getByRole('heading', { level: 1, name: 'Confirm your coverage' })).toBeVisible();
  await expectAccessible(portal);
  if (card) {
    await expect(portal.getByText(/You pay/)).toBeVisible();
    await portal.getByLabel('Card number').fill(card);
    await portal.getByLabel('Expiry date (MM/YY)').fill('12/30');
    await portal.getByLabel('Security code (CVC)').fill('123');
    await portal.getByLabel('Name on card').fill(name);
  } else {
    await expect(portal.getByText('Your agency pays')).toBeVisible();
  }
  await portal.getByLabel('I accept the terms').check();
  await portal.getByLabel('Type your full name to sign').fill(name);
  // A contractor who pays is told on the button what the charge is.
  await portal.getByRole('button', { name: card ? /^Confirm and pay \$\d[\d,]*\.\d{2}$/ : 'Confirm and opt in' }).click();
  await expect(portal.getByRole('heading', { level: 1, name: `Thank you, ${name.split(' ')[0]}` })).toBeVisible();
  return { context, portal };
}

function assignmentCard(page: Page, jobName: string) {
  return page.getByRole('article').filter({ hasText: jobName });
}

/** A new contractor who opted in to a first agency-paid assignment and is covered for it. */
async function optedInContractor(page: Page, browser: Browser, firstName: string, category: Category) {
  const email = `${firstName.toLowerCase()}.${Date.now()}@example.com`;
  await addContractor(page, firstName, email);
  await fillAssignment(page, { payer: 'Agency', effective: await serverDay(page.request, 3), end: await serverDay(page.request, 5), category });
  const since = await mailSince(page.request);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/New assignment created: Awaiting opt-in/)).toBeVisible();
  const { context } = await confirmOptIn(browser, await linkFromMailbox(page.request, email, /Confirm your coverage/, since), `${firstName} Journey`);
  await context.close();
  await page.reload();
  await expect(assignmentCard(page, 'Night shift RN').getByText('Covered').first()).toBeVisible();
  return { email };
}

/** Every mail to `to` since `since` whose subject matches. */
async function mailsTo(request: APIRequestContext, to: string, subject: RegExp, since: Date) {
  const mails = (await (await request.get('/dev/mailbox.json')).json()) as { to: string; subject: string; sentAt: string }[];
  return mails.filter((m) => m.to === to && subject.test(m.subject) && new Date(m.sentAt) >= since);
}

/** Moves the server's clock a day on instead of waiting: the due charges run at once. Sessions expire with it. */
async function aDayLater(page: Page) {
  expect((await page.request.post('/dev/clock/advance', { data: { hours: 25 } })).ok()).toBe(true);
  opsCookies = [];
}

test.describe('assignment lifecycle', () => {
  test('a retroactive effective date is refused on the field, and nothing is created', async ({ page }) => {
    await signInAsOps(page);
    await addContractor(page, 'Robin', `robin.${Date.now()}@example.com`);
    await fillAssignment(page, { payer: 'Agency', effective: await serverDay(page.request, -2), end: await serverDay(page.request, 3) });
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/Coverage cannot be applied retroactively/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Robin Journey' })).toBeVisible();
    await expect(page.getByText('Night shift RN')).toHaveCount(0);
  });

  test('agency pay: the contractor confirms the opt-in from the email and the assignment is covered with a certificate', async ({ page, browser }) => {
    // Both sides' pages, each scanned and each downloading the certificate: more than the default minute on a loaded machine.
    test.setTimeout(120_000);
    await signInAsOps(page);
    const email = `avery.${Date.now()}@example.com`;
    await addContractor(page, 'Avery', email);
    await fillAssignment(page, { payer: 'Agency', effective: await serverDay(page.request, 4), end: await serverDay(page.request, 6) });
    // The facility is found by part of its name, searched on the server.
    const facility = page.getByRole('combobox', { name: 'Facility (optional)' });
    await facility.fill('mercy gen');
    await page.getByRole('option', { name: 'Mercy General Hospital' }).click();
    await expect(facility).toHaveValue('Mercy General Hospital');
    await expectAccessible(page);
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/New assignment created: Awaiting opt-in/)).toBeVisible();
    await expect(assignmentCard(page, 'Night shift RN')).toContainText('Mercy General Hospital');
    await expect(page.getByText(/Opt-in link sent/).first()).toBeVisible();

    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    const { context, portal } = await confirmOptIn(browser, link, 'Avery Journey');
    await expect(portal.getByText('Covered').first()).toBeVisible();
    await expectAccessible(portal);
    await linkFromMailbox(page.request, email, /certificate/i, since);
    // Their own page says so too, and holds the certificate (the phone-sized window never scrolls sideways).
    await portal.goto('/contractor/');
    await expect(portal.getByText('You are covered. Your certificate of insurance is with each covered assignment below.')).toBeVisible();
    const covered = assignmentCard(portal, 'Night shift RN');
    await expect(covered.getByText('Covered', { exact: true })).toBeVisible();
    const number = await expectCertificateDownload(portal, covered);
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);
    await context.close();

    await page.reload();
    const agencySide = assignmentCard(page, 'Night shift RN');
    await expect(agencySide.getByText('Covered').first()).toBeVisible();
    expect(await expectCertificateDownload(page, agencySide)).toBe(number);
  });

  test('a repeat assignment in an opted-in category needs no opt-in and is covered at once', async ({ page, browser }) => {
    await signInAsOps(page);
    const { email } = await optedInContractor(page, browser, 'Jordan', HOSPITAL_IL);
    await fillAssignment(page, { payer: 'Agency', effective: await serverDay(page.request, 8), end: await serverDay(page.request, 9), jobName: 'Weekend relief RN' });
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/New assignment created: Covered/)).toBeVisible();
    await expect(page.getByText(/the certificate of insurance was issued and emailed to Jordan/)).toBeVisible();
    await expect(assignmentCard(page, 'Weekend relief RN').getByText('Covered').first()).toBeVisible();
    await linkFromMailbox(page.request, email, /certificate/i, since);
    expect(await mailsTo(page.request, email, /Confirm your coverage/, since)).toEqual([]);
  });

  test('a changed work state needs a new opt-in, sent by email', async ({ page, browser }) => {
    await signInAsOps(page);
    const { email } = await optedInContractor(page, browser, 'Morgan', { approved: '· GL · OH' });
    await fillAssignment(page, {
      payer: 'Agency',
      effective: await serverDay(page.request, 8),
      end: await serverDay(page.request, 9),
      category: { approved: '· GL · IN' },
      jobName: 'Indiana float RN',
    });
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/New assignment created: Awaiting opt-in/)).toBeVisible();
    await expect(assignmentCard(page, 'Indiana float RN').getByText('Awaiting opt-in').first()).toBeVisible();
    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    const { context, portal } = await confirmOptIn(browser, link, 'Morgan Journey');
    await expect(portal.getByText('Indiana float RN')).toBeVisible();
    await context.close();
    await page.reload();
    await expect(assignmentCard(page, 'Indiana float RN').getByText('Covered').first()).toBeVisible();
  });

  test('a new job category waits for approval; once an operator approves it, the assignment moves on by itself', async ({ page, playwright }) => {
    await signInAsOps(page);
    const email = `quinn.${Date.now()}@example.com`;
    await addContractor(page, 'Quinn', email);
    await fillAssignment(page, {
      payer: 'Agency',
      effective: await serverDay(page.request, 6),
      end: await serverDay(page.request, 8),
      category: { jobCode: 'Security Guard / Patrol Officer', coverage: 'General Liability', state: 'Texas' },
      jobName: 'Lobby security',
    });
    await expectAccessible(page);
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/New assignment created: Pending approval/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Coverline reviews the new job category first/ })).toBeVisible();
    await expect(assignmentCard(page, 'Lobby security').getByText('Pending approval').first()).toBeVisible();
    expect(await mailsTo(page.request, email, /Confirm your coverage/, since)).toEqual([]);

    // The operator works through the API with their key, not through an app.
    const operator = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { authorization: 'Bearer dev-operator-key' } });
    const graphql = async <T,>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await operator.post('/graphql', { data: { query, variables } });
      const body = (await response.json()) as { data?: T; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const { jobCategoriesAwaitingApproval: queue } = await graphql<{
      jobCategoriesAwaitingApproval: { edges: { node: { category: { id: string; workState: string; jobCode: { title: string } }; agencyName: string; waitingAssignmentCount: number } }[] };
    }>(`query($first: Int) { jobCategoriesAwaitingApproval(first: $first) { edges { node { category { id workState jobCode { title } } agencyName waitingAssignmentCount } } } }`, { first: 200 });
    const proposed = queue.edges.map((edge) => edge.node).find((entry) => entry.agencyName === 'Acme Staffing' && entry.category.workState === 'TX');
    expect(proposed).toMatchObject({ category: { jobCode: { title: 'Security Guard / Patrol Officer' } }, waitingAssignmentCount: 1 });
    await graphql(`mutation($id: ID!) { approveJobCategory(id: $id) { status } }`, { id: proposed!.category.id });
    await operator.dispose();

    await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    await page.reload();
    await expect(assignmentCard(page, 'Lobby security').getByText('Awaiting opt-in').first()).toBeVisible();
  });

  test('contractor pay: card at opt-in, notice, and the charge 24 hours later binds coverage', async ({ page, browser }) => {
    // Room for the charge's wait below (up to a minute of the safety-net cron).
    test.setTimeout(120_000);
    await signInAsOps(page);
    const email = `casey.${Date.now()}@example.com`;
    await addContractor(page, 'Casey', email);
    await fillAssignment(page, { payer: 'Contractor', effective: await serverDay(page.request, 5), end: await serverDay(page.request, 7) });
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/Opt-in link sent/).first()).toBeVisible();

    const link = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    const { context, portal } = await confirmOptIn(browser, link, 'Casey Journey', '4242 4242 4242 4242');
    await expect(portal.getByText('Awaiting payment').first()).toBeVisible();
    await linkFromMailbox(page.request, email, /charged|card/i, since);
    // The coverage page names the charge's time with its time zone, and opting out is open until then.
    await portal.goto('/contractor/');
    await expect(portal.getByText(/will be charged \$[\d,]+\.\d{2} on \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M \S+\. Until then you can opt out\./)).toBeVisible();
    await expect(assignmentCard(portal, 'Night shift RN').getByRole('button', { name: 'Opt out' })).toBeVisible();
    await context.close();

    const profile = page.url();
    await aDayLater(page);
    await signInAsOps(page);
    await page.goto(profile);
    // The clock's advance queues the due charges' run; the per-minute safety net (charge_due_payments
    // on cron) runs them at the latest a minute on, which a loaded CI machine sometimes needs.
    await expect
      .poll(async () => {
        await page.reload();
        // Counted once the reloaded page has drawn the card: a count taken while the lazy route or its
        // data is still loading reads 0 even when the assignment is covered.
        const card = assignmentCard(page, 'Night shift RN');
        await card.getByRole('heading', { name: 'Night shift RN' }).waitFor();
        return card.getByText('Covered').count();
      }, { timeout: 65_000, intervals: [1_000, 2_000, 5_000] })
      .toBeGreaterThan(0);
  });

  test('contractor pay: a declined card is refused, both sides are told, and the updated card is charged at once and binds coverage', async ({ page, browser }) => {
    // Three sign-ins (the ops rep twice, across the clock's move) and two portals: more than the default minute on a loaded machine.
    test.setTimeout(120_000);
    await signInAsOps(page);
    const email = `dana.${Date.now()}@example.com`;
    await addContractor(page, 'Dana', email);
    await fillAssignment(page, { payer: 'Contractor', effective: await serverDay(page.request, 5), end: await serverDay(page.request, 7) });
    const since = await mailSince(page.request);
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(/Opt-in link sent/).first()).toBeVisible();
    const optInLink = await linkFromMailbox(page.request, email, /Confirm your coverage/, since);
    // Stripe's test card that is always declined.
    const { context } = await confirmOptIn(browser, optInLink, 'Dana Journey', '4000 0000 0000 0002');
    await context.close();

    const profile = page.url();
    await aDayLater(page);
    const declinedLink = await linkFromMailbox(page.request, email, /declined/i, since);
    const agencyNotices = (await (await page.request.get('/dev/mailbox.json')).json()) as { subject: string }[];
    expect(agencyNotices.some((mail) => mail.subject === 'Payment declined: Dana Journey, Night shift RN')).toBe(true);
    await signInAsOps(page);
    await page.goto(profile);
    await expect(assignmentCard(page, 'Night shift RN').getByText('Payment declined', { exact: true }).first()).toBeVisible();

    const portalContext = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const portal = await portalContext.newPage();
    // The link in the mail signs Dana in and opens their page, where the next step is.
    await portal.goto(declinedLink);
    await expect(portal).toHaveURL(/\/contractor\/$/);
    const declined = assignmentCard(portal, 'Night shift RN');
    // One word on both sides, and the action that resolves it, in the summary and on the assignment.
    await expect(declined.getByText('Payment declined', { exact: true })).toBeVisible();
    await expect(portal.getByText(/^A payment was declined/)).toBeVisible();
    await expect(portal.getByRole('link', { name: 'Update your card', exact: true })).toHaveAttribute('href', /#payment-card$/);
    // Not paid, so opting out is still open; updating the card is the main way on.
    await expect(declined.getByRole('button', { name: 'Opt out' })).toBeVisible();
    // On the assignment, Update card is said once: no second way to the card beside it.
    await expect(declined.getByRole('link', { name: /^Update your card/ })).toHaveCount(0);
    await expectAccessible(portal);
    await declined.getByRole('button', { name: 'Update card' }).click();
    const dialog = portal.getByRole('dialog', { name: 'Update your card' });
    await portal.getByLabel('Card number').fill('4242 4242 4242 4242');
    await portal.getByLabel('Expiry date (MM/YY)').fill('11/31');
    await portal.getByLabel('Security code (CVC)').fill('314');
    await portal.getByLabel('Name on card').fill('Dana Journey');
    await expectAccessible(portal);
    await dialog.getByRole('button', { name: /^Save and pay \$[\d,]+\.\d{2}$/ }).click();
    await expect(declined.getByRole('status').filter({ hasText: /Visa ending 4242 is your card on file now, and the payment was retried with it/ })).toBeVisible();
    await expect(declined.getByText('Covered').first()).toBeVisible();
    // The card on file shows the expiry that was typed.
    await expect(portal.getByText(/Visa ending 4242.*expires 11\/2031/)).toBeVisible();
    await linkFromMailbox(page.request, email, /certificate/i, since);
    await expectAccessible(portal);
    await expectNoHorizontalScroll(portal);
    await portalContext.close();

    await signInAsOps(page);
    await page.goto(profile);
    await expect(assignmentCard(page, 'Night shift RN').getByText('Covered').first()).toBeVisible();
  });
});
