// Audit reconciliation in the Compliance Hub: an auditor's schedule of payments (CSV) previewed,
// validated as a whole, and matched to the facility's certificates; the result is kept for its CSV and
// audit-packet downloads. Also "cleared to work": was a contractor covered here on a given day.
// Everything is reached through a facility the viewer may see, so the agency scope comes with it.
import { z } from 'zod';
import {
  auditPeriod,
  clearedToWork,
  isoDateSchema,
  parsePaymentRow,
  PAYMENT_COLUMNS,
  payeeTotals,
  reconcilePayments,
  keptReconciledPayment,
  suggestPaymentColumnMapping,
  todayInTimeZone,
  type ClassRate,
  type CoverageType,
  type FacilityCoverage,
  type MatchedCertificate,
  type PaymentCells,
  type PaymentColumn,
  type SchedulePayment,
} from '@coverline/domain';
import type { Access, AccessOpener } from '../../access/access.js';
import { authorize, firstFoundInScope } from '../../access/policy.js';
import type { Scope } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeTimeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { readCsv, type CsvFile } from '../../csv/read-csv.js';
import { recordAudit } from '../audit/audit.js';
import { certificateDownloadUrl } from '../certificates/certificate-presentation.js';
import type { FacilityRow } from '../facilities/facilities.store.js';
import { requireVisibleFacility } from '../facilities/facilities.service.js';
import { toZipEntry, type BulkCertificateEntry } from '../facility-assignments/facility-assignments.service.js';
import type { StoredReconciliation } from './audit-reconciliation.store.js';
import type { ClearedToWork, CoveringCertificate, PaymentColumnMappingInput, PaymentReconciliation, PaymentSchedulePreview } from './audit-reconciliation.types.js';

export const MAX_SCHEDULE_BYTES = 2 * 1024 * 1024;
export const MAX_SCHEDULE_ROWS = 5_000;
const PREVIEW_ROWS = 5;

// ---------------------------------------------------------------- reading the file

type Schedule = CsvFile;

/** The header row and the data rows of a schedule, each with the line it starts on; any problem with the file as a whole is BAD_USER_INPUT on `csv`. */
function readSchedule(csv: string): Schedule {
  if (Buffer.byteLength(csv, 'utf8') > MAX_SCHEDULE_BYTES) throw badUserInput('csv', 'The file is larger than 2 MB: split the schedule into smaller files.');
  const { headers, rows } = readCsv(csv, 'csv');
  if (rows.length > MAX_SCHEDULE_ROWS) {
    throw badUserInput('csv', `The file has ${rows.length.toLocaleString('en-US')} rows; split it into schedules of at most ${MAX_SCHEDULE_ROWS.toLocaleString('en-US')}.`);
  }
  const duplicate = headers.find((name, index) => name !== '' && headers.indexOf(name) !== index);
  if (duplicate !== undefined) throw badUserInput('csv', `The file has two columns named "${duplicate}": rename one so each column can be chosen.`);
  return { headers, rows };
}

type ColumnIndexes = Partial<Record<PaymentColumn, number>>;

/** Where each mapped field is in the rows; a mapping that names no column of the file, or lacks a field, is BAD_USER_INPUT on that field. */
function columnIndexes(mapping: PaymentColumnMappingInput, headers: readonly string[]): ColumnIndexes {
  const indexes: ColumnIndexes = {};
  for (const column of PAYMENT_COLUMNS) {
    const header = mapping[column]?.trim();
    if (!header) continue;
    const index = headers.indexOf(header);
    if (index === -1) throw badUserInput(`mapping.${column}`, `The file has no column "${header}".`);
    indexes[column] = index;
  }
  if (indexes.paymentDate === undefined) throw badUserInput('mapping.paymentDate', 'Choose the column that holds the payment date.');
  if (indexes.amount === undefined) throw badUserInput('mapping.amount', 'Choose the column that holds the amount.');
  if (indexes.contractorName === undefined && indexes.legalName === undefined && indexes.email === undefined) {
    throw badUserInput('mapping.contractorName', "Choose the column of the contractor's name, legal name or email (or several).");
  }
  if ((indexes.workFrom === undefined) !== (indexes.workTo === undefined)) {
    const missing = indexes.workFrom === undefined ? 'workFrom' : 'workTo';
    throw badUserInput(`mapping.${missing}`, `Choose the column of the work period's ${missing === 'workFrom' ? 'start' : 'end'} too, or neither.`);
  }
  return indexes;
}

