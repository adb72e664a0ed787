import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, contractors, jobCategories } from '../src/db/schema.js';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { approvedJobCategory, createApiKey, createContractor, createFacility, createJobCode, createMasterPolicies, dayFromToday, signedInAgencyMember } from './factories/index.js';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importContractors(csv: $csv, dryRun: $dryRun) {
    dryRun rows imported created updated assignmentsCreated
    errors { line column message }
    columns { header column field }
    preview { line action firstName lastName email externalId workState assignmentJobName }
  }
}`;

type ImportResult = {
  dryRun: boolean;
  rows: number;
  imported: number;
  created: number;
  updated: number;
  assignmentsCreated: number;
  errors: { line: number; column: string | null; message: string }[];
  columns: { header: string; column: string | null; field: string | null }[];
  preview: { line: number; action: string; firstName: string; lastName: string; email: string; externalId: string | null; workState: string | null; assignmentJobName: string | null }[];
};

const HEADER = 'first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

async function importCsv(client: GraphQLClient, csv: string, dryRun?: boolean): Promise<ImportResult> {
  const data = await client.data<{ importContractors: ImportResult }>(IMPORT, { csv, dryRun });
  return data.importContractors;
}

async function contractorCount(agencyId: string): Promise<number> {
  const [row] = await server.db.select({ n: count() }).from(contractors).where(eq(contractors.agencyId, agencyId));
  return row?.n ?? 0;
}

async function assignmentCount(agencyId: string): Promise<number> {
  const [row] = await server.db.select({ n: count() }).from(assignments).where(eq(assignments.agencyId, agencyId));
  return row?.n ?? 0;
}

/** The assignment columns of a row, with dates from today so they stay valid. */
function assignmentHeader(): string {
  return `${HEADER},work_state,job_code,coverage_types,client_entity,job_name,description,effective_date,end_date,wage,payer,facility,po_number`;
}
function assignmentCells(overrides: Partial<Record<'work_state' | 'job_code' | 'coverage_types' | 'effective_date' | 'end_date' | 'wage' | 'payer' | 'facility' | 'po_number', string>> = {}): string {
  const cells = {
    work_state: 'IL',
    job_code: 'hospital-professional',
    coverage_types: 'GL',
    client_entity: 'Northwind',
    job_name: 'Booth host',
    description: '"Greets visitors at the client booth, and runs product demos for two days."',
    effective_date: dayFromToday(server, 3),
    end_date: dayFromToday(server, 30),
    wage: '"1,500.00"',
    payer: 'agency',
    facility: '',
    po_number: '',
    ...overrides,
  };
  return Object.values(cells).join(',');
}

describe('importContractors writes a clean file', () => {
  it('reads a BOM, quoted fields with commas and line breaks, and CRLF line ends', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const csv = `\uFEFF${HEADER}\r\nAna,Souza,Ana@Example.com,(312) 555-0147,"12 Wacker Dr, Suite 4",Chicago,IL,60601,C-1\r\n"Ben","O""Neil",ben@example.com,,"1 Main St\r\nBuilding B",Austin,tx,78701,C-2\r\nCleo,Ray,cleo@example.com,,,,,,\r\n`;
    const result = await importCsv(client, csv);
    expect(result).toMatchObject({ dryRun: false, rows: 3, imported: 3, created: 3, updated: 0, errors: [] });
    expect(result.columns[0]).toEqual({ header: 'first_name', column: 'first_name', field: 'firstName' });
    expect(result.preview.map((row) => [row.line, row.action, row.lastName])).toEqual([
      [2, 'CREATE', 'Souza'],
      [3, 'CREATE', 'O"Neil'],
      [5, 'CREATE', 'Ray'],
    ]);
    const rows = await server.db.select().from(contractors).where(eq(contractors.agencyId, agency.id)).orderBy(contractors.lastName);
    expect(rows.map((row) => [row.lastName, row.email, row.addressLine1, row.state, row.externalId])).toEqual([
      ['O"Neil', 'ben@example.com', '1 Main St\r\nBuilding B', 'TX', 'C-2'],
      ['Ray', 'cleo@example.com', null, null, null],
      ['Souza', 'ana@example.com', '12 Wacker Dr, Suite 4', 'IL', 'C-1'],
    ]);
    const audits = await server.db.select().from(auditLog).where(and(eq(auditLog.agencyId, agency.id), eq(auditLog.action, 'contractor.import')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toEqual({ rows: 3, created: 3, updated: 0, assignmentsCreated: 0 });
  });

  it('maps headers as people write them', async () => {
    const { client } = await signedInAgencyMember(server);
    const result = await importCsv(client, 'First Name,Last Name,Email\nAna,Souza,ana@example.com\n', true);
    expect(result.columns).toEqual([
      { header: 'First Name', column: 'first_name', field: 'firstName' },
      { header: 'Last Name', column: 'last_name', field: 'lastName' },
      { header: 'Email', column: 'email', field: 'email' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('updates on a re-import by external id, or by email without one, and creates no duplicate', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    await importCsv(client, `${HEADER}\nAna,Souza,ana@example.com,,,,,,C-1\nBen,Ray,ben@example.com,3125550100,,,,,\n`);
    const again = await importCsv(client, `${HEADER}\nAna,Souza-Lee,ana.new@example.com,,,,,,C-1\nBen,Ray,BEN@example.com,,,,OH,,\nCleo,Ray,cleo@example.com,,,,,,C-3\n`);
    expect(again).toMatchObject({ imported: 3, created: 1, updated: 2, errors: [] });
    expect(again.preview.map((row) => row.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    expect(await contractorCount(agency.id)).toBe(3);
    const ana = await server.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, agency.id), eq(contractors.externalId, 'C-1')) });
    expect(ana).toMatchObject({ lastName: 'Souza-Lee', email: 'ana.new@example.com' });
    // An empty cell keeps what the contractor has; a filled one replaces it.
    const ben = await server.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, agency.id), eq(contractors.email, 'ben@example.com')) });
    expect(ben).toMatchObject({ phone: '3125550100', state: 'OH' });
  });

  it('is refused to no one in the agency: an agency API key imports too', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const api = server.apiClient(await createApiKey(client));
    const result = await importCsv(api, `${HEADER}\nAna,Souza,ana@example.com,,,,,,K-1\n`);
    expect(result).toMatchObject({ imported: 1, created: 1 });
    expect(await contractorCount(agency.id)).toBe(1);
  });
});

describe('importContractors reports every problem and then writes nothing', () => {
  it('names every bad row by line and column at once', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const csv = [
      HEADER,
      'Ana,Souza,ana-at-example,,,,Ohio,,C-1',
      '"Ben","Ray","ben@example.com",,"2 Long Rd',
      'Unit 5",Austin,TX,7870,C-2',
      ',Ray,cleo@example.com,555,,,,,C-3',
      'Dee,Fox,dee@example.com,,,,,,C-1',
      'Eve,Moss,eve@example.com,,,,,,',
      'Eva,Moss,EVE@example.com,,,,,,',
      'Fay,Good,fay@example.com,,,,,,C-9',
    ].join('\n');
    const result = await importCsv(client, csv);
    expect(result.errors).toEqual([
      { line: 2, column: 'email', message: "'ana-at-example' is not an email address" },
      { line: 2, column: 'state', message: "'Ohio' is not a two-letter state code — use OH" },
      { line: 3, column: 'postal_code', message: "'7870' is not a 5-digit ZIP code (or ZIP+4)" },
      { line: 5, column: 'first_name', message: 'Enter the first name' },
      { line: 5, column: 'phone', message: "'555' is not a phone number with area code" },
      { line: 6, column: 'external_id', message: "external_id 'C-1' is already on line 2: each contractor may be on one row only" },
      { line: 8, column: 'email', message: "email 'eve@example.com' is already on line 7: each contractor may be on one row only" },
    ]);
    expect(result).toMatchObject({ rows: 7, imported: 0, created: 0, updated: 0 });
    expect(await contractorCount(agency.id)).toBe(0);
  });

  it('reports unknown headers by name, and missing required ones as one problem on line 1', async () => {
    const { client } = await signedInAgencyMember(server);
    const unknown = await importCsv(client, 'first_name,last_name,email,nickname\nAna,Souza,ana@example.com,Annie\n');
    expect(unknown.errors).toEqual([{ line: 1, column: 'nickname', message: expect.stringContaining('"nickname" is not a column an import reads') }]);
    expect(unknown.columns[3]).toEqual({ header: 'nickname', column: null, field: null });
    const missing = await importCsv(client, 'first_name,phone\nAna,3125550100\nBen,3125550101\n');
    expect(missing.errors).toEqual([{ line: 1, column: null, message: expect.stringContaining('The header row lacks last_name, email') }]);
  });

  it.each([
    ['an empty file', '', /The file is empty/],
    ['a header without rows', `${HEADER}\n`, /no contractors after its header row/],
    ['a file that is not CSV', `${HEADER}\n"Ana,Souza`, /not valid CSV/],
  ])('refuses %s as BAD_USER_INPUT on csv', async (_name, csv, message) => {
    const { client } = await signedInAgencyMember(server);
    const result = await client.request(IMPORT, { csv });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('csv');
    expect(result.errors?.[0]?.message).toMatch(message);
  });
});

