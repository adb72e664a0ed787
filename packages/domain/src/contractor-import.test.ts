import { describe, expect, it } from 'vitest';
import {
  CONTRACTOR_IMPORT_COLUMNS,
  contractorImportColumnLabel,
  contractorImportKey,
  contractorImportTemplateCsv,
  importColumnOfAssignmentField,
  importFileTooLargeMessage,
  mapImportHeaders,
  normalizeImportHeader,
  parseContractorImportRow,
  parseCoverageTypes,
  parsePayer,
} from './contractor-import';

const contractor = { first_name: 'Ana', last_name: 'Souza', email: 'Ana@Example.com' };
const assignment = {
  work_state: 'IL',
  job_code: '8810',
  coverage_types: 'GL',
  client_entity: 'Northwind',
  job_name: 'Photographer',
  description: 'Photographs the launch events and delivers the pictures.',
  effective_date: '2030-01-01',
  end_date: '2030-03-31',
  wage: '2,500.00',
};

describe('contractorImportColumnLabel', () => {
  it('names every column in words', () => {
    expect(contractorImportColumnLabel('first_name')).toBe('First name');
    expect(contractorImportColumnLabel('wage')).toBe('Assignment: wage (dollars)');
    for (const column of CONTRACTOR_IMPORT_COLUMNS) expect(contractorImportColumnLabel(column.header)).not.toBe(column.header);
  });
});

describe('normalizeImportHeader', () => {
  it('reads headers as people write them', () => {
    expect(normalizeImportHeader(' First Name ')).toBe('first_name');
    expect(normalizeImportHeader('postal-code')).toBe('postal_code');
    expect(normalizeImportHeader('EMAIL')).toBe('email');
  });
});

describe('mapImportHeaders', () => {
  it('maps every known header to its field', () => {
    const { headers, problems } = mapImportHeaders(['First Name', 'last_name', 'email', 'external_id']);
    expect(problems).toEqual([]);
    expect(headers.map((h) => h.field)).toEqual(['firstName', 'lastName', 'email', 'externalId']);
    expect(headers[0]).toEqual({ header: 'First Name', column: 'first_name', field: 'firstName' });
  });

  it('reports an unknown header on line 1 by its name', () => {
    const { headers, problems } = mapImportHeaders(['first_name', 'last_name', 'email', 'emial_2']);
    expect(headers[3]).toEqual({ header: 'emial_2', column: null, field: null });
    expect(problems).toEqual([{ line: 1, column: 'emial_2', message: expect.stringContaining('"emial_2" is not a column') }]);
  });

  it('reports every missing required header as one problem on line 1', () => {
    const { problems } = mapImportHeaders(['last_name', 'phone']);
    expect(problems).toEqual([{ line: 1, column: null, message: expect.stringContaining('lacks first_name, email') }]);
  });

  it('reports a column given twice', () => {
    const { problems } = mapImportHeaders(['first_name', 'last_name', 'email', 'Email']);
    expect(problems).toEqual([{ line: 1, column: 'Email', message: 'The file has two email columns: keep one.' }]);
  });
});

describe('contractorImportTemplateCsv', () => {
  it('has the full header and one example row that reads cleanly, dated after today', () => {
    const [header, example, rest] = contractorImportTemplateCsv('2030-01-01').split('\r\n');
    expect(header).toBe(CONTRACTOR_IMPORT_COLUMNS.map((c) => c.header).join(','));
    expect(header).toMatch(/^first_name,last_name,email,phone,address_line1,city,state,postal_code,external_id,/);
    expect(rest).toBe('');
    const headers = (header ?? '').split(',');
    const cells = Object.fromEntries(CONTRACTOR_IMPORT_COLUMNS.map((column) => [column.header, column.example])) as Record<string, string>;
    cells.effective_date = '2030-01-08';
    cells.end_date = '2030-04-08';
    expect(example).toContain('2030-01-08,2030-04-08,"2,500.00"');
    expect(headers).toHaveLength(CONTRACTOR_IMPORT_COLUMNS.length);
    expect(parseContractorImportRow(2, cells)).toMatchObject({ ok: true, assignment: { jobCode: 'media-spokesperson', wageCents: 250_000 } });
  });
});

