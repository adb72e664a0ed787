// The Activity page: a rep changes a setting, opens Activity and finds the change at the top — who,
// what in words, the record — at 1440 px and at 360 px (stacked, no sideways scroll), with axe on both.
import { expect, test, type Locator } from '@playwright/test';
import { agencyGraphql, expectAccessible, signInAsAgencyRep } from './support';

const READ_BILLING_EMAIL = '{ viewer { agency { settings { billingEmail } } } }';
/** The body rows (the header row aside) whose text lacks `text`. */
async function rowsWithout(rows: Locator, text: string): Promise<string[]> {
  return (await rows.allInnerTexts()).filter((row) => !row.startsWith('When') && !row.includes(text));
}

const UPDATE_SETTINGS = 'mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id } }';

test.describe('activity', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a settings change is the newest entry of the agency's activity", async ({ page }) => {
    await signInAsAgencyRep(page);
    type Billing = { viewer: { agency: { settings: { billingEmail: string | null } } } };
    const before = (await agencyGraphql<Billing>(page.request, READ_BILLING_EMAIL)).viewer.agency.settings.billingEmail;
    try {
      await agencyGraphql(page.request, UPDATE_SETTINGS, { i: { billingEmail: `activity.${Date.now()}@acme.test` } });

      await page.getByRole('link', { name: 'Activity', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
      const newest = page.getByRole('table', { name: 'Activity' }).getByRole('row').nth(1);
      await expect(newest).toContainText('Changed the agency settings');
      await expect(newest).toContainText('rep@acme.test');
      await expect(newest).toContainText('Agency');
      await expectAccessible(page);

      // One person's history, then one record's: every row is theirs, and Back returns to everyone.
      await newest.getByRole('button', { name: /: show only their activity$/ }).click();
      await expect(page).toHaveURL(/actor=/);
      await expect(page.getByRole('button', { name: /^Only .*: show everyone/ })).toBeVisible();
      const rows = page.getByRole('table', { name: 'Activity' }).getByRole('row');
      await expect(rows.nth(1)).toContainText('Changed the agency settings');
      await expect.poll(() => rowsWithout(rows, 'rep@acme.test')).toEqual([]);
      await rows.nth(1).getByRole('button', { name: /: show this agency's history$/ }).click();
      await expect(page).toHaveURL(/record-id=/);
      // The address changes before the filtered page arrives: the rows are read until they are the new page's.
      await expect.poll(() => rowsWithout(rows, 'Agency')).toEqual([]);
      await page.goBack();
      await page.goBack();
      await expect(page).not.toHaveURL(/actor=/);

      await page.setViewportSize({ width: 360, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect(page.getByRole('list', { name: 'Activity' }).getByRole('listitem').first()).toContainText('Changed the agency settings');
      await expectAccessible(page);
    } finally {
      await agencyGraphql(page.request, UPDATE_SETTINGS, { i: { billingEmail: before ?? '' } });
    }
  });
});
