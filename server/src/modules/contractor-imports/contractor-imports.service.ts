// Bulk import of contractors ("Bulk Import Contractors"): a CSV file checked row by row with the
// forms' own rules, every problem reported by line and column, and a clean file written in one
// transaction — contractors upserted in batches, each row's assignment created by the same use case
// as the "Add job assignment" form. A dry run is the same transaction rolled back, so it finds every
// problem the import would (a past date, an unknown job code, no rate for a state) and counts the same.
import {
  contractorImportKey,
  importColumnOfAssignmentField,
  importFileTooLargeMessage,
  isRefusalReason,
  mapImportHeaders,
  MAX_CONTRACTOR_IMPORT_BYTES,
  parseContractorImportRow,
  type ContractorImportColumn,
  type ImportedAssignment,
  type ImportedContractor,
  type ImportHeader,
  type ImportProblem,
} from '@coverline/domain';
import { GraphQLError } from 'graphql';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import { readCsv, type CsvFile } from '../../csv/read-csv.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput } from '../../graphql/errors.js';
import { createAssignmentInTransaction } from '../assignments/assignments.service.js';
import { recordAudit } from '../audit/audit.js';
import type { WrittenContractor } from './contractor-imports.store.js';
import type { ContractorImportPreviewRow, ContractorImportResult } from './contractor-imports.types.js';

const PREVIEW_ROWS = 10;

type CheckedRow = { line: number; key: string; contractor: ImportedContractor; assignment: ImportedAssignment | null };

/** The file's rows that read cleanly, and the problems of the others (two rows naming one contractor included). */
function checkRows(file: CsvFile, headers: readonly ImportHeader[]): { rows: CheckedRow[]; problems: ImportProblem[] } {
  const indexes = headers.flatMap((header, index) => (header.column ? [[header.column, index] as const] : []));
  const rows: CheckedRow[] = [];
  const problems: ImportProblem[] = [];
  const lineOfKey = new Map<string, number>();
  for (const { line, cells } of file.rows) {
    const named: Partial<Record<ContractorImportColumn, string>> = {};
    for (const [column, index] of indexes) named[column] = cells[index] ?? '';
    const parsed = parseContractorImportRow(line, named);
    if (!parsed.ok) problems.push(...parsed.problems);
    // Keyed by the cells as written, so a second row of a contractor is reported even while the first has problems of its own.
    const externalId = named.external_id?.trim() || null;
    const email = named.email?.trim() ?? '';
    const key = contractorImportKey({ externalId, email });
    const first = lineOfKey.get(key);
    if (first !== undefined && (externalId !== null || email !== '')) {
      const [column, value] = externalId !== null ? ['external_id', externalId] : ['email', email.toLowerCase()];
      problems.push({ line, column, message: `${column} '${value}' is already on line ${first}: each contractor may be on one row only` });
      continue;
    }
    lineOfKey.set(key, line);
    if (!parsed.ok) continue;
    rows.push({ line, key, ...parsed });
  }
  return { rows, problems };
}

/** Finds a row's job code and facility among the agency's, and creates its assignment; a problem comes back on its column. */
async function createRowAssignment(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  lookups: { jobCodeIds: Map<string, string>; facilityIds: Map<string, string> },
  row: RowWithAssignment,
  contractorId: string,
): Promise<ImportProblem | null> {
  const { jobCode, coverageTypes, workState, facility, ...fields } = row.assignment;
  const jobCodeId = lookups.jobCodeIds.get(jobCode.toLowerCase());
  if (!jobCodeId) return { line: row.line, column: 'job_code', message: `'${jobCode}' is not a job code of the catalogue: use one listed under Job codes` };
  const facilityId = facility === null ? null : lookups.facilityIds.get(facility.toLowerCase());
  if (facilityId === undefined) return { line: row.line, column: 'facility', message: `'${facility}' is not one of your facilities: use its name as Facilities lists it` };
  try {
    await createAssignmentInTransaction(tx, deps, { ...fields, contractorId, facilityId, newJobCategory: { jobCodeId, coverageTypes, workState } });
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : '';
    const reason = isRefusalReason(error.extensions.reason) ? error.extensions.reason : undefined;
    return { line: row.line, column: importColumnOfAssignmentField(field), message: error.message, ...(reason ? { reason } : {}) };
  }
}

type Written = { contractors: Pick<WrittenContractor, 'key' | 'created'>[]; assignmentsCreated: number; problems: ImportProblem[] };

/** Thrown to roll the transaction back (a dry run, or a file with problems) while keeping what it found. */
class RolledBack extends Error {
  constructor(readonly written: Written) {
    super('import rolled back');
  }
}

type RowWithAssignment = CheckedRow & { assignment: ImportedAssignment };

