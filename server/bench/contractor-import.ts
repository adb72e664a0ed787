// The bulk import at its target size (at full scale): 100,000 generated contractors (~10 MB of CSV) through the
// GraphQL endpoint as the agency app sends them, checked (dry run), imported, then imported again
// (every row an update). Rows per second count everything: the request, parsing, validation, writes.
import { eq } from 'drizzle-orm';
import type { OwnerDatabase } from '../src/db/client.js';
import { teamMembers } from '../src/db/schema.js';
import { createSession } from '../src/modules/auth/sessions.js';

const HEADER = 'first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id';
const IMPORT = 'mutation($csv: String!, $dryRun: Boolean) { importContractors(csv: $csv, dryRun: $dryRun) { imported created updated errors { line column message } } }';

export function generatedImportCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(`Bench${i},"Importer, ${i % 997}",bench.import${i}@example.com,(312) 555-${String(i % 10_000).padStart(4, '0')},${i} Wacker Dr,Chicago,IL,60601,BENCH-${i}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

type Record = (name: string, value: string) => void;

/** Imports `rows` generated contractors as the demo rep, in a session of its own. */
export async function benchContractorImport(url: string, db: OwnerDatabase, record: Record, rows: number): Promise<void> {
  const [rep] = await db.select().from(teamMembers).where(eq(teamMembers.email, 'rep@acme.test'));
  if (!rep) throw new Error('the demo data has no rep@acme.test');
  const session = await createSession(db, { principalType: 'AGENCY_MEMBER', principalId: rep.id, agencyId: rep.agencyId, ip: null, userAgent: null }, { now: new Date(), ttlHours: 12 });
  const headers = { 'x-coverline-app': 'agency', cookie: `coverline_agency=${session.token}` };
  const csv = generatedImportCsv(rows);
  const run = async (label: string, dryRun: boolean, expect: { created: number; updated: number }) => {
    const start = performance.now();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: IMPORT, variables: { csv, dryRun } }) });
    const body = (await response.json()) as { data?: { importContractors: { created: number; updated: number; errors: unknown[] } }; errors?: unknown };
    const seconds = (performance.now() - start) / 1000;
    const result = body.data?.importContractors;
    if (!result || result.errors.length > 0 || result.created !== expect.created || result.updated !== expect.updated) {
      throw new Error(`import bench (${label}) went wrong: ${JSON.stringify(body.errors ?? result?.errors.slice(0, 3) ?? result).slice(0, 1000)}`);
    }
    record(`import of ${rows.toLocaleString('en-US')} contractors (${(csv.length / 1e6).toFixed(1)} MB), ${label}`, `${seconds.toFixed(2)} s, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`);
  };
  await run('dry run', true, { created: rows, updated: 0 });
  await run('new contractors', false, { created: rows, updated: 0 });
  await run('re-import (all updates)', false, { created: 0, updated: rows });
}
