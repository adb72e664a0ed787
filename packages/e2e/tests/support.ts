// What every journey shares: the accessibility scan, the demo rep's sign-in and API calls, the local mailbox,
// the server's clock, and a certificate downloaded from wherever an app shows one.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Cookie, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const E2E_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.data/e2e');

/**
 * The journeys' own database (start-server.mjs), as its owner, to check what the apps show against it.
 * The password is read on connecting: the server makes it for its fresh data directory.
 */
export function connectE2eDatabase(): postgres.Sql {
  return postgres({
    host: '127.0.0.1',
    port: Number(process.env.E2E_PG_PORT ?? '25449'),
    database: 'coverline',
    username: 'postgres',
    password: async () => (await readFile(path.join(E2E_DATA_DIR, 'pg-password'), 'utf8')).trim(),
    max: 1,
    onnotice: () => {},
  });
}

/**
 * Fails the journey when the page is not served under the Content Security Policy, or broke it since it loaded (a script,
 * style or request the server's policy refused), as the browser reports it: a buffered
 * ReportingObserver also hands over the reports made before it was created.
 */
export async function expectNoContentSecurityViolations(page: Page): Promise<void> {
  const policy = await page.evaluate(async () => (await fetch(location.href, { method: 'HEAD' })).headers.get('content-security-policy'));
  expect(policy, `${page.url()} is served without a Content Security Policy`).toContain("frame-ancestors 'none'");
  const violations = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const describe = (reports: Report[]) =>
          reports.map((report) => {
            const body = report.body as unknown as { effectiveDirective: string; blockedURL: string; sourceFile: string | null };
            return `${body.effectiveDirective} refused ${body.blockedURL} (${body.sourceFile ?? report.url})`;
          });
        const observer = new ReportingObserver((reports) => seen.push(...describe(reports)), { types: ['csp-violation'], buffered: true });
        observer.observe();
        setTimeout(() => {
          seen.push(...describe(observer.takeRecords()));
          observer.disconnect();
          resolve(seen);
        }, 50);
      }),
  );
  expect(violations, `Content Security Policy violations on ${page.url()}`).toEqual([]);
}

/** Fails the journey when axe finds any WCAG A/AA violation on the page as it is now, or the page broke its Content Security Policy. */
export async function expectAccessible(page: Page): Promise<void> {
  await expectNoContentSecurityViolations(page);
  // A dialog or menu still fading in has, for a moment, text of too little contrast: wait until no
  // transition runs (a transition starts a frame or two after the element mounts; a spinner's
  // endless animation never ends and is not waited for).
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const deadline = performance.now() + 2_000;
    await frame();
    await frame();
    for (;;) {
      const running = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity && animation.playState === 'running');
      if (running.length === 0 || performance.now() > deadline) return;
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
      await frame();
    }
  });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Fails when the page scrolls sideways (a phone must never need to). Right after a test narrows the
 * viewport, a table still has its wide layout until React hears the media query and stacks it, so
 * the page is given the time a re-render takes on a busy machine to settle.
 */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const url = page.url();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: `horizontal overflow on ${url}` })
    .toBeLessThanOrEqual(0);
}

/**
 * Downloads the first valid certificate shown in `scope` through its "Download PDF" link, as the
 * browser does, checks it is that certificate's PDF and that its Verify link checks that number;
 * returns the number.
 */
export async function expectCertificateDownload(page: Page, scope: Locator): Promise<string> {
  const link = scope.getByRole('link', { name: /^Download PDF of certificate CL-/ }).first();
  const number = /CL-\d{4}(?:-[0-9A-Z]{4}){4}/.exec((await link.textContent()) ?? '')?.[0] ?? '';
  expect(number, 'a certificate number on the Download PDF link').not.toBe('');
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`-${number}\\.pdf$`));
  const pdf = await readFile(await file.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain(`Certificate of liability insurance ${number}`);
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.headers()['content-type']).toBe('application/pdf');
  await expect(scope.getByRole('link', { name: `Verify certificate ${number} (opens in a new tab)` })).toHaveAttribute('href', new RegExp(`/facility/verify/${number}$`));
  return number;
}

// The demo rep's session cookies, kept across journeys: every journey signing in through the form would
// be slower and pass the server's limit of 50 sign-ins per network address in 15 minutes
// (agency.spec.ts tests the form itself).
let demoRepCookies: Cookie[] | null = null;

