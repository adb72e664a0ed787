// Bulk import of contractors (CSV): the columns a file may have, how its header row maps onto them,
// and one row as the same inputs the "Add contractor" and "Add job assignment" forms send, or every
// problem it has on the column at fault. The server resolves what needs the agency's data (the job
// code, the facility) and writes; the agency app offers the template built from the same columns.
import { z } from 'zod';
import { createAssignmentSchema } from './assignment-schemas';
import { createContractorSchema } from './contractor-schemas';
import { COVERAGE_TYPES, PAYERS, type CoverageType, type Payer } from './enums';
import { addDays } from './dates';
import { parseDollarsToCents } from './money';
import type { RefusalReason } from './refusal-reasons';
import { csvField, parsePaymentDate } from './reconciliation';
import { US_STATES, usStateCodeSchema, type UsStateCode } from './us-states';

/** Every column an import reads, in the template's order, with what a person calls it, the form field it fills and an example value. */
export const CONTRACTOR_IMPORT_COLUMNS = [
  { header: 'first_name', label: "First name", field: 'firstName', example: 'Ana' },
  { header: 'last_name', label: "Last name", field: 'lastName', example: 'Souza' },
  { header: 'email', label: "Email", field: 'email', example: 'ana.souza@example.com' },
  { header: 'phone', label: "Phone", field: 'phone', example: '(312) 555-0147' },
  { header: 'address_line1', label: "Street address", field: 'addressLine1', example: '12 Wacker Dr' },
  { header: 'city', label: "City", field: 'city', example: 'Chicago' },
  { header: 'state', label: "State of residence", field: 'state', example: 'IL' },
  { header: 'postal_code', label: "ZIP code", field: 'postalCode', example: '60601' },
  { header: 'external_id', label: "External id (yours for them)", field: 'externalId', example: 'C-1001' },
  { header: 'work_state', label: "Work state", field: 'workState', example: 'IL' },
  { header: 'job_code', label: "Assignment: job code", field: 'jobCode', example: 'media-spokesperson' },
  { header: 'coverage_types', label: "Assignment: coverage types", field: 'coverageTypes', example: 'GL+WC' },
  { header: 'client_entity', label: "Assignment: client entity", field: 'clientEntity', example: 'Northwind Summer Campaign' },
  { header: 'job_name', label: "Assignment: job name", field: 'jobName', example: 'Event photographer' },
  { header: 'description', label: "Assignment: description", field: 'description', example: 'Photographs the launch events and delivers edited pictures within a week.' },
  // Dated from the day the template is made (a past date is refused): see contractorImportTemplateCsv.
  { header: 'effective_date', label: "Assignment: effective date", field: 'effectiveDate', example: '' },
  { header: 'end_date', label: "Assignment: end date", field: 'endDate', example: '' },
  { header: 'wage', label: "Assignment: wage (dollars)", field: 'wageCents', example: '2,500.00' },
  { header: 'payer', label: "Assignment: payer", field: 'payer', example: 'agency' },
  { header: 'facility', label: "Assignment: facility", field: 'facility', example: '' },
  { header: 'po_number', label: "Assignment: PO number", field: 'poNumber', example: 'PO-2026-17' },
] as const;

export type ContractorImportColumn = (typeof CONTRACTOR_IMPORT_COLUMNS)[number]['header'];
export type ContractorImportField = (typeof CONTRACTOR_IMPORT_COLUMNS)[number]['field'];

/** Without these a row cannot name a contractor, so a file without them is refused as a whole. */
export const REQUIRED_IMPORT_COLUMNS = ['first_name', 'last_name', 'email'] as const satisfies readonly ContractorImportColumn[];

/** Columns of the contractor's assignment: a row with any of them filled in creates one. */
const ASSIGNMENT_COLUMNS = [
  'job_code',
  'coverage_types',
  'client_entity',
  'job_name',
  'description',
  'effective_date',
  'end_date',
  'wage',
  'payer',
  'facility',
  'po_number',
] as const satisfies readonly ContractorImportColumn[];

/** The largest file an import reads (the agency app refuses a larger one before uploading it). */
export const MAX_CONTRACTOR_IMPORT_BYTES = 20 * 1024 * 1024;

