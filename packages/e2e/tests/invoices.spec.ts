// PO numbers and invoices (flow 7): a rep gives the missing-PO assignments one PO number and its
// contact and sees the box drop to zero; then issues invoices now, which are emailed with their PDF to
// the PO contact and the billing email, and downloads that PDF from the Invoices page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { agencyGraphql, expectAccessible, serverNow, signInAsAgencyRep, type Mail } from './support';

const PO_NUMBER = `E2E-CAMPAIGN-${Date.now()}`;
const PO_CONTACT = 'ap@e2e-client.test';
const BILLING = 'billing@acme.test';


/** The server's today in New York (the clock may have been moved by another journey). */
async function serverToday(request: APIRequestContext): Promise<string> {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(await serverNow(request));
}

/**
 * A new agency-paid assignment, effective today, for a contractor who already opted in to its job
 * category: covered at once (rule 3), without a PO number, so it is in the box and invoiceable now.
 */
async function coveredAssignmentStartingToday(request: APIRequestContext): Promise<string> {
  type Listed = { assignments: { edges: { node: { payer: string; contractor: { id: string }; jobCategory: { id: string; status: string } } }[] } };
  const { assignments } = await agencyGraphql<Listed>(request, 'query($f: Int) { assignments(filter: { status: COVERED }, first: $f) { edges { node { payer contractor { id } jobCategory { id status } } } } }', { f: 50 });
  const repeat = assignments.edges.map((edge) => edge.node).find((node) => node.payer === 'AGENCY' && node.jobCategory.status === 'APPROVED');
  if (!repeat) throw new Error('the demo has no covered agency-paid assignment to repeat');
  const today = await serverToday(request);
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 5);
  const { createAssignment } = await agencyGraphql<{ createAssignment: { id: string; status: string } }>(
    request,
    'mutation($i: CreateAssignmentInput!) { createAssignment(input: $i) { id status } }',
    {
      i: {
        contractorId: repeat.contractor.id,
        jobCategoryId: repeat.jobCategory.id,
        clientEntity: 'E2E Client',
        jobName: 'E2E launch event staff',
        description: 'Staffs the launch event of the client. Greets guests and runs the registration desk.',
        effectiveDate: today,
        endDate: end.toISOString().slice(0, 10),
        wageCents: 120_000,
        payer: 'AGENCY',
      },
    },
  );
  expect(createAssignment.status).toBe('COVERED');
  return createAssignment.id;
}

/** A dialog done fading in: axe measures colours as drawn, and a half-transparent button fails contrast. */
async function expectSettled(dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS('opacity', '1');
}

async function mailsTo(request: APIRequestContext, to: string, subject: RegExp): Promise<Mail[]> {
  const mails = (await (await request.get('/dev/mailbox.json')).json()) as Mail[];
  return mails.filter((mail) => mail.to === to && subject.test(mail.subject));
}

test.describe.serial('PO numbers and invoices', () => {
  test('a rep sets one PO number on the missing-PO assignments and the box drops to zero', async ({ page }) => {
    await signInAsAgencyRep(page);
    await coveredAssignmentStartingToday(page.request);
    await page.getByRole('link', { name: 'Contractors', exact: true }).click();
    const box = page.getByRole('region', { name: 'Missing PO numbers' });
    await expect(box.getByText(/\d+ assignments? (is|are) missing a PO number/)).toBeVisible();
    await expectAccessible(page);

    await box.getByRole('link', { name: 'Enter PO numbers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Missing PO numbers' })).toBeVisible();
    await expect(page.getByText('E2E launch event staff')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel(/^Select all \d+$/).check();
    await page.getByLabel('PO number', { exact: true }).fill(PO_NUMBER);
    await page.getByLabel('PO contact email').fill(PO_CONTACT);
    await page.getByRole('button', { name: /^Set PO number on \d+ assignments?$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: `PO number ${PO_NUMBER} set on` })).toBeVisible();
    await expect(page.getByText('No PO numbers missing')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: '← Contractors' }).click();
    await expect(page.getByRole('region', { name: 'Missing PO numbers' }).getByText('No PO numbers missing')).toBeVisible();
  });

  test('issuing invoices now emails the PO invoice with its PDF to the PO contact and the billing email; the PDF downloads from the Invoices page', async ({ page }) => {
    await signInAsAgencyRep(page);
    await page.getByRole('link', { name: 'Invoices', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Issue invoices now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue invoices now' });
    await expectSettled(dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Issue and email invoices' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Issued and emailed invoices? INV-/ })).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: PO_NUMBER });
    await expect(row).toHaveCount(1);
    const number = (await row.getByRole('cell').first().innerText()).trim();
    expect(number).toMatch(/^INV-\d{4}-\d{2}-\d{4}$/);
    await expectAccessible(page);

    const subject = new RegExp(`${number}.*${PO_NUMBER}`);
    for (const to of [PO_CONTACT, BILLING]) {
      await expect.poll(async () => (await mailsTo(page.request, to, subject)).map((mail) => mail.attachments), { message: `the invoice mail to ${to}`, timeout: 15_000 }).toEqual([[`${number}.pdf`]]);
    }

    const downloading = page.waitForEvent('download');
    await row.getByRole('link', { name: `PDF of invoice ${number}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = fs.readFileSync(await download.path());
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).stdout.toString('utf8');
    expect(text).toContain(number);
    expect(text).toContain(PO_NUMBER);
    expect(text).toContain('E2E launch event staff');

    await row.getByRole('button', { name: `Mark paid ${number}` }).click();
    const confirm = page.getByRole('dialog', { name: `Mark invoice paid ${number}` });
    await expectSettled(confirm);
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Mark paid' }).click();
    await expect(row.getByText('Paid')).toBeVisible();
  });
});