/** Signs in to the agency app as Acme Staffing's demo rep and waits for the Company Overview. */
export async function signInAsAgencyRep(page: Page): Promise<void> {
  if (demoRepCookies) {
    await page.context().addCookies(demoRepCookies);
    await page.goto('/agency/');
    // A kept session may have been signed out or rotated away since; then the app shows the sign-in form.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (!page.url().includes('/sign-in')) return expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
  }
  await page.goto('/agency/sign-in');
  await page.getByLabel('Work email').fill('rep@acme.test');
  await page.getByLabel('Password').fill('coverline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
  demoRepCookies = await page.context().cookies();
}

// The demo manager's session, kept across journeys like the rep's: sign-in links are rate-limited.
let managerCookies: Cookie[] = [];

/** Signs the demo manager in from a magic link in the mailbox; later journeys reuse the session (links are rate-limited). */
export async function signInAsManager(page: Page, { fresh = false } = {}) {
  if (!fresh && managerCookies.length > 0) {
    await page.context().addCookies(managerCookies);
    await page.goto('/facility/');
    // A kept session may have ended since (a journey moves the clock past its life); then the Hub shows sign-in.
    const facility = page.getByRole('combobox', { name: 'Facility' });
    const signIn = page.getByRole('heading', { level: 1, name: 'Sign in' });
    await expect(facility.or(signIn)).toBeVisible();
    if (await facility.isVisible()) return;
    await page.context().clearCookies();
  }
  await page.goto('/facility/');
  await expect(page).toHaveURL(/\/facility\/sign-in/);
  await expectAccessible(page);
  const since = new Date(Date.now() - 2000);
  await page.getByLabel('Work email').fill('manager@mercy.test');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText(/a sign-in link is on its way/)).toBeVisible();
  await expectAccessible(page);
  const link = await linkFromMailbox(page.request, 'manager@mercy.test', /sign-in link/, since);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Sign in to the Compliance Hub' }).click();
  await expect(page.getByRole('combobox', { name: 'Facility' })).toBeVisible();
  managerCookies = await page.context().cookies();
  return link;
}

/** An agency API call with the session of `request` (a signed-in page's), for setting up what a journey is not about; fails on any error. */
export async function agencyGraphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { headers: { 'x-coverline-app': 'agency' }, data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export type Mail = { id: string; to: string; subject: string; text: string; sentAt: string; attachments: string[] };

/** Waits for the newest mail to `to` whose subject matches, delivered after `since`, and returns its first link. */
export async function linkFromMailbox(request: APIRequestContext, to: string, subject: RegExp, since: Date): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get('/dev/mailbox.json')).json()) as Mail[];
        const mail = mails.find((m) => m.to === to && subject.test(m.subject) && new Date(m.sentAt) >= since);
        link = mail?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { message: `a mail to ${to} matching ${subject}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}

/** A day counted from the server's clock, which a journey may have moved forward. */
export async function serverDay(request: APIRequestContext, days: number): Promise<string> {
  return new Date((await serverNow(request)).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A moment just before now on the server's clock: mail sent from here on is stamped after it, even
 * once a journey has moved the clock ahead of the browser's.
 */
export async function mailSince(request: APIRequestContext): Promise<Date> {
  return new Date((await serverNow(request)).getTime() - 2000);
}

/** Now on the server's clock, which a journey may have moved forward. */
export async function serverNow(request: APIRequestContext): Promise<Date> {
  const { now } = (await (await request.get('/dev/clock')).json()) as { now: string };
  return new Date(now);
}

/** A new contractor of Acme with an agency-paid assignment (in Ohio, from the server's day 5 to 6), so their opt-in link was just emailed. */
export async function contractorAwaitingOptIn(page: Page, person: { firstName: string; lastName: string; jobName?: string }) {
  const email = `${person.firstName.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${Date.now()}@example.com`;
  const { createContractor } = await agencyGraphql<{ createContractor: { id: string } }>(page.request, 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }', {
    i: { firstName: person.firstName, lastName: person.lastName, email, workState: 'OH' },
  });
  const { jobCategories } = await agencyGraphql<{ jobCategories: { id: string; status: string }[] }>(page.request, '{ jobCategories { id status } }');
  await agencyGraphql(page.request, 'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }', {
    i: {
      contractorId: createContractor.id,
      jobCategoryId: jobCategories.find((category) => category.status === 'APPROVED')?.id,
      clientEntity: 'Mercy Health System',
      jobName: person.jobName ?? 'Weekend triage RN',
      description: 'Triage nurse for the weekend emergency department. Twelve-hour shifts, Saturday and Sunday.',
      effectiveDate: await serverDay(page.request, 5),
      endDate: await serverDay(page.request, 6),
      wageCents: 180_000,
      payer: 'AGENCY',
    },
  });
  return { id: createContractor.id, email, name: `${person.firstName} ${person.lastName}` };
}