/** Every row as a payment, or BAD_USER_INPUT on `csv` naming every problem of every row by line and column. */
function schedulePayments(schedule: Schedule, indexes: ColumnIndexes): SchedulePayment[] {
  if (schedule.rows.length === 0) throw badUserInput('csv', 'The file has no payments after its header row.');
  const headerOf = (column: PaymentColumn) => {
    const index = indexes[column];
    return index === undefined ? column : (schedule.headers[index] ?? column);
  };
  const payments: SchedulePayment[] = [];
  const problems: string[] = [];
  for (const row of schedule.rows) {
    const cells: PaymentCells = {};
    for (const column of PAYMENT_COLUMNS) {
      const index = indexes[column];
      if (index !== undefined) cells[column] = row.cells[index] ?? '';
    }
    const parsed = parsePaymentRow(row.line, cells);
    if (parsed.ok) payments.push(parsed.payment);
    else for (const problem of parsed.problems) problems.push(`line ${row.line}, column ${headerOf(problem.column)}: ${problem.message}`);
  }
  if (problems.length > 0) {
    throw badUserInput('csv', `Nothing was saved: fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} and upload the file again.\n${problems.join('\n')}`);
  }
  return payments;
}

// ---------------------------------------------------------------- the facility's certificates

/** Every certificate issued for the facility's assignments, valid or voided, as the domain matches them. */
async function facilityCoverages(scope: Scope, facility: FacilityRow): Promise<FacilityCoverage[]> {
  const rows = await scope.stores.facilityAssignments.coverages(facility);
  return rows.map(({ firstName, lastName, coverageTypes, wcClassCode, glClassCode, voidedAt, ...row }) => ({
    ...row,
    contractorName: `${firstName} ${lastName}`,
    classCodes: Object.fromEntries(coverageTypes.map((type: CoverageType) => [type, type === 'WORKERS_COMPENSATION' ? wcClassCode : glClassCode])),
    // The day in UTC, as the void's timestamp is kept: a note names the day, not the hour.
    voidedOn: voidedAt ? todayInTimeZone('UTC', voidedAt) : null,
  }));
}

/** The class rates of the job codes on the facility's certificates, in every state: an unmatched payment is priced at them. */
async function classRatesOf(scope: Scope, coverages: readonly FacilityCoverage[]): Promise<ClassRate[]> {
  return scope.stores.facilityAssignments.classRates([...new Set(coverages.map((coverage) => coverage.jobCode))]);
}

function coveringCertificate(deps: ServerDependencies, certificate: MatchedCertificate): CoveringCertificate {
  return {
    number: certificate.number,
    downloadUrl: certificateDownloadUrl(deps, certificate.number),
    contractorName: certificate.contractorName,
    effectiveDate: certificate.effectiveDate,
    endDate: certificate.endDate,
    workState: certificate.workState,
  };
}

// ---------------------------------------------------------------- use cases

export async function previewPaymentSchedule(access: Access, args: { facilityId: string; csv: string }): Promise<PaymentSchedulePreview> {
  const scope = authorize(access, 'facility-audit:run');
  await requireVisibleFacility(scope, args.facilityId);
  const { headers, rows } = readSchedule(args.csv);
  const suggested = suggestPaymentColumnMapping(headers);
  return {
    headers,
    suggestedMapping: {
      contractorName: suggested.contractorName ?? null,
      email: suggested.email ?? null,
      paymentDate: suggested.paymentDate ?? null,
      amount: suggested.amount ?? null,
      legalName: suggested.legalName ?? null,
      fein: suggested.fein ?? null,
      workFrom: suggested.workFrom ?? null,
      workTo: suggested.workTo ?? null,
      workState: suggested.workState ?? null,
    },
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
    rowCount: rows.length,
  };
}

export function reconciliationCsvPath(facilityId: string, id: string): string {
  return `/facilities/${encodeURIComponent(facilityId)}/reconciliations/${encodeURIComponent(id)}.csv`;
}

export function reconciliationPacketPath(facilityId: string, id: string): string {
  return `/facilities/${encodeURIComponent(facilityId)}/reconciliations/${encodeURIComponent(id)}/packet.zip`;
}

function reconciliationView(deps: ServerDependencies, stored: StoredReconciliation): PaymentReconciliation {
  const { publicUrl } = deps.config;
  const rows = stored.result.rows.map(keptReconciledPayment);
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    fileName: stored.fileName,
    totals: stored.result.totals,
    period: auditPeriod(rows),
    payees: payeeTotals(rows),
    rows: rows.map(({ certificate, ...row }) => ({ ...row, certificate: certificate ? coveringCertificate(deps, certificate) : null })),
    csvUrl: `${publicUrl}${reconciliationCsvPath(stored.facilityId, stored.id)}`,
    packetUrl: `${publicUrl}${reconciliationPacketPath(stored.facilityId, stored.id)}`,
  };
}

const fileNameSchema = z.object({ fileName: z.string().trim().max(255, { error: 'Use a file name of at most 255 characters' }).nullish() });

/**
 * Checks the whole file before anything else, so a schedule with one bad row stores nothing; then
 * matches it against the facility's certificates and keeps the result with its audit record.
 */
