// The Activity page: a rep changes a setting, opens Activity and finds the change at the top — who,
// what in words, the record — at 1440 px and at 360 px (stacked, no sideways scroll), with axe on both.
import { expect, test } from '@playwright/test';
import { agencyGraphql, expectAccessible, signInAsAgencyRep } from './support';

const READ_BILLING_EMAIL = '{ viewer { agency { settings { billingEmail } } } }';
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

      await page.setViewportSize({ width: 360, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect(page.getByRole('list', { name: 'Activity' }).getByRole('listitem').first()).toContainText('Changed the agency settings');
      await expectAccessible(page);
    } finally {
      await agencyGraphql(page.request, UPDATE_SETTINGS, { i: { billingEmail: before ?? '' } });
    }
  });
});