describe('importContractors with dryRun', () => {
  it('counts what would be created and updated, and writes nothing', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    await importCsv(client, `${HEADER}\nAna,Souza,ana@example.com,,,,,,C-1\n`);
    const dry = await importCsv(client, `${HEADER}\nAna,Souza,ana@example.com,,,,,,C-1\nBen,Ray,ben@example.com,,,,,,C-2\n`, true);
    expect(dry).toMatchObject({ dryRun: true, rows: 2, imported: 2, created: 1, updated: 1, errors: [] });
    expect(dry.preview.map((row) => row.action)).toEqual(['UPDATE', 'CREATE']);
    expect(await contractorCount(agency.id)).toBe(1);
    const audits = await server.db.select().from(auditLog).where(and(eq(auditLog.agencyId, agency.id), eq(auditLog.action, 'contractor.import')));
    expect(audits).toHaveLength(1);
  });
});

describe('importContractors with assignment columns', () => {
  it('creates each assignment through the lifecycle: an approved category asks for the opt-in by email, a new one waits for approval', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
    const facility = await createFacility(server, agency, { name: 'Main Studio' });
    const csv = [
      assignmentHeader(),
      `Ana,Souza,ana.import@example.com,,,,,,A-1,${assignmentCells({ facility: 'main studio', po_number: 'PO-7' })}`,
      `Ben,Ray,ben.import@example.com,,,,,,A-2,${assignmentCells({ coverage_types: 'GL+WC', work_state: 'TX' })}`,
      `Cleo,Ray,cleo.import@example.com,,,,,,A-3,,,,,,,,,,,,`,
    ].join('\n');
    const dry = await importCsv(client, csv, true);
    expect(dry).toMatchObject({ errors: [], created: 3, assignmentsCreated: 2 });
    expect(await assignmentCount(agency.id)).toBe(0);

    const result = await importCsv(client, csv);
    expect(result).toMatchObject({ errors: [], imported: 3, created: 3, assignmentsCreated: 2 });
    expect(result.preview.map((row) => row.assignmentJobName)).toEqual(['Booth host', 'Booth host', null]);
    const rows = await server.db
      .select({ externalId: contractors.externalId, status: assignments.status, facilityId: assignments.facilityId, poNumber: assignments.poNumber, wageCents: assignments.wageCents, categoryStatus: jobCategories.status })
      .from(assignments)
      .innerJoin(contractors, and(eq(contractors.agencyId, assignments.agencyId), eq(contractors.id, assignments.contractorId)))
      .innerJoin(jobCategories, and(eq(jobCategories.agencyId, assignments.agencyId), eq(jobCategories.id, assignments.jobCategoryId)))
      .where(eq(assignments.agencyId, agency.id))
      .orderBy(contractors.externalId);
    expect(rows).toEqual([
      { externalId: 'A-1', status: 'AWAITING_OPT_IN', facilityId: facility.id, poNumber: 'PO-7', wageCents: 150_000, categoryStatus: 'APPROVED' },
      { externalId: 'A-2', status: 'PENDING_APPROVAL', facilityId: null, poNumber: null, wageCents: 150_000, categoryStatus: 'PENDING_APPROVAL' },
    ]);
    const mail = await server.inbox.waitFor('ana.import@example.com', { subject: /Confirm your coverage/ });
    expect(mail.text).toContain('Booth host');
  });

  it('reports the assignment use case’s problems on their columns, in a dry run too, and writes nothing even when only the last row fails', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const rateless = await createJobCode(server);
    const csv = [
      assignmentHeader(),
      `Ana,Souza,ana.a@example.com,,,,,,B-1,${assignmentCells()}`,
      `Ben,Ray,ben.a@example.com,,,,,,B-2,${assignmentCells({ job_code: 'no-such-code' })}`,
      `Cleo,Ray,cleo.a@example.com,,,,,,B-3,${assignmentCells({ effective_date: dayFromToday(server, -2) })}`,
      `Dee,Fox,dee.a@example.com,,,,,,B-4,${assignmentCells({ facility: 'Elsewhere' })}`,
      `Eve,Moss,eve.a@example.com,,,,,,B-5,${assignmentCells({ job_code: rateless.code })}`,
    ].join('\n');
    for (const dryRun of [true, false]) {
      const result = await importCsv(client, csv, dryRun);
      expect(result.errors).toEqual([
        { line: 3, column: 'job_code', message: "'no-such-code' is not a job code of the catalogue: use one listed under Job codes" },
        { line: 4, column: 'effective_date', message: expect.stringMatching(/retroactively/) },
        { line: 5, column: 'facility', message: "'Elsewhere' is not one of your facilities: use its name as Facilities lists it" },
        { line: 6, column: 'job_code', message: 'There is no rate for this job code, work state and coverage yet.' },
      ]);
      expect(result).toMatchObject({ imported: 0, assignmentsCreated: 0 });
    }
    const { importContractors: reasons } = await client.data<{ importContractors: { errors: { line: number; reason: string | null }[] } }>(
      'mutation($csv: String!) { importContractors(csv: $csv, dryRun: true) { errors { line reason } } }',
      { csv },
    );
    // The refusals an integration branches on carry the reason createAssignment gives them; a lookup of the file's own names has none.
    expect(reasons.errors).toEqual([
      { line: 3, reason: null },
      { line: 4, reason: 'RETROACTIVE_COVERAGE' },
      { line: 5, reason: null },
      { line: 6, reason: 'NO_RATE' },
    ]);
    const lastRowFails = [assignmentHeader(), `Ana,Souza,ana.b@example.com,,,,,,C-1,${assignmentCells()}`, `Ben,Ray,ben.b@example.com,,,,,,C-2,${assignmentCells({ end_date: dayFromToday(server, 1) })}`].join('\n');
    const result = await importCsv(client, lastRowFails);
    expect(result.errors).toEqual([{ line: 3, column: 'end_date', message: expect.stringMatching(/on or after the effective date/) }]);
    expect(await contractorCount(agency.id)).toBe(0);
    expect(await assignmentCount(agency.id)).toBe(0);
    expect(server.inbox.to('ana.b@example.com')).toEqual([]);
  });
});

