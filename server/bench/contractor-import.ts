// The bulk import at its target size (at full scale): 100,000 generated contractors (~10 MB of CSV) through the
// GraphQL endpoint as the agency app sends them, checked (dry run), imported, then imported again
// (every row an update). Rows per second count everything: the request, parsing, validation, writes.
// Beside it, in the same run, the baseline: the same rows written by plain multi-row INSERTs of
// 1,000 rows each (bound parameters, one transaction, straight to the database as the owner, no
// parsing or checks) into an agency of their own.
import { eq, sql } from 'drizzle-orm';
import type { OwnerDatabase } from '../src/db/client.js';
import { agencies, contractors, teamMembers } from '../src/db/schema.js';
import { createSession } from '../src/modules/auth/sessions.js';
import type { TargetTable } from './targets.js';

const HEADER = 'first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id';
const IMPORT = 'mutation($csv: String!, $dryRun: Boolean) { importContractors(csv: $csv, dryRun: $dryRun) { imported created updated errors { line column message } } }';
const BASELINE_ROWS_PER_INSERT = 1_000;

type GeneratedContractor = { firstName: string; lastName: string; email: string; phone: string; addressLine1: string; city: string; state: string; postalCode: string; externalId: string };

function generatedContractors(rows: number): GeneratedContractor[] {
  return Array.from({ length: rows }, (_, i) => ({
    firstName: `Bench${i}`,
    lastName: `Importer, ${i % 997}`,
    email: `bench.import${i}@example.com`,
    phone: `(312) 555-${String(i % 10_000).padStart(4, '0')}`,
    addressLine1: `${i} Wacker Dr`,
    city: 'Chicago',
    state: 'IL',
    postalCode: '60601',
    externalId: `BENCH-${i}`,
  }));
}

export function generatedImportCsv(rows: readonly GeneratedContractor[]): string {
  const cell = (value: string) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = rows.map((row) => [row.firstName, row.lastName, row.email, row.phone, row.addressLine1, row.city, row.state, row.postalCode, row.externalId].map(cell).join(','));
  return `${[HEADER, ...lines].join('\r\n')}\r\n`;
}

type Recorder = (name: string, value: string) => void;

/** Imports `rows` generated contractors as the demo rep, in a session of its own; then the INSERT baseline. */
export async function benchContractorImport(url: string, db: OwnerDatabase, record: Recorder, rows: number, targets: TargetTable): Promise<void> {
  const [rep] = await db.select().from(teamMembers).where(eq(teamMembers.email, 'rep@acme.test'));
  if (!rep) throw new Error('the demo data has no rep@acme.test');
  const session = await createSession(db, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: rep.agencyId, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  const headers = { 'x-coverline-app': 'agency', cookie: `coverline_agency=${session.token}` };
  const generated = generatedContractors(rows);
  const csv = generatedImportCsv(generated);
  const run = async (label: string, dryRun: boolean, expect: { created: number; updated: number }): Promise<number> => {
    const start = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: IMPORT, variables: { csv, dryRun } }) });
    const body = (await response.json()) as { data?: { importContractors: { created: number; updated: number; errors: unknown[] } }; errors?: unknown };
    const seconds = (performance.now() - start) / 1000;
    const result = body.data?.importContractors;
    if (!result || result.errors.length > 0 || result.created !== expect.created || result.updated !== expect.updated) {
      throw new Error(`import bench (${label}) went wrong: ${JSON.stringify(body.errors ?? result?.errors.slice(0, 3) ?? result).slice(0, 1000)}`);
    }
    record(`import of ${rows.toLocaleString('en-US')} contractors (${(csv.length / 1e6).toFixed(1)} MB), ${label}`, `${seconds.toFixed(2)} s, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`);
    return rows / seconds;
  };
  await run('dry run', true, { created: rows, updated: 0 });
  const imported = await run('new contractors', false, { created: rows, updated: 0 });
  await run('re-import (all updates)', false, { created: 0, updated: rows });

  const [baselineAgency] = await db.insert(agencies).values({ name: 'Baseline Staffing' }).returning();
  if (!baselineAgency) throw new Error('no baseline agency');
  const start = performance.now();
  await db.transaction(async (tx) => {
    for (let first = 0; first < rows; first += BASELINE_ROWS_PER_INSERT) {
      await tx.insert(contractors).values(generated.slice(first, first + BASELINE_ROWS_PER_INSERT).map((row) => ({ ...row, agencyId: baselineAgency.id })));
    }
  });
  const baseline = rows / ((performance.now() - start) / 1000);
  const [{ written } = { written: 0 }] = await db.execute<{ written: number }>(sql`select count(*)::int as written from contractors where agency_id = ${baselineAgency.id}`);
  if (written !== rows) throw new Error(`the INSERT baseline wrote ${written} of ${rows} rows`);
  record(`plain multi-row INSERT baseline (${BASELINE_ROWS_PER_INSERT.toLocaleString('en-US')} rows a statement), ${rows.toLocaleString('en-US')} rows`, `${Math.round(baseline).toLocaleString('en-US')} rows/s`);
  targets.add(`CSV import of ${rows.toLocaleString('en-US')} new contractors`, '≥ 50,000 rows/s', `${Math.round(imported).toLocaleString('en-US')} rows/s`, imported >= 50_000);
  targets.add('CSV import vs plain multi-row INSERT (same rows, same run)', '≥ 10×', `${(imported / baseline).toFixed(2)}× (${Math.round(baseline).toLocaleString('en-US')} rows/s)`, imported / baseline >= 10);
}