export async function reconcileFacilityPayments(
  access: Access,
  args: { facilityId: string; csv: string; mapping: PaymentColumnMappingInput; fileName?: string | null },
): Promise<PaymentReconciliation> {
  const scope = authorize(access, 'facility-audit:run');
  const { deps, viewer } = access;
  const facility = await requireVisibleFacility(scope, args.facilityId);
  const schedule = readSchedule(args.csv);
  const payments = schedulePayments(schedule, columnIndexes(args.mapping, schedule.headers));
  const fileName = parseInput(fileNameSchema, { fileName: args.fileName }).fileName || null;
  const coverages = await facilityCoverages(scope, facility);
  const result = reconcilePayments(payments, coverages, await classRatesOf(scope, coverages));
  const quota = deps.config.reconciliationsPerFacility;
  const stored = await scope.transaction(async (tx) => {
    const row = await tx.stores.auditReconciliations.insertWithinQuota(
      {
        agencyId: facility.agencyId,
        facilityId: facility.id,
        createdByFacilityUserId: viewer.kind === 'FACILITY_USER' ? viewer.facilityUserId : null,
        createdByTeamMemberId: viewer.kind === 'AGENCY_MEMBER' ? viewer.teamMemberId : null,
        fileName,
        result,
        createdAt: deps.now(),
      },
      quota,
    );
    if (!row) {
      throw badUserInput(
        'facilityId',
        `This facility keeps ${quota.toLocaleString('en-US')} reconciliations, the most it may: nothing was kept. Download the results you need and ask Coverline support to make room.`,
        'RECONCILIATION_QUOTA_REACHED',
      );
    }
    await recordAudit(tx, {
      action: 'audit_reconciliation.create',
      agencyId: facility.agencyId,
      targetType: 'audit_reconciliation',
      targetId: row.id,
      data: { facilityId: facility.id, fileName, totals: result.totals },
    });
    return row;
  });
  return reconciliationView(deps, stored);
}

/** The reconciliations kept for a facility the viewer may see, newest first, a page at a time; NOT_FOUND for any other facility. */
export async function listFacilityReconciliations(access: Access, args: { facilityId: string; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'facility-audit:download');
  const limit = pageSize(args.first, 25);
  const after = decodeTimeCursor(args.after);
  const facility = await requireVisibleFacility(scope, args.facilityId);
  const [rows, totalCount] = await Promise.all([scope.stores.auditReconciliations.pageOfFacility(facility, { after, limit }), scope.stores.auditReconciliations.countOfFacility(facility)]);
  return { ...toConnection(rows, limit, (row) => reconciliationView(access.deps, row), (row) => [row.cursorAt, row.id]), totalCount };
}

const clearanceSchema = z.object({
  contractor: z.string().trim().min(1, { error: "Enter the contractor's name or email" }).max(320, { error: 'Use at most 320 characters' }),
  date: isoDateSchema,
});

export async function checkClearedToWork(access: Access, args: { facilityId: string; contractor: string; date: string }): Promise<ClearedToWork> {
  const scope = authorize(access, 'facility-clearance:check');
  const facility = await requireVisibleFacility(scope, args.facilityId);
  const { contractor, date } = parseInput(clearanceSchema, { contractor: args.contractor, date: args.date });
  const answer = clearedToWork(contractor, date, await facilityCoverages(scope, facility));
  return { ...answer, certificate: answer.certificate ? coveringCertificate(access.deps, answer.certificate) : null };
}

// ---------------------------------------------------------------- downloads

/** A stored reconciliation ready to download: the facility it was run for, and the scope that reads its certificates. */
export type ReconciliationDownload = { facility: FacilityRow; reconciliation: StoredReconciliation; scope: Scope; access: Access };

/**
 * A stored reconciliation with its facility, for the first of the request's viewers whose scope reaches
 * the facility, when it was run for that facility; NOT_FOUND otherwise, whichever part failed, so an id
 * from elsewhere reveals nothing.
 */
export async function findFacilityReconciliation(accesses: readonly AccessOpener[], facilityId: string, id: string): Promise<ReconciliationDownload> {
  const download =
    isUuid(id) &&
    (await firstFoundInScope(accesses, 'facility-audit:download', async (scope, access) => {
      const facility = await scope.stores.facilities.byId(facilityId);
      const reconciliation = facility ? await scope.stores.auditReconciliations.ofFacility(facility, id) : null;
      return facility && reconciliation ? { facility, reconciliation, scope, access } : null;
    }));
  if (!download) throw notFound('Reconciliation');
  return download;
}

/** The certificates a reconciliation matched, once each, in the order of the rows: numbers, names and sizes only; each PDF is read when zipped. */
export async function matchedCertificateEntries(download: ReconciliationDownload): Promise<(BulkCertificateEntry & { number: string })[]> {
  const { reconciliation, scope } = download;
  const numbers = [...new Set(reconciliation.result.rows.flatMap((row) => (row.certificate ? [row.certificate.number] : [])))];
  // Whatever their status now: the packet proves what the report says was in force when it was run.
  const rows = await scope.stores.facilityAssignments.zipEntriesOf(reconciliation.agencyId, numbers);
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  return numbers.flatMap((number) => {
    const row = byNumber.get(number);
    return row ? [{ ...toZipEntry(row, 'certificates/'), number }] : [];
  });
}
