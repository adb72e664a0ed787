// The Team page: the demo rep invites a colleague, who joins from the email in a second browser; the
// rep resends and revokes another invitation, then removes the colleague, whose next navigation lands
// on the sign-in page. Checked with axe at 1440 and 360 px.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, linkFromMailbox, mailSince, signInAsAgencyRep } from './support';

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** The member's row in the table (or their card, on a phone). */
function rowOf(page: Page, email: string) {
  return page.getByRole('row').filter({ hasText: email });
}

test.describe('the Team page', () => {
  test('a member invited, signed in, then removed and signed out', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
    const team = page.getByRole('table', { name: 'Team members' });
    await expect(rowOf(page, 'rep@acme.test')).toContainText('Riley Parker (you)');
    await expect(rowOf(page, 'rep@acme.test')).toContainText('Active');
    // The rep signed in a moment ago; nobody can remove themselves.
    await expect(rowOf(page, 'rep@acme.test')).not.toContainText('Never');
    await expect(rowOf(page, 'rep@acme.test').getByRole('button')).toHaveCount(0);
    await expectAccessible(page);

    const colleague = `teammate.${Date.now()}@acme.test`;
    const since = await mailSince(page.request);
    await page.getByLabel("Colleague's work email").fill(colleague);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${colleague}` })).toBeVisible();
    await expect(rowOf(page, colleague)).toContainText('Invited');
    await expect(rowOf(page, colleague)).toContainText('Never');
    await expect(rowOf(page, colleague).getByRole('button', { name: `Resend the invitation to ${colleague}` })).toBeVisible();

    const link = await linkFromMailbox(page.request, colleague, /invited to Acme Staffing/, since);
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    await member.goto(link);
    await member.getByLabel('Your name').fill('Jordan Vega');
    await member.getByLabel('Password', { exact: true }).fill('a-strong-passphrase');
    await member.getByLabel('Confirm password').fill('a-strong-passphrase');
    await member.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(member.getByRole('heading', { level: 1, name: 'Company Overview' })).toBeVisible();

    await page.reload();
    const joined = rowOf(page, colleague);
    await expect(joined).toContainText('Jordan Vega');
    await expect(joined).toContainText('Active');
    await expect(joined).not.toContainText('Never');
    await joined.getByRole('button', { name: 'Remove Jordan Vega' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Jordan Vega?' });
    await expect(dialog).toContainText('signed out at once');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Remove from team' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Jordan Vega was removed from the team and signed out.' })).toBeVisible();
    await expect(joined).toContainText('Removed');
    await expect(joined.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);

    // The removed member's very next navigation finds them signed out.
    await member.getByRole('link', { name: 'Contractors', exact: true }).click();
    await expect(member).toHaveURL(/\/agency\/sign-in/);
    await member.getByLabel('Work email').fill(colleague);
    await member.getByLabel('Password').fill('a-strong-passphrase');
    await member.getByRole('button', { name: 'Sign in' }).click();
    await expect(member.getByText('Email or password is incorrect.')).toBeVisible();
    await memberContext.close();
    await expect(team).toBeVisible();
  });

  test('a pending invitation is resent, then revoked, and its links stop working', async ({ page, browser }) => {
    await signInAsAgencyRep(page);
    await page.goto('/agency/team');
    const invitee = `pending.${Date.now()}@acme.test`;
    const firstSince = await mailSince(page.request);
    await page.getByLabel("Colleague's work email").fill(invitee);
    await page.getByRole('button', { name: 'Send invite' }).click();
    const firstLink = await linkFromMailbox(page.request, invitee, /invited to Acme Staffing/, firstSince);

    const resendSince = await mailSince(page.request);
    await rowOf(page, invitee).getByRole('button', { name: `Resend the invitation to ${invitee}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `A new invitation was sent to ${invitee}` })).toBeVisible();
    let secondLink = firstLink;
    await expect.poll(async () => (secondLink = await linkFromMailbox(page.request, invitee, /invited to Acme Staffing/, resendSince))).not.toBe(firstLink);

    await rowOf(page, invitee).getByRole('button', { name: `Revoke the invitation to ${invitee}` }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke the invitation to ${invitee}?` });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Revoke invitation' }).click();
    await expect(page.getByRole('status').filter({ hasText: `The invitation to ${invitee} was revoked.` })).toBeVisible();
    await expect(rowOf(page, invitee)).toHaveCount(0);

    const context = await browser.newContext();
    const visitor = await context.newPage();
    for (const link of [firstLink, secondLink]) {
      await visitor.goto(link);
      await expect(visitor.getByText('This invitation link is invalid or has expired.')).toBeVisible();
    }
    await context.close();
  });

  test('at 360 px the members are cards and the page never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await signInAsAgencyRep(page);
    await page.goto('/agency/team');
    await expect(page.getByText('rep@acme.test')).toBeVisible();
    await expect(page.getByText('Last sign-in').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });
});
