import { expect, test, type Page } from '@playwright/test';
import { agencyGraphql, expectAccessible, serverNow, signInAsAgencyRep } from './support';

type DemoSettings = { defaultPayer: string; timeZone: string; workersCompensation: { required: boolean } };

const READ_SETTINGS = '{ viewer { agency { settings { defaultPayer timeZone workersCompensation { required } } } } }';

/** Runs axe at 1440 and at 360 px, where the page must not scroll sideways; leaves the page at 1440. */
async function expectAccessibleAtBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  // The layout follows the new width a moment after the resize.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe('agency settings', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('settings changed are used by the next assignment form, and a requirement not met is explained and refused', async ({ page }) => {
    await signInAsAgencyRep(page);
    const before = (await agencyGraphql<{ viewer: { agency: { settings: DemoSettings } } }>(page.request, READ_SETTINGS)).viewer.agency.settings;
    expect(before).toEqual({ defaultPayer: 'AGENCY', timeZone: 'America/New_York', workersCompensation: { required: false } });
    try {
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expectAccessibleAtBothWidths(page);

      await page.getByRole('radio', { name: 'The contractor pays' }).check();
      await page.getByRole('combobox', { name: 'Time zone' }).click();
      await page.getByRole('option', { name: 'Pacific (Los Angeles)' }).click();
      await page.getByRole('checkbox', { name: "Require Workers' Compensation" }).check();
      await expect(page.getByText(/Workers' Compensation is statutory/)).toBeVisible();
      // A limit that is not whole dollars is refused on its field before anything is sent.
      await page.getByRole('textbox', { name: 'Each accident' }).fill('500,000.50');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Enter a limit in whole dollars greater than $0')).toBeVisible();
      await page.getByRole('textbox', { name: 'Each accident' }).fill('');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
      await expectAccessibleAtBothWidths(page);
      const saved = (await agencyGraphql<{ viewer: { agency: { settings: DemoSettings } } }>(page.request, READ_SETTINGS)).viewer.agency.settings;
      expect(saved).toEqual({ defaultPayer: 'CONTRACTOR', timeZone: 'America/Los_Angeles', workersCompensation: { required: true } });

      // 06:30 UTC is still the day before in Los Angeles (and already today in New York): the hint must show Los Angeles' date.
      const now = await serverNow(page.request);
      const instant = new Date(`${now.toISOString().slice(0, 10)}T06:30:00Z`);
      await page.clock.setFixedTime(instant);
      const losAngelesToday = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', month: 'short', day: 'numeric', year: 'numeric' }).format(instant);
      const newYorkToday = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', month: 'short', day: 'numeric', year: 'numeric' }).format(instant);
      expect(losAngelesToday).not.toBe(newYorkToday);

      const { contractors } = await agencyGraphql<{ contractors: { edges: { node: { id: string; firstName: string; lastName: string } }[] } }>(
        page.request,
        '{ contractors(first: 50) { edges { node { id firstName lastName } } } }',
      );
      const maria = contractors.edges.map((edge) => edge.node).find((node) => node.firstName === 'Maria' && node.lastName === 'Lopez');
      expect(maria, 'the demo contractor Maria Lopez').toBeTruthy();
      await page.goto(`/agency/contractors/${maria!.id}`);
      await page.getByRole('link', { name: /Add job assignment/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Add job assignment' })).toBeVisible();

      await expect(page.getByRole('radio', { name: 'The contractor pays' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Acme Staffing pays' })).not.toBeChecked();
      await expect(page.getByText(`Today (${losAngelesToday} in Los Angeles) or later`)).toBeVisible();

      await page.getByRole('radio', { name: 'Create a new job category for approval' }).check();
      await page.getByLabel('Job code').selectOption({ label: 'Security Guard / Patrol Officer' });
      await page.getByRole('checkbox', { name: 'General Liability' }).check();
      await page.getByLabel('Work state').selectOption({ label: 'Texas' });
      const requirement = page.getByText("Your agency requires Workers' Compensation on every assignment.");
      await expect(requirement).toBeVisible();
      await expectAccessibleAtBothWidths(page);
      // Adding Workers' Compensation meets the requirement: the sentence goes.
      await page.getByRole('checkbox', { name: "Workers' Compensation" }).check();
      await expect(requirement).toBeHidden();
      await page.getByRole('checkbox', { name: "Workers' Compensation" }).uncheck();
      await expect(requirement).toBeVisible();

      // The server refuses the same choice with the same sentence, on the coverage types.
      const jobCodes = await agencyGraphql<{ jobCodes: { id: string; title: string }[] }>(page.request, '{ jobCodes { id title } }');
      const guard = jobCodes.jobCodes.find((code) => code.title === 'Security Guard / Patrol Officer');
      const refusal = await page.request.post('/graphql', {
        headers: { 'x-coverline-app': 'agency' },
        data: {
          query: 'mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }',
          variables: {
            input: {
              contractorId: maria!.id,
              newJobCategory: { jobCodeId: guard!.id, coverageTypes: ['GENERAL_LIABILITY'], workState: 'TX' },
              clientEntity: 'Northwind',
              jobName: 'Event security',
              description: 'Patrols the venue during the client event and checks badges at the doors.',
              effectiveDate: new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10),
              endDate: new Date(now.getTime() + 5 * 86_400_000).toISOString().slice(0, 10),
              wageCents: 150_000,
            },
          },
        },
      });
      const body = (await refusal.json()) as { data: unknown; errors?: { message: string; extensions: { code: string; field: string } }[] };
      expect(body.errors?.[0]).toMatchObject({
        message: "Your agency requires Workers' Compensation on every assignment.",
        extensions: { code: 'BAD_USER_INPUT', field: 'newJobCategory.coverageTypes' },
      });
      expect(body.data).toBeNull();
    } finally {
      // Leave Acme's settings as the demo has them for the journeys that follow.
      await agencyGraphql(page.request, 'mutation($i: AgencySettingsInput!) { updateAgencySettings(input: $i) { id } }', {
        i: { defaultPayer: before.defaultPayer, timeZone: before.timeZone, workersCompensation: { required: before.workersCompensation.required } },
      });
    }
  });
});
