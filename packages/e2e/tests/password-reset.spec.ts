// Password reset from the sign-in page: "Forgot your password?", the same answer for any email, the
// link from the local mailbox, the same password rules as an invitation, signed in at the overview,
// and the old password refused. A member made for this journey (the demo rep's password is other
// journeys'). Checked with axe at 1440 and 360 px.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { agencyGraphql, expectAccessible, linkFromMailbox, mailSince, signInAsAgencyRep } from './support';

const OLD_PASSWORD = 'the-original-passphrase';
const NEW_PASSWORD = 'a-fresh-passphrase-2026';
const SENT = "If that email belongs to a Coverline account, we've sent a link to choose a new password.";

/** The demo rep invites a new colleague, who sets OLD_PASSWORD from the email (through the API). */
async function memberOfAcme(page: Page, request: APIRequestContext): Promise<{ email: string; name: string }> {
  const email = `forgetful.${Date.now()}@acme.test`;
  const since = await mailSince(page.request);
  await agencyGraphql(page.request, 'mutation($e: String!) { inviteTeamMember(email: $e) }', { e: email });
  const link = await linkFromMailbox(page.request, email, /invited to Acme Staffing/, since);
  const token = new URL(link).searchParams.get('token');
  const name = 'Avery Quinn';
  await agencyGraphql(request, 'mutation($t: String!, $n: String!, $p: String!) { acceptTeamInvitation(token: $t, name: $n, password: $p) { id } }', {
    t: token,
    n: name,
    p: OLD_PASSWORD,
  });
  return { email, name };
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.describe('password reset', () => {
  test('a member resets a forgotten password from the mailbox and is signed in; the old password is refused', async ({ page, browser }) => {
    await signInAsAgencyRep(page);
    const setup = await browser.newContext();
    const member = await memberOfAcme(page, setup.request);
    await setup.close();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const visitor = await context.newPage();
    await visitor.goto('/agency/sign-in');
    await visitor.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(visitor).toHaveURL(/\/agency\/forgot-password$/);
    await expect(visitor.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await expectAccessible(visitor);

    // An unknown email gets the very same answer.
    await visitor.getByLabel('Work email').fill(`nobody.${Date.now()}@acme.test`);
    await visitor.getByRole('button', { name: 'Send reset link' }).click();
    await expect(visitor.getByRole('status')).toContainText(SENT);

    const since = await mailSince(visitor.request);
    await visitor.getByLabel('Work email').fill(member.email);
    await visitor.getByRole('button', { name: 'Send reset link' }).click();
    await expect(visitor.getByRole('status')).toContainText(SENT);
    await expectAccessible(visitor);

    const link = await linkFromMailbox(visitor.request, member.email, /Reset your Coverline password/, since);
    expect(link).toMatch(/\/agency\/reset-password\?token=/);
    await visitor.goto(link);
    await expect(visitor.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expectAccessible(visitor);

    // The same rules as setting a password from an invitation, shown on the fields.
    await visitor.getByLabel('New password', { exact: true }).fill('too-short');
    await visitor.getByLabel('Confirm new password').fill('different');
    await visitor.getByRole('button', { name: 'Save and sign in' }).click();
    await expect(visitor.getByText('Use at least 12 characters')).toBeVisible();
    await expect(visitor.getByText('Passwords do not match')).toBeVisible();
    await expectAccessible(visitor);

    await visitor.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await visitor.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await visitor.getByRole('button', { name: 'Save and sign in' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await expect(visitor).toHaveURL(/\/agency\/$/);

    // The link worked once.
    await visitor.goto(link);
    await visitor.getByLabel('New password', { exact: true }).fill('yet-another-passphrase');
    await visitor.getByLabel('Confirm new password').fill('yet-another-passphrase');
    await visitor.getByRole('button', { name: 'Save and sign in' }).click();
    await expect(visitor.getByText('This password reset link is invalid, expired or already used.')).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
    await expectAccessible(visitor);
    await context.close();

    const fresh = await browser.newContext();
    const signIn = await fresh.newPage();
    await signIn.goto('/agency/sign-in');
    await signIn.getByLabel('Work email').fill(member.email);
    await signIn.getByLabel('Password').fill(OLD_PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByText('Email or password is incorrect.')).toBeVisible();
    await signIn.getByLabel('Password').fill(NEW_PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();
    await fresh.close();
  });

  test('at 360 px the forgot and reset pages fit and pass axe', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/agency/forgot-password');
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await page.goto('/agency/reset-password?token=not-a-real-token');
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });
});