/** The refusal of a file over the limit, the same in the app and from the API. */
export function importFileTooLargeMessage(bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `The file is ${megabytes} MB; an import takes at most 20 MB. Split it into smaller files and import each.`;
}

const FIELD_OF_COLUMN: ReadonlyMap<string, ContractorImportField> = new Map(CONTRACTOR_IMPORT_COLUMNS.map((c) => [c.header, c.field]));

/** A header as a person may write it ("First Name", "first-name") as the column it names. */
export function normalizeImportHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const LABEL_OF_COLUMN: ReadonlyMap<string, string> = new Map(CONTRACTOR_IMPORT_COLUMNS.map((c) => [c.header, c.label]));

/** What a person calls a column ("Assignment: wage (dollars)"). */
export function contractorImportColumnLabel(column: ContractorImportColumn): string {
  return LABEL_OF_COLUMN.get(column) ?? column;
}

export function isContractorImportColumn(value: string): value is ContractorImportColumn {
  return FIELD_OF_COLUMN.has(value);
}

/** One header of the file: the column it fills (null: not one an import reads). */
export type ImportHeader = { header: string; column: ContractorImportColumn | null; field: ContractorImportField | null };
/** A problem of one row (or of the header row, line 1), on a column of the file or on the row as a whole. */
/** `reason` when the problem is one of the stable refusals integrations branch on (a past effective date, no rate…). */
export type ImportProblem = { line: number; column: string | null; message: string; reason?: RefusalReason };

