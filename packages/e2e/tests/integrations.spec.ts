// The Integrations page: the demo rep creates an API key (shown once, and it works as the agency) and a
// webhook endpoint pointed at a receiver this journey runs; the key adds a contractor and an assignment
// that needs the contractor's opt-in, and the endpoint's delivery log shows Coverline delivering the event,
// signed with the endpoint's secret, and sends it again on Resend. Activity shows what the journey did; the
// revoked key stops working; a rolled secret signs what follows; the endpoint is switched off, then deleted.
// Axe at 1440 and 360 px on every page visited.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { agencyGraphql, expectAccessible, serverDay, signInAsAgencyRep } from './support';

type Received = { headers: Record<string, string | string[] | undefined>; body: string };

/** A webhook receiver on the loopback address that answers every POST with 200 and keeps what it got. */
async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('received by the e2e receiver');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/coverline/webhooks`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const DELIVERY_LOG = `query DeliveryLog($id: ID!) {
  webhookEndpoint(id: $id) { enabled failingSince deliveries(first: 10) { edges { node { id status attempts nextAttemptAt event { id type } attemptLog { at statusCode error latencyMs } } } } }
}`;

/** Whether `header` is Coverline's signature of `body` with `secret`. */
function signedWith(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  return parts.v1 === createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
}

/** A GraphQL call with an API key and no session. */
async function withKey<T>(request: APIRequestContext, key: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/graphql', { headers: { authorization: `Bearer ${key}` }, data: { query, variables } });
  return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

async function expectAccessibleAtBothWidths(page: Page) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe('the Integrations page', () => {
  test('an API key and a webhook endpoint at work and in the activity; the key revoked; the endpoint resent to, its secret rolled, switched off and deleted', async ({ page, request }) => {
    // Two pages and their dialogs, each scanned at two widths.
    test.slow();
    const receiver = await startReceiver();
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await signInAsAgencyRep(page);
      await page.getByRole('link', { name: 'Integrations', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
      await expectAccessibleAtBothWidths(page);

      // An API key, shown once.
      const keyName = `E2E sync ${Date.now()}`;
      await page.getByRole('button', { name: 'Create API key' }).click();
      const naming = page.getByRole('dialog', { name: 'Create API key' });
      await naming.getByLabel('Name').fill(keyName);
      await naming.getByRole('button', { name: 'Create key' }).click();
      const shown = page.getByRole('dialog', { name: 'Your new API key' });
      await expect(shown).toContainText('This is the only time Coverline shows it.');
      const key = await shown.getByLabel('API key').inputValue();
      expect(key).toMatch(/^cl_/);
      await expectAccessible(page);
      await shown.getByRole('button', { name: 'Done' }).click();
      const keyRow = page.getByRole('row').filter({ hasText: keyName });
      await expect(keyRow).toContainText(key.slice(0, 10));
      await expect(keyRow).toContainText('Active');
      await expect(keyRow).toContainText('Never');
      await page.reload();
      await expect(keyRow).toBeVisible();
      expect(await page.content()).not.toContain(key);

      // It works: it is the agency.
      const asKey = await withKey<{ viewer: { agency: { name: string } } }>(request, key, '{ viewer { agency { name } } }');
      expect(asKey.data?.viewer.agency.name).toBe('Acme Staffing');
      // Its last use is shown (as a time relative to the browser's clock, which the journeys' server clock runs ahead of).
      await page.reload();
      await expect(keyRow).not.toContainText('Never');

      // A webhook endpoint for the applications and active policies.
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const adding = page.getByRole('dialog', { name: 'Add endpoint' });
      await adding.getByLabel('Endpoint URL').fill(receiver.url);
      await adding.getByRole('checkbox', { name: 'Applications' }).check();
      await adding.getByRole('checkbox', { name: 'policy.active' }).check();
      await expect(adding.getByRole('checkbox', { name: 'application.started' })).toBeChecked();
      await expect(adding.getByRole('checkbox', { name: 'Select all events' })).not.toBeChecked();
      await expectAccessible(page);
      await adding.getByRole('button', { name: 'Add endpoint' }).click();
      const secretDialog = page.getByRole('dialog', { name: 'Your endpoint’s signing secret' });
      const secret = await secretDialog.getByLabel('Signing secret').inputValue();
      expect(secret.length).toBeGreaterThanOrEqual(20);
      await expectAccessible(page);
      await secretDialog.getByRole('link', { name: 'See its deliveries' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();
      await expect(page.getByText(receiver.url)).toBeVisible();
      await expect(page.getByText('Enabled', { exact: true })).toBeVisible();
      const endpointId = page.url().split('/').at(-1) ?? '';

      // The key adds a contractor and an assignment the contractor must opt in to: an application starts.
      const contractor = await withKey<{ createContractor: { id: string } }>(request, key, 'mutation($i: CreateContractorInput!) { createContractor(input: $i) { id } }', {
        i: { firstName: 'Webhook', lastName: 'Journey', email: `webhook.${Date.now()}@example.com`, workState: 'OH' },
      });
      const categories = await withKey<{ jobCategories: { id: string; status: string }[] }>(request, key, '{ jobCategories { id status } }');
      const assignment = await withKey<{ createAssignment: { id: string } }>(request, key, 'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id } }', {
        i: {
          contractorId: contractor.data?.createContractor.id,
          jobCategoryId: categories.data?.jobCategories.find((category) => category.status === 'APPROVED')?.id,
          clientEntity: 'Mercy Health System',
          jobName: 'Weekend triage RN',
          description: 'Triage nurse for the weekend emergency department. Twelve-hour shifts, Saturday and Sunday.',
          effectiveDate: await serverDay(request, 5),
          endDate: await serverDay(request, 6),
          wageCents: 180_000,
          payer: 'AGENCY',
        },
      });
      expect(assignment.errors).toBeUndefined();

      // The receiver gets the event, signed with the endpoint's secret.
      await expect.poll(() => receiver.received.find((delivery) => JSON.parse(delivery.body).type === 'application.started'), { timeout: 20_000 }).toBeTruthy();
      const delivered = receiver.received.find((delivery) => JSON.parse(delivery.body).type === 'application.started')!;
      const signature = delivered.headers['coverline-signature'];
      expect(typeof signature).toBe('string');
      expect(signedWith(secret, String(signature), delivered.body)).toBe(true);
      expect(signedWith('another-secret', String(signature), delivered.body)).toBe(false);

      // The delivery log shows it delivered, with the receiver's answer.
      const deliveryControl = page.getByRole('button', { name: /application\.started\s*Delivered/ });
      await expect(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await expect(deliveryControl).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await expect(deliveryControl).toContainText('last status 200');
      await expect(deliveryControl).toContainText('attempts 1');
      await deliveryControl.click();
      const attempts = page.getByRole('list', { name: 'Attempts to deliver application.started' });
      await expect(attempts).toContainText('status 200');
      await expect(attempts).toContainText('received by the e2e receiver');
      await expectAccessibleAtBothWidths(page);

      // Resent, the same event reaches the receiver again.
      const eventId = JSON.parse(delivered.body).id as string;
      const copiesOfEvent = () => receiver.received.filter((delivery) => JSON.parse(delivery.body).id === eventId).length;
      // A copy that does not come fails with the endpoint's delivery log as the server has it, to tell a lost job from a failed attempt.
      const expectCopies = (copies: number) =>
        expect
          .poll(copiesOfEvent, { timeout: 20_000 })
          .toBe(copies)
          .catch(async (error: Error) => {
            const log = await agencyGraphql(page.request, DELIVERY_LOG, { id: endpointId }).catch((failure: unknown) => String(failure));
            throw new Error(`${error.message}\nThe endpoint's delivery log: ${JSON.stringify(log, null, 1)}`);
          });
      // The journey's own delivery, by its event: the demo's background jobs may start other applications meanwhile.
      const journeyDelivery = page.getByRole('group', { name: `Delivery of event ${eventId}` });
      // Pressed, Resend asks the server: a click that did not reach it fails here, not as a copy that never came.
      const resendJourneyDelivery = () =>
        Promise.all([
          page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('"operationName":"ResendWebhookDelivery"') === true, { timeout: 10_000 }),
          journeyDelivery.getByRole('button', { name: 'Resend application.started' }).click(),
        ]);
      await resendJourneyDelivery();
      await expectCopies(2);

      // The activity shows what the journey did: the rep's key and endpoint, and the key's contractor.
      await page.getByRole('link', { name: 'Activity', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
      const { apiKeys } = await agencyGraphql<{ apiKeys: { id: string; name: string }[] }>(page.request, '{ apiKeys { id name } }');
      const keyId = apiKeys.find((apiKey) => apiKey.name === keyName)?.id ?? '';
      const activity = page.getByRole('table', { name: 'Activity' });
      await expect(activity.getByRole('row').filter({ hasText: keyId }).first()).toContainText('Created an API key');
      await expect(activity.getByRole('row').filter({ hasText: keyId }).first()).toContainText('rep@acme.test');
      await expect(activity.getByRole('row').filter({ hasText: endpointId }).first()).toContainText('Added a webhook endpoint');
      await expect(activity.getByRole('row').filter({ hasText: contractor.data?.createContractor.id ?? '' }).first()).toContainText(keyName);
      await expectAccessibleAtBothWidths(page);

      // Revoked, the key no longer works.
      await page.getByRole('link', { name: 'Integrations', exact: true }).click();
      await keyRow.getByRole('button', { name: `Revoke ${keyName}` }).click();
      const revoking = page.getByRole('dialog', { name: `Revoke ${keyName}?` });
      await expectAccessible(page);
      await revoking.getByRole('button', { name: 'Revoke key' }).click();
      await expect(revoking).toBeHidden();
      await expect(keyRow).toContainText('Revoked');
      await expect(keyRow.getByRole('button')).toHaveCount(0);
      const refused = await withKey(request, key, '{ jobCategories { id } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await expectAccessibleAtBothWidths(page);

      // Deleted, the endpoint leaves the list (and receives no more of the journeys' events).
      await page.getByRole('link', { name: receiver.url }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();

      // A rolled secret is shown once and signs what follows.
      await page.getByRole('button', { name: 'Roll secret' }).click();
      await page.getByRole('dialog', { name: 'Roll the signing secret?' }).getByRole('button', { name: 'Roll secret' }).click();
      const rolled = page.getByRole('dialog', { name: 'The new signing secret' });
      const newSecret = await rolled.getByLabel('Signing secret').inputValue();
      expect(newSecret).not.toBe(secret);
      await expectAccessible(page);
      await rolled.getByRole('button', { name: 'Done' }).click();
      await expect(rolled).toBeHidden();
      // Opened, and settled on its two attempts, before Resend is pressed: a click while the dialog or the panel still moves can miss.
      await journeyDelivery.getByRole('button', { name: /application\.started\s*Delivered/ }).click();
      await expect(journeyDelivery.getByRole('list', { name: 'Attempts to deliver application.started' })).toContainText('Attempt 2');
      await resendJourneyDelivery();
      await expectCopies(3);
      const resent = receiver.received.filter((delivery) => JSON.parse(delivery.body).id === eventId).at(-1)!;
      expect(signedWith(newSecret, String(resent.headers['coverline-signature']), resent.body)).toBe(true);

      // Switched off in Edit, it says so.
      await page.getByRole('button', { name: 'Edit' }).click();
      const editing = page.getByRole('dialog', { name: 'Edit endpoint' });
      await expect(editing.getByLabel('Endpoint URL')).toHaveValue(receiver.url);
      await editing.getByRole('switch', { name: 'Enabled' }).uncheck();
      await editing.getByRole('button', { name: 'Save changes' }).click();
      await expect(editing).toBeHidden();
      await expect(page.getByText('Disabled', { exact: true })).toBeVisible();

      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete this endpoint?' }).getByRole('button', { name: 'Delete endpoint' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
      await expect(page.getByRole('link', { name: receiver.url })).toHaveCount(0);
    } finally {
      await receiver.close();
    }
  });
});
