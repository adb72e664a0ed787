import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signInAsAgencyRep } from './support';

const HEADER = 'first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id';

async function contractorCount(page: Page): Promise<number> {
  await page.goto('/agency/contractors');
  const status = page.getByRole('status').filter({ hasText: /contractors? in your agency/ });
  await expect(status).toBeVisible();
  return Number((await status.innerText()).replace(/[^0-9]/g, ''));
}

async function chooseFile(page: Page, name: string, csv: string | Buffer) {
  await page.getByLabel('CSV file of contractors').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(csv) ? csv : Buffer.from(csv) });
}

test('a rep imports contractors from a CSV file: bad rows are shown by line and column and nothing is saved, the fixed file is saved, and a re-import updates', async ({ page }) => {
  await signInAsAgencyRep(page);
  const before = await contractorCount(page);

  await page.getByRole('link', { name: 'Bulk import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bulk import contractors' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'template CSV' })).toHaveAttribute('download', 'coverline-contractors-template.csv');
  await expectAccessible(page);

  const run = Date.now();
  const rows = (email: string, state: string) => [
    `Avery,Import,avery.${run}@example.com,,,,IL,60601,IMP-${run}-1`,
    `Blake,Import,${email},,,,OH,,IMP-${run}-2`,
    `Casey,Import,casey.${run}@example.com,,,,${state},,IMP-${run}-3`,
  ];
  await chooseFile(page, 'contractors.csv', [HEADER, ...rows('blake-at-example', 'Texas')].join('\n'));
  const problems = page.getByRole('table', { name: 'Problems in the file, by line and column' });
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems.getByRole('row').nth(1)).toContainText(['3', 'email', "'blake-at-example' is not an email address"].join(''));
  await expect(problems.getByRole('row').nth(2)).toContainText(['4', 'state', "'Texas' is not a two-letter state code — use TX"].join(''));
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);
  expect(await contractorCount(page)).toBe(before);

  await page.getByRole('link', { name: 'Bulk import' }).click();
  const fixed = [HEADER, ...rows(`blake.${run}@example.com`, 'TX')].join('\n');
  await chooseFile(page, 'contractors.csv', fixed);
  await expect(page.getByText('contractors.csv: 3 rows — 3 new contractors, 0 updated.')).toBeVisible();
  await expect(page.getByRole('table', { name: /first rows/ }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import 3 contractors' }).click();
  await expect(page.getByText('3 new contractors, 0 updated.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to Contractors' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${before + 3} contractors in your agency` })).toBeVisible();
  expect(await contractorCount(page)).toBe(before + 3);

  await page.getByRole('link', { name: 'Bulk import' }).click();
  await chooseFile(page, 'contractors.csv', fixed.replace('Avery,Import', 'Avery,Imported'));
  await expect(page.getByText('contractors.csv: 3 rows — 0 new contractors, 3 updated.')).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 contractors' }).click();
  await expect(page.getByText('0 new contractors, 3 updated.')).toBeVisible();
  expect(await contractorCount(page)).toBe(before + 3);
  await page.getByLabel('Search contractors').fill(`avery.${run}`);
  await expect(page.getByRole('link', { name: 'Avery Imported' })).toBeVisible();
});

test('a file over 20 MB is refused before it is uploaded', async ({ page }) => {
  await signInAsAgencyRep(page);
  await page.goto('/agency/contractors/import');
  let uploads = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('ImportContractors')) uploads++;
  });
  await chooseFile(page, 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
  await expect(page.getByText('The file is 21.0 MB; an import takes at most 20 MB. Split it into smaller files and import each.')).toBeVisible();
  await expectAccessible(page);
  expect(uploads).toBe(0);
});