/** The header row read: what each header fills, and the problems that make the file unreadable. */
export function mapImportHeaders(headers: readonly string[]): { headers: ImportHeader[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const mapped = headers.map((header): ImportHeader => {
    const name = normalizeImportHeader(header);
    if (!isContractorImportColumn(name)) {
      problems.push({ line: 1, column: header, message: `"${header}" is not a column an import reads: rename it to one of the template's columns, or remove it.` });
      return { header, column: null, field: null };
    }
    if (seen.has(name)) problems.push({ line: 1, column: header, message: `The file has two ${name} columns: keep one.` });
    seen.add(name);
    return { header, column: name, field: FIELD_OF_COLUMN.get(name) ?? null };
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    problems.push({ line: 1, column: null, message: `The header row lacks ${missing.join(', ')}: every import needs the columns ${REQUIRED_IMPORT_COLUMNS.join(', ')}.` });
  }
  return { headers: mapped, problems };
}

/** The template: the full header row and one example row, its assignment starting a week after `today` for 90 days. */
export function contractorImportTemplateCsv(today: string): string {
  const dates: Partial<Record<ContractorImportColumn, string>> = { effective_date: addDays(today, 7), end_date: addDays(today, 97) };
  const header = CONTRACTOR_IMPORT_COLUMNS.map((column) => column.header).join(',');
  const example = CONTRACTOR_IMPORT_COLUMNS.map((column) => csvField(dates[column.header] ?? column.example)).join(',');
  return `${header}\r\n${example}\r\n`;
}

// ---------------------------------------------------------------- cells

const COVERAGE_WORDS: ReadonlyMap<string, CoverageType> = new Map([
  ['gl', 'GENERAL_LIABILITY'],
  ['generalliability', 'GENERAL_LIABILITY'],
  ['wc', 'WORKERS_COMPENSATION'],
  ['workerscomp', 'WORKERS_COMPENSATION'],
  ['workerscompensation', 'WORKERS_COMPENSATION'],
]);

/** "GL", "WC", "GL+WC", "General Liability, Workers' Compensation", or the API's names, as sorted coverage types; null for anything else. */
export function parseCoverageTypes(input: string): CoverageType[] | null {
  const words = input.split(/[+,;/&]|\band\b/i).map((word) => word.toLowerCase().replace(/[^a-z]/g, ''));
  if (words.every((word) => word === '')) return null;
  const types = new Set<CoverageType>();
  for (const word of words) {
    if (word === '') continue;
    const type = COVERAGE_WORDS.get(word);
    if (!type) return null;
    types.add(type);
  }
  return COVERAGE_TYPES.filter((type) => types.has(type));
}

/** "agency" or "contractor" in any case; null for anything else. */
export function parsePayer(input: string): Payer | null {
  const payer = input.trim().toUpperCase();
  return (PAYERS as readonly string[]).includes(payer) ? (payer as Payer) : null;
}

const STATE_BY_NAME: ReadonlyMap<string, string> = new Map(US_STATES.map((state) => [state.name.toLowerCase(), state.code]));

function stateMessage(value: string): string {
  const code = STATE_BY_NAME.get(value.trim().toLowerCase());
  return code ? `'${value}' is not a two-letter state code — use ${code}` : `'${value}' is not a US state code (two letters, e.g. OH)`;
}

type Cells = Partial<Record<ContractorImportColumn, string>>;

const CONTRACTOR_COLUMN_OF_FIELD: Record<string, ContractorImportColumn> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  addressLine1: 'address_line1',
  city: 'city',
  state: 'state',
  postalCode: 'postal_code',
  workState: 'work_state',
  externalId: 'external_id',
};

/** The message of a contractor cell, naming the value where a person needs it to find the typo. */
function contractorMessage(column: ContractorImportColumn, value: string, schemaMessage: string): string {
  switch (column) {
    case 'email':
      return `'${value}' is not an email address`;
    case 'state':
    case 'work_state':
      return stateMessage(value);
    case 'phone':
      return `'${value}' is not a phone number with area code`;
    case 'postal_code':
      return `'${value}' is not a 5-digit ZIP code (or ZIP+4)`;
    default:
      return schemaMessage;
  }
}

/**
 * Where the assignment's fields come from in a file: the column a problem of the assignment use case
 * (its field name, as in BAD_USER_INPUT) belongs on; null for one no column holds.
 */
export function importColumnOfAssignmentField(field: string): ContractorImportColumn | null {
  const columns: Record<string, ContractorImportColumn> = {
    jobCategoryId: 'job_code',
    'newJobCategory.jobCodeId': 'job_code',
    'newJobCategory.coverageTypes': 'coverage_types',
    'newJobCategory.workState': 'work_state',
    clientEntity: 'client_entity',
    jobName: 'job_name',
    description: 'description',
    effectiveDate: 'effective_date',
    endDate: 'end_date',
    wageCents: 'wage',
    payer: 'payer',
    facilityId: 'facility',
    poNumber: 'po_number',
  };
  return columns[field] ?? null;
}

export type ImportedContractor = z.output<typeof createContractorSchema>;
type AssignmentData = z.output<typeof createAssignmentSchema>;

/** A row's assignment as the form's input, with the job code and facility as written: the server finds them. */
export type ImportedAssignment = Omit<AssignmentData, 'contractorId' | 'jobCategoryId' | 'newJobCategory' | 'facilityId'> & {
  jobCode: string;
  coverageTypes: CoverageType[];
  workState: UsStateCode;
  facility: string | null;
};

export type ParsedImportRow =
  | { ok: true; contractor: ImportedContractor; assignment: ImportedAssignment | null }
  | { ok: false; problems: ImportProblem[] };

function text(cells: Cells, column: ContractorImportColumn): string {
  return (cells[column] ?? '').trim();
}

const orNull = (value: string) => (value === '' ? null : value);

// The ids are the server's to find; the schema checks only that they are there.
const ID_TO_BE_FOUND = 'to-be-found';

function parseAssignment(line: number, cells: Cells, problems: ImportProblem[]): ImportedAssignment | null {
  const required = (column: ContractorImportColumn, what: string) => {
    const value = text(cells, column);
    if (value === '') problems.push({ line, column, message: `Enter ${what}: a row with an assignment needs it` });
    return value;
  };
  const jobCode = required('job_code', 'the job code (from the catalogue)');
  const coverageText = required('coverage_types', 'the coverage types (GL, WC or GL+WC)');
  const coverageTypes = coverageText === '' ? null : parseCoverageTypes(coverageText);
  if (coverageText !== '' && !coverageTypes) problems.push({ line, column: 'coverage_types', message: `'${coverageText}' is not a coverage type: use GL, WC or GL+WC` });
  // A work state that is not a state code is the contractor's problem too, and reported as such.
  const workStateText = required('work_state', 'the work state');
  const workState = usStateCodeSchema.safeParse(workStateText).data ?? null;
  const date = (column: 'effective_date' | 'end_date', what: string) => {
    const value = required(column, what);
    const iso = value === '' ? null : parsePaymentDate(value);
    if (value !== '' && !iso) problems.push({ line, column, message: `'${value}' is not a date: use YYYY-MM-DD or MM/DD/YYYY` });
    return iso;
  };
  const effectiveDate = date('effective_date', 'the effective date');
  const endDate = date('end_date', 'the end date');
  const wageText = required('wage', 'the wage in dollars');
  const wageCents = wageText === '' ? null : parseDollarsToCents(wageText.replace(/\s/g, ''));
  if (wageText !== '' && wageCents === null) problems.push({ line, column: 'wage', message: `'${wageText}' is not an amount in dollars (e.g. 2,500.00)` });
  const payerText = text(cells, 'payer');
  const payer = payerText === '' ? null : parsePayer(payerText);
  if (payerText !== '' && !payer) problems.push({ line, column: 'payer', message: `'${payerText}' is not a payer: use agency or contractor` });

  const parsed = createAssignmentSchema.safeParse({
    contractorId: ID_TO_BE_FOUND,
    newJobCategory: { jobCodeId: ID_TO_BE_FOUND, coverageTypes: coverageTypes ?? [], workState: workState ?? '' },
    clientEntity: text(cells, 'client_entity'),
    jobName: text(cells, 'job_name'),
    description: text(cells, 'description'),
    effectiveDate: effectiveDate ?? '',
    endDate: endDate ?? '',
    wageCents: wageCents ?? 0,
    payer,
    poNumber: orNull(text(cells, 'po_number')),
  });
  if (!parsed.success) {
    const reported = new Set(problems.map((problem) => problem.column));
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      const column = importColumnOfAssignmentField(field);
      // A cell already reported (empty, or not a date or an amount) is not reported twice.
      if (column && !reported.has(column)) {
        problems.push({ line, column, message: issue.message });
        reported.add(column);
      }
    }
  }
  if (!parsed.success || problems.length > 0 || !coverageTypes || !workState) return null;
  const { clientEntity, jobName, description, wageCents: wage, poNumber } = parsed.data;
  return {
    jobCode,
    coverageTypes,
    workState,
    clientEntity,
    jobName,
    description,
    effectiveDate: parsed.data.effectiveDate,
    endDate: parsed.data.endDate,
    wageCents: wage,
    payer: parsed.data.payer,
    facility: orNull(text(cells, 'facility')),
    poNumber,
  };
}