describe('importContractors stays inside the agency', () => {
  it("leaves another agency's contractor with the same external id and email untouched, and shows none of them", async () => {
    const other = await signedInAgencyMember(server);
    const theirs = await createContractor(server, other.agency, { firstName: 'Theirs', email: 'shared@example.com' });
    await server.db.update(contractors).set({ externalId: 'S-1' }).where(and(eq(contractors.agencyId, other.agency.id), eq(contractors.id, theirs.id)));
    const { client, agency } = await signedInAgencyMember(server);
    const result = await importCsv(client, `${HEADER}\nMine,Souza,shared@example.com,,,,,,S-1\nAlso,Mine,shared2@example.com,,,,,,\n`);
    expect(result).toMatchObject({ created: 2, updated: 0 });
    expect(await contractorCount(agency.id)).toBe(2);
    expect(await server.db.query.contractors.findFirst({ where: and(eq(contractors.agencyId, other.agency.id), eq(contractors.id, theirs.id)) })).toMatchObject({ firstName: 'Theirs', externalId: 'S-1' });
    const seen = await other.client.data<{ contractors: { totalCount: number } }>('{ contractors { totalCount } }');
    expect(seen.contractors.totalCount).toBe(1);
  });
});

describe('importContractors under load', () => {
  it('serializes two imports of one file: the second updates what the first created, with no duplicates', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const lines = Array.from({ length: 300 }, (_, i) => `First${i},Last${i},racer${i}@example.com,,,,,,${i % 2 === 0 ? `R-${i}` : ''}`);
    const csv = `${HEADER}\n${lines.join('\n')}\n`;
    const [first, second] = await Promise.all([importCsv(client, csv), importCsv(client, csv)]);
    expect([first, second].map((result) => [result.created, result.updated]).sort()).toEqual([
      [0, 300],
      [300, 0],
    ]);
    expect(await contractorCount(agency.id)).toBe(300);
  });

  it('accepts a 20 MB file', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const street = 'x'.repeat(180);
    const rows: string[] = [HEADER];
    let bytes = HEADER.length + 1;
    for (let i = 0; ; i++) {
      const line = `First${i},Last${i},big${i}@example.com,,"${street} ${i}, Apt 1",Chicago,IL,60601,BIG-${i}`;
      if (bytes + line.length + 1 > 20 * 1024 * 1024) break;
      rows.push(line);
      bytes += line.length + 1;
    }
    const csv = `${rows.join('\n')}\n`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(20 * 1024 * 1024 - 300);
    const result = await importCsv(client, csv);
    expect(result).toMatchObject({ errors: [], created: rows.length - 1 });
    expect(await contractorCount(agency.id)).toBe(rows.length - 1);
  });

  it('refuses a 21 MB file with the size and the limit, and a body past the endpoint’s limit as a GraphQL error', async () => {
    const { client } = await signedInAgencyMember(server);
    const csv = `${HEADER}\n${'Ana,Souza,ana@example.com,,,,,,\n'.repeat(Math.ceil((21 * 1024 * 1024) / 32))}`;
    const result = await client.request(IMPORT, { csv });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('csv');
    expect(result.errors?.[0]?.message).toBe('The file is 21.0 MB; an import takes at most 20 MB. Split it into smaller files and import each.');

    const tooLong = await client.request(IMPORT, { csv: csv.repeat(2) });
    expect(tooLong.status).toBe(413);
    expect(tooLong.errors).toEqual([{ message: expect.stringContaining('An import file may be at most 20 MB'), extensions: { code: 'PAYLOAD_TOO_LARGE' } }]);
  });
});