describe('parseCoverageTypes', () => {
  it.each([
    ['GL', ['GENERAL_LIABILITY']],
    ['wc', ['WORKERS_COMPENSATION']],
    ['GL+WC', ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']],
    ['WC, GL', ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']],
    ["General Liability and Workers' Compensation", ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']],
    ['WORKERS_COMPENSATION', ['WORKERS_COMPENSATION']],
    ['workers comp', ['WORKERS_COMPENSATION']],
    ['GL+GL', ['GENERAL_LIABILITY']],
  ])('reads %s', (input, expected) => {
    expect(parseCoverageTypes(input)).toEqual(expected);
  });

  it.each(['', ' + ', 'auto', 'GL+auto'])('refuses %j', (input) => {
    expect(parseCoverageTypes(input)).toBeNull();
  });
});

describe('parsePayer', () => {
  it('reads agency and contractor in any case', () => {
    expect(parsePayer(' Agency ')).toBe('AGENCY');
    expect(parsePayer('CONTRACTOR')).toBe('CONTRACTOR');
    expect(parsePayer('client')).toBeNull();
  });
});

describe('parseContractorImportRow', () => {
  it('reads a contractor as the form would send them', () => {
    const row = parseContractorImportRow(2, { ...contractor, phone: '', state: 'il', external_id: 'C-1' });
    expect(row).toEqual({
      ok: true,
      contractor: { firstName: 'Ana', lastName: 'Souza', email: 'ana@example.com', phone: null, addressLine1: null, city: null, state: 'IL', postalCode: null, workState: null, externalId: 'C-1' },
      assignment: null,
    });
  });

  it('reports every problem of the row on its column, naming the value', () => {
    const row = parseContractorImportRow(7, { first_name: '', last_name: 'Souza', email: 'ana-at-example', state: 'Ohio', postal_code: '123', phone: '555' });
    expect(row).toEqual({
      ok: false,
      problems: [
        { line: 7, column: 'first_name', message: 'Enter the first name' },
        { line: 7, column: 'email', message: "'ana-at-example' is not an email address" },
        { line: 7, column: 'phone', message: "'555' is not a phone number with area code" },
        { line: 7, column: 'state', message: "'Ohio' is not a two-letter state code — use OH" },
        { line: 7, column: 'postal_code', message: "'123' is not a 5-digit ZIP code (or ZIP+4)" },
      ],
    });
  });

  it('says what a state code looks like when the value is no state name', () => {
    const row = parseContractorImportRow(3, { ...contractor, work_state: 'XX' });
    expect(row).toEqual({ ok: false, problems: [{ line: 3, column: 'work_state', message: "'XX' is not a US state code (two letters, e.g. OH)" }] });
  });

  it('reads the assignment columns as the form input, with the job code as written', () => {
    const row = parseContractorImportRow(2, { ...contractor, ...assignment, coverage_types: 'GL+WC', payer: 'Contractor', facility: 'Main Studio', po_number: 'PO-1', effective_date: '1/15/2030' });
    expect(row).toEqual({
      ok: true,
      contractor: expect.objectContaining({ workState: 'IL' }),
      assignment: {
        jobCode: '8810',
        coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'],
        workState: 'IL',
        clientEntity: 'Northwind',
        jobName: 'Photographer',
        description: 'Photographs the launch events and delivers the pictures.',
        effectiveDate: '2030-01-15',
        endDate: '2030-03-31',
        wageCents: 250_000,
        payer: 'CONTRACTOR',
        facility: 'Main Studio',
        poNumber: 'PO-1',
      },
    });
  });

  it('needs every required assignment column once one is filled in', () => {
    const row = parseContractorImportRow(4, { ...contractor, job_name: 'Photographer' });
    expect(row.ok).toBe(false);
    if (row.ok) throw new Error('expected problems');
    expect(row.problems.map((p) => p.column)).toEqual(['job_code', 'coverage_types', 'work_state', 'effective_date', 'end_date', 'wage', 'client_entity', 'description']);
    expect(row.problems[0]?.message).toBe('Enter the job code (from the catalogue): a row with an assignment needs it');
  });

  it('reports unreadable assignment cells once each', () => {
    const row = parseContractorImportRow(5, { ...contractor, ...assignment, coverage_types: 'auto', effective_date: '2030-02-30', wage: 'a lot', payer: 'client', description: 'short', work_state: 'Texas' });
    if (row.ok) throw new Error('expected problems');
    expect(row.problems).toEqual([
      { line: 5, column: 'work_state', message: "'Texas' is not a two-letter state code — use TX" },
      { line: 5, column: 'coverage_types', message: "'auto' is not a coverage type: use GL, WC or GL+WC" },
      { line: 5, column: 'effective_date', message: "'2030-02-30' is not a date: use YYYY-MM-DD or MM/DD/YYYY" },
      { line: 5, column: 'wage', message: "'a lot' is not an amount in dollars (e.g. 2,500.00)" },
      { line: 5, column: 'payer', message: "'client' is not a payer: use agency or contractor" },
      { line: 5, column: 'description', message: 'Describe the work in 2–3 sentences' },
    ]);
  });

  it('refuses a wage of nothing', () => {
    const row = parseContractorImportRow(2, { ...contractor, ...assignment, wage: '0' });
    if (row.ok) throw new Error('expected problems');
    expect(row.problems).toEqual([{ line: 2, column: 'wage', message: 'Wage must be a positive amount' }]);
  });
});

describe('importColumnOfAssignmentField', () => {
  it('puts the assignment use case’s fields on their columns', () => {
    expect(importColumnOfAssignmentField('newJobCategory.jobCodeId')).toBe('job_code');
    expect(importColumnOfAssignmentField('jobCategoryId')).toBe('job_code');
    expect(importColumnOfAssignmentField('effectiveDate')).toBe('effective_date');
    expect(importColumnOfAssignmentField('facilityId')).toBe('facility');
    expect(importColumnOfAssignmentField('contractorId')).toBeNull();
  });
});

describe('contractorImportKey', () => {
  it('is the external id when there is one, else the email', () => {
    expect(contractorImportKey({ externalId: 'C-1', email: 'a@b.co' })).toBe('external_id:C-1');
    expect(contractorImportKey({ externalId: null, email: 'A@B.co' })).toBe('email:a@b.co');
  });
});

describe('importFileTooLargeMessage', () => {
  it('names the size and the limit', () => {
    expect(importFileTooLargeMessage(21 * 1024 * 1024)).toBe('The file is 21.0 MB; an import takes at most 20 MB. Split it into smaller files and import each.');
  });
});