/** One data row of the file (at `line`) as a contractor and, when it has assignment columns, their assignment; or every problem of the row. */
export function parseContractorImportRow(line: number, cells: Cells): ParsedImportRow {
  const problems: ImportProblem[] = [];
  const parsed = createContractorSchema.safeParse({
    firstName: text(cells, 'first_name'),
    lastName: text(cells, 'last_name'),
    email: text(cells, 'email'),
    phone: orNull(text(cells, 'phone')),
    addressLine1: orNull(text(cells, 'address_line1')),
    city: orNull(text(cells, 'city')),
    state: orNull(text(cells, 'state')),
    postalCode: orNull(text(cells, 'postal_code')),
    workState: orNull(text(cells, 'work_state')),
    externalId: orNull(text(cells, 'external_id')),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = CONTRACTOR_COLUMN_OF_FIELD[String(issue.path[0])];
      if (!column) continue;
      const value = text(cells, column);
      problems.push({ line, column, message: value === '' ? issue.message : contractorMessage(column, value, issue.message) });
    }
  }
  const hasAssignment = ASSIGNMENT_COLUMNS.some((column) => text(cells, column) !== '');
  const assignment = hasAssignment ? parseAssignment(line, cells, problems) : null;
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, contractor: parsed.data, assignment };
}

/** Who a row names: the same key twice in one file is one contractor written twice. */
export function contractorImportKey(contractor: Pick<ImportedContractor, 'externalId' | 'email'>): string {
  return contractor.externalId !== null ? `external_id:${contractor.externalId}` : `email:${contractor.email.toLowerCase()}`;
}