/** Creates each row's assignment for its contractor (`idOfKey`), in file order; the problems of those that cannot be created. */
async function createAssignments(tx: ScopedTransaction, deps: ServerDependencies, rows: readonly RowWithAssignment[], idOfKey: ReadonlyMap<string, string>): Promise<ImportProblem[]> {
  const [jobCodes, facilities] = await Promise.all([tx.stores.jobCodes.list(), tx.stores.facilities.ofAgency(tx.scope.agencyId)]);
  const lookups = {
    jobCodeIds: new Map(jobCodes.map((jobCode) => [jobCode.code.toLowerCase(), jobCode.id])),
    facilityIds: new Map(facilities.map((facility) => [facility.name.toLowerCase(), facility.id])),
  };
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const contractorId = idOfKey.get(row.key);
    if (!contractorId) throw new Error(`the import wrote no contractor for line ${row.line}`);
    const problem = await createRowAssignment(tx, deps, lookups, row, contractorId);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Writes the rows' contractors and assignments in `tx`; `rolledBack` says the transaction will not commit. */
async function writeRows(tx: ScopedTransaction, deps: ServerDependencies, rows: readonly CheckedRow[], options: { rolledBack: boolean }): Promise<Written> {
  const { contractorImports } = tx.stores;
  const agencyId = tx.scope.agencyId;
  const withAssignment = rows.filter((row): row is RowWithAssignment => row.assignment !== null);
  const contractorRows = rows.map((row) => row.contractor);
  // What will not commit needs to know only who is there already, unless assignments need their contractors written.
  if (options.rolledBack && withAssignment.length === 0) {
    const existing = await contractorImports.existing(agencyId, contractorRows);
    return { contractors: rows.map((row) => ({ key: row.key, created: !existing.has(row.key) })), assignmentsCreated: 0, problems: [] };
  }
  const upserted = await contractorImports.upsert(agencyId, contractorRows, deps.now());
  const createdKeys = new Set(upserted.filter((contractor) => contractor.created).map((contractor) => contractor.key));
  const idOfKey = new Map(upserted.map((contractor) => [contractor.key, contractor.id]));
  // Those the file left as they were are not among the rows written; their assignments need their ids.
  const unchanged = withAssignment.filter((row) => !idOfKey.has(row.key));
  if (unchanged.length > 0) {
    for (const [key, id] of await contractorImports.existing(agencyId, unchanged.map((row) => row.contractor))) idOfKey.set(key, id);
  }
  const problems = withAssignment.length > 0 ? await createAssignments(tx, deps, withAssignment, idOfKey) : [];
  return {
    contractors: rows.map((row) => ({ key: row.key, created: createdKeys.has(row.key) })),
    assignmentsCreated: withAssignment.length - problems.length,
    problems,
  };
}

/** The problems sorted as a person reads the file, each naming the column by the header the file uses. */
function reported(problems: ImportProblem[], headers: readonly ImportHeader[]): ImportProblem[] {
  const headerOf = new Map(headers.flatMap((header) => (header.column ? [[header.column as string, header.header] as const] : [])));
  const order = new Map(headers.map((header, index) => [header.header, index]));
  return problems
    .map((problem) => ({ ...problem, column: problem.column === null ? null : (headerOf.get(problem.column) ?? problem.column) }))
    .sort((a, b) => a.line - b.line || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1));
}

export async function importContractors(access: Access, args: { csv: string; dryRun: boolean }): Promise<ContractorImportResult> {
  const scope = authorize(access, 'contractor:import');
  const bytes = Buffer.byteLength(args.csv, 'utf8');
  if (bytes > MAX_CONTRACTOR_IMPORT_BYTES) throw badUserInput('csv', importFileTooLargeMessage(bytes));
  const file = readCsv(args.csv, 'csv');
  if (file.rows.length === 0) throw badUserInput('csv', 'The file has no contractors after its header row: add one row per contractor.');
  const { headers, problems: headerProblems } = mapImportHeaders(file.headers);
  const result = (written: Written, checked: CheckedRow[], problems: ImportProblem[]): ContractorImportResult => {
    const errors = reported(problems, headers);
    const clean = errors.length === 0;
    const created = written.contractors.filter((contractor) => contractor.created).length;
    return {
      dryRun: args.dryRun,
      rows: file.rows.length,
      imported: clean ? written.contractors.length : 0,
      created: clean ? created : 0,
      updated: clean ? written.contractors.length - created : 0,
      assignmentsCreated: clean ? written.assignmentsCreated : 0,
      errors,
      columns: headers,
      preview: preview(checked, written.contractors),
    };
  };
  const nothing: Written = { contractors: [], assignmentsCreated: 0, problems: [] };
  // Without its name and email columns no row can be read: the header's problems are all there is to say.
  if (headerProblems.some((problem) => problem.column === null)) return result(nothing, [], headerProblems);

  const { rows, problems: rowProblems } = checkRows(file, headers);
  const problems = [...headerProblems, ...rowProblems];
  if (rows.length === 0) return result(nothing, [], problems);
  const { deps } = access;
  // A dry run, or a file with problems, is checked to the end and then rolled back.
  const rolledBack = args.dryRun || problems.length > 0;
  try {
    const written = await scope.transaction(async (tx) => {
      // Two imports of one agency (the same file twice, say) run one after the other: the second sees the first's contractors.
      await tx.stores.contractorImports.lockAgency(scope.agencyId);
      const outcome = await writeRows(tx, deps, rows, { rolledBack });
      if (rolledBack || outcome.problems.length > 0) throw new RolledBack(outcome);
      const { contractors } = outcome;
      const counts = { rows: rows.length, created: contractors.filter((c) => c.created).length, updated: contractors.filter((c) => !c.created).length, assignmentsCreated: outcome.assignmentsCreated };
      await recordAudit(tx, { action: 'contractor.import', agencyId: scope.agencyId, targetType: 'contractor', targetId: null, data: counts });
      return outcome;
    });
    return result(written, rows, problems);
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return result(error.written, rows, [...problems, ...error.written.problems]);
  }
}

function preview(rows: readonly CheckedRow[], written: Written['contractors']): ContractorImportPreviewRow[] {
  const createdKeys = new Set(written.filter((contractor) => contractor.created).map((contractor) => contractor.key));
  return rows.slice(0, PREVIEW_ROWS).map(({ line, key, contractor, assignment }) => ({
    line,
    action: createdKeys.has(key) ? 'CREATE' : 'UPDATE',
    firstName: contractor.firstName,
    lastName: contractor.lastName,
    email: contractor.email,
    externalId: contractor.externalId,
    workState: contractor.workState,
    assignmentJobName: assignment?.jobName ?? null,
  }));
}
