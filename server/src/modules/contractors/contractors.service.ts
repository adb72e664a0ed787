// Contractors of an agency: the filtered, sorted list and its CSV export, one profile, adding,
// editing, archiving and restoring one, their sign-in links, card on file and reminder history.
import {
  DEFAULT_LANGUAGE,
  ASSIGNMENT_STATUS_LABELS,
  assignmentsBlockingArchive,
  boundedCount,
  type BoundedCount,
  CONTRACTOR_COVERAGE_LABELS,
  CONTRACTOR_COVERAGE_STATUSES,
  COUNT_LIMIT,
  createContractorSchema,
  INSURANCE_STATUS_COVERAGE,
  isLanguage,
  isUsStateCode,
  type Language,
  updateContractorSchema,
} from '@coverline/domain';
import { z } from 'zod';
import type { Access, AccessOpener } from '../../access/access.js';
import { authorize, firstFoundInScope, scopeIfAllowed } from '../../access/policy.js';
import type { Scope, ScopedTransaction } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput, parseSearch } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { isUniqueViolation } from '../../db/errors.js';
import { contractorLinkUrl, issueContractorLink } from '../auth/contractor-link.service.js';
import { findAssignment, type PresentedAssignment } from '../assignments/assignments.service.js';
import type { AssignmentRow } from '../assignments/assignments.store.js';
import type { JobCategoryRow } from '../job-categories/job-categories.store.js';
import { toSavedPaymentMethod } from '../payments/payment-methods.js';
import { cursorOf, type ContractorChanges, type ContractorCursor, type ContractorOrder, type ContractorQuery, type ContractorRow } from './contractors.store.js';
import { MAX_AWAITING_OPT_IN_DAYS, type ContractorFilter, type ContractorOrder as ContractorOrderInput, type CreateContractorInput, type UpdateContractorInput } from './contractors.types.js';

/** The filter as the store takes it: checked (a state code, a job code id, a search of bounded length), and the insurance status as the coverage statuses it stands for. */
function contractorQuery(filter: ContractorFilter | null | undefined, now: Date): ContractorQuery {
  const query: ContractorQuery = { archived: filter?.archived ?? false };
  if (!filter) return query;
  if (filter.state) {
    const state = filter.state.trim().toUpperCase();
    if (!isUsStateCode(state)) throw badUserInput('filter.state', 'Must be a US state or DC (two-letter code).');
    query.workState = state;
  }
  if (filter.jobCodeId) {
    if (!isUuid(filter.jobCodeId)) throw badUserInput('filter.jobCodeId', 'Choose a job code from the catalogue.');
    query.jobCodeId = filter.jobCodeId.toLowerCase();
  }
  const statusSets = [
    filter.insuranceStatus ? INSURANCE_STATUS_COVERAGE[filter.insuranceStatus] : null,
    filter.coverageStatus?.length ? filter.coverageStatus : null,
  ].filter((set) => set !== null);
  if (statusSets.length > 0) query.coverageStatuses = CONTRACTOR_COVERAGE_STATUSES.filter((status) => statusSets.every((set) => set.includes(status)));
  const search = parseSearch(filter.search, 'filter.search');
  if (search) query.search = search;
  const days = filter.awaitingOptInForDays;
  if (days != null) {
    if (!Number.isSafeInteger(days) || days < 0 || days > MAX_AWAITING_OPT_IN_DAYS) {
      throw badUserInput('filter.awaitingOptInForDays', `Choose a whole number of days from 0 to ${MAX_AWAITING_OPT_IN_DAYS}.`);
    }
    query.optInRequestedBefore = new Date(now.getTime() - days * 86_400_000);
  }
  return query;
}

function contractorOrder(orderBy: ContractorOrderInput | null | undefined): ContractorOrder {
  return { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' };
}

const orderTag = (order: ContractorOrder) => `${order.field}:${order.direction}`;

function encodeContractorCursor(order: ContractorOrder, row: ContractorRow): (string | number)[] {
  const cursor = cursorOf(order, row);
  // A missing work state is '' in the cursor: no state code is empty.
  return [orderTag(order), cursor.sortValue ?? '', cursor.lastName, cursor.firstName, cursor.id];
}

function sortValueFits(order: ContractorOrder, sortValue: string): boolean {
  switch (order.field) {
    case 'NAME':
      return sortValue === '';
    case 'COVERAGE_STATUS':
      return CONTRACTOR_COVERAGE_STATUSES.some((status) => status === sortValue);
    case 'WORK_STATE':
      return sortValue === '' || isUsStateCode(sortValue);
  }
}

/** A cursor of this order (one of another order, or of nothing we made, is refused). */
function decodeContractorCursor(order: ContractorOrder, cursor: string | null | undefined): ContractorCursor | null {
  const key = decodeCursor(cursor, 5);
  if (!key) return null;
  const [tag, sortValue, lastName, firstName, id] = key;
  if (tag === orderTag(order) && typeof sortValue === 'string' && sortValueFits(order, sortValue) && typeof lastName === 'string' && typeof firstName === 'string' && isUuid(id)) {
    return { sortValue: sortValue === '' ? null : sortValue, lastName, firstName, id };
  }
  throw invalidCursor();
}

type ContractorListArgs = { filter?: ContractorFilter | null; orderBy?: ContractorOrderInput | null; first?: number | null; after?: string | null };

/** A page of contractors, and their total, counted only when the answer asks for it (once for totalCount and totalCountIsExact). */
export type ContractorPage = ReturnType<typeof toConnection<ContractorRow, ContractorRow>> & { total: () => Promise<BoundedCount> };

/**
 * `totalSelected`: the answer asks for the total, which the first page of a search then counts in
 * the same statement (firstSearchPageWithTotal).
 */
export async function listContractors(access: Access, args: ContractorListArgs, { totalSelected }: { totalSelected: boolean }): Promise<ContractorPage> {
  const scope = authorize(access, 'contractor:read');
  const limit = pageSize(args.first);
  const query = contractorQuery(args.filter, scope.now());
  const order = contractorOrder(args.orderBy);
  const after = decodeContractorCursor(order, args.after);
  const { search } = query;
  let total: Promise<BoundedCount> | undefined;
  let rows: ContractorRow[];
  if (totalSelected && search !== undefined && after === null) {
    const page = await scope.stores.contractors.firstSearchPageWithTotal({ ...query, search }, order, limit);
    rows = page.rows;
    total = Promise.resolve(boundedCount(page.total));
  } else {
    rows = await scope.stores.contractors.list(query, order, { after, limit });
  }
  const countTotal = () => (total ??= scope.stores.contractors.countUpTo(query, COUNT_LIMIT + 1).then(boundedCount));
  return { ...toConnection(rows, limit, (row) => row, (row) => encodeContractorCursor(order, row)), total: countTotal };
}

const EXPORT_PAGE_SIZE = 500;

const oneOf = <const T extends readonly string[]>(values: T, message: string) => z.enum(values, { message });
const optionalText = z.string().optional();

/** The export link's query string: the list's filter and order, by the same names (several coverage statuses comma-separated). */
const exportParametersSchema = z.object({
  state: optionalText,
  jobCodeId: optionalText,
  search: optionalText,
  insuranceStatus: oneOf(['COVERED', 'PENDING', 'NOT_COVERED'], 'Must be COVERED, PENDING or NOT_COVERED.').optional(),
  coverageStatus: z
    .string()
    .optional()
    .transform((list) => (list ? list.split(',').filter(Boolean) : undefined))
    .pipe(z.array(oneOf(CONTRACTOR_COVERAGE_STATUSES, `Must be among ${CONTRACTOR_COVERAGE_STATUSES.join(', ')}.`)).optional()),
  archived: oneOf(['true', 'false'], 'Must be true or false.').optional().transform((value) => value === 'true'),
  awaitingOptInForDays: z.coerce.number({ message: 'Must be a whole number of days.' }).int('Must be a whole number of days.').optional(),
  orderBy: oneOf(['NAME', 'COVERAGE_STATUS', 'WORK_STATE'], 'Must be NAME, COVERAGE_STATUS or WORK_STATE.').default('NAME'),
  direction: oneOf(['ASC', 'DESC'], 'Must be ASC or DESC.').default('ASC'),
});

/** One contractor as a line of the export, with their current assignment and its job category. */
export type ContractorExportRow = { contractor: ContractorRow; assignment: AssignmentRow | null; category: JobCategoryRow | null };

/**
 * The filtered, sorted list for a CSV download, for the first of the request's viewers allowed to
 * export: pages of rows read one after another (each page's assignments and categories in one batch
 * each), so a large agency streams without being held in memory. Bad filters are refused before the
 * first row.
 */
export async function exportContractors(accesses: readonly AccessOpener[], parameters: Record<string, unknown>): Promise<AsyncIterable<ContractorExportRow[]>> {
  const scope = await firstFoundInScope(accesses, 'contractor:export', async (allowed) => allowed);
  if (!scope) throw notFound('Contractors');
  const { orderBy, direction, ...filter } = parseInput(exportParametersSchema, parameters);
  return exportPages(scope, contractorQuery(filter, scope.now()), contractorOrder({ field: orderBy, direction }));
}

async function* exportPages(scope: Scope, query: ContractorQuery, order: ContractorOrder): AsyncIterable<ContractorExportRow[]> {
  const { stores } = scope;
  let after: ContractorCursor | null = null;
  for (;;) {
    const rows = await stores.contractors.list(query, order, { after, limit: EXPORT_PAGE_SIZE });
    const page = rows.slice(0, EXPORT_PAGE_SIZE);
    const assignments = await Promise.all(page.map((row) => (row.currentAssignmentId ? stores.assignments.byId(row.currentAssignmentId) : null)));
    const categories = await Promise.all(assignments.map((assignment) => (assignment ? stores.jobCategories.byId(assignment.jobCategoryId) : null)));
    yield page.map((contractor, i) => ({ contractor, assignment: assignments[i] ?? null, category: categories[i] ?? null }));
    const last = page.at(-1);
    if (rows.length <= EXPORT_PAGE_SIZE || !last) return;
    after = cursorOf(order, last);
  }
}

export function contractorCoverageLabel(contractor: ContractorRow): string {
  return CONTRACTOR_COVERAGE_LABELS[contractor.coverageStatus];
}

/** The assignment the contractor's coverage status comes from, through the assignments' by-id loader (one batch for a page). */
export async function contractorCurrentAssignment(access: Access, contractor: ContractorRow): Promise<PresentedAssignment | null> {
  if (!contractor.currentAssignmentId) return null;
  return findAssignment(access, contractor.currentAssignmentId);
}

export function findAgencyContractor(access: Access, contractorId: string) {
  return authorize(access, 'contractor:read').stores.contractors.byId(contractorId);
}

/** Refuses an external id another of the agency's contractors has. */
async function checkExternalIdFree(tx: ScopedTransaction, externalId: string | null | undefined, self?: { id: string }) {
  if (!externalId) return;
  const taken = await tx.stores.contractors.byExternalId(externalId);
  if (taken && taken.id !== self?.id) throw badUserInput('externalId', `${taken.firstName} ${taken.lastName} already has this external id.`, 'EXTERNAL_ID_TAKEN');
}

/** The same refusal when a concurrent write took the external id between the check and the write. */
async function refusingTakenExternalId<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'contractors_external_id_key')) throw badUserInput('externalId', 'Another contractor has just been given this external id.', 'EXTERNAL_ID_TAKEN');
    throw error;
  }
}

export async function createContractor(access: Access, input: CreateContractorInput) {
  const scope = authorize(access, 'contractor:create');
  const data = parseInput(createContractorSchema, input);
  const { now } = access.deps;
  return scope.transaction(async (tx) => {
    await checkExternalIdFree(tx, data.externalId);
    const contractor = await refusingTakenExternalId(() => tx.stores.contractors.create({ agencyId: scope.agencyId, ...data, createdAt: now(), updatedAt: now() }));
    await recordAudit(tx, { action: 'contractor.create', agencyId: scope.agencyId, targetType: 'contractor', targetId: contractor.id });
    return contractor;
  });
}

/** The required fields take no null: a cleared one is checked as empty, so the message says what to enter. */
function withRequiredFieldsAsText(input: UpdateContractorInput): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...input };
  for (const field of ['firstName', 'lastName', 'email'] as const) if (fields[field] === null) fields[field] = '';
  return fields;
}

/** Changes any of a contractor's details; the audit record names each changed field with its old and new value. */
export async function updateContractor(access: Access, contractorId: string, input: UpdateContractorInput): Promise<ContractorRow> {
  const scope = authorize(access, 'contractor:update');
  const data = parseInput(updateContractorSchema, withRequiredFieldsAsText(input));
  const { now } = access.deps;
  return scope.transaction(async (tx) => {
    const contractor = isUuid(contractorId) ? await tx.stores.contractors.lock({ agencyId: scope.agencyId, id: contractorId }, 'update') : null;
    if (!contractor) throw notFound('Contractor');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, value] of Object.entries(data) as [keyof typeof data, unknown][]) {
      if (value !== undefined && value !== contractor[field]) changes[field] = { from: contractor[field], to: value };
    }
    if (Object.keys(changes).length === 0) return contractor;
    if ('externalId' in changes) await checkExternalIdFree(tx, data.externalId, contractor);
    const values = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])) as ContractorChanges;
    const updated = await refusingTakenExternalId(() => tx.stores.contractors.update(contractor, { ...values, updatedAt: now() }));
    await recordAudit(tx, { action: 'contractor.update', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { changes } });
    return updated;
  });
}

/**
 * Archives a contractor: off the default list, and no new assignments. Refused while one of their
 * assignments is still under way (named in the message). The contractor is locked first, so an
 * assignment added meanwhile is seen, and two racing calls archive once (the second finds it done).
 */
export async function archiveContractor(access: Access, contractorId: string): Promise<ContractorRow> {
  const scope = authorize(access, 'contractor:archive');
  const { now } = access.deps;
  return scope.transaction(async (tx) => {
    const contractor = isUuid(contractorId) ? await tx.stores.contractors.lock({ agencyId: scope.agencyId, id: contractorId }, 'update') : null;
    if (!contractor) throw notFound('Contractor');
    const blocking = assignmentsBlockingArchive(await tx.stores.assignments.forContractor(contractor.id));
    const first = blocking[0];
    if (first) {
      const others = blocking.length > 1 ? ` and ${blocking.length - 1} more` : '';
      throw badUserInput(
        'id',
        `${contractor.firstName} ${contractor.lastName} still has an assignment under way: ${first.jobName} (${ASSIGNMENT_STATUS_LABELS[first.status].toLowerCase()})${others}. Cancel it or let it end first.`,
        'CONTRACTOR_HAS_ASSIGNMENT_UNDER_WAY',
      );
    }
    const archived = await tx.stores.contractors.setArchived(contractor, now(), now());
    if (!archived) return contractor;
    await recordAudit(tx, { action: 'contractor.archive', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id });
    return archived;
  });
}

/** Brings an archived contractor back to the list; restoring one who is not archived changes nothing. */
export async function restoreContractor(access: Access, contractorId: string): Promise<ContractorRow> {
  const scope = authorize(access, 'contractor:archive');
  const { now } = access.deps;
  return scope.transaction(async (tx) => {
    const contractor = isUuid(contractorId) ? await tx.stores.contractors.lock({ agencyId: scope.agencyId, id: contractorId }, 'update') : null;
    if (!contractor) throw notFound('Contractor');
    const restored = await tx.stores.contractors.setArchived(contractor, null, now());
    if (!restored) return contractor;
    await recordAudit(tx, { action: 'contractor.restore', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id });
    return restored;
  });
}

/**
 * The signed-in contractor chooses the language of their app and of their emails. The scope of a
 * contractor is theirs alone, so the row changed is always their own.
 */
export async function setContractorLanguage(access: Access, language: Language): Promise<ContractorRow> {
  const scope = authorize(access, 'contractor-self:update');
  const viewer = access.viewer;
  if (viewer.kind !== 'CONTRACTOR') throw notFound('Contractor');
  if (!isLanguage(language)) throw badUserInput('language', 'Choose English (EN) or Spanish (ES).');
  return scope.transaction(async (tx) => {
    const own = { agencyId: viewer.agencyId, id: viewer.contractorId };
    const updated = await tx.stores.contractors.update(own, { preferredLanguage: language, languageChosenAt: access.deps.now(), updatedAt: access.deps.now() });
    await recordAudit(tx, { action: 'contractor.set_language', agencyId: own.agencyId, targetType: 'contractor', targetId: own.id, data: { language } });
    return updated;
  });
}

/** Whether a rep may send a reminder now: the contractor has something to confirm and is not archived. */
export async function contractorCanBeReminded(access: Access, contractor: ContractorRow): Promise<boolean> {
  const scope = scopeIfAllowed(access, 'contractor:remind');
  return scope !== null && contractor.archivedAt === null && (await scope.stores.optIns.hasOpen(contractor.id));
}

/** The card on file of a contractor who pays (brand, last 4, expiry as the provider gave them). */
export async function contractorPaymentMethod(access: Access, contractor: { agencyId: string; id: string }) {
  const row = await authorize(access, 'contractor:read').stores.payments.currentMethodOf(contractor.id);
  return row ? toSavedPaymentMethod(row) : null;
}

/** Every reminder the contractor was sent, newest first, with who sent it. */
export async function listContractorReminders(access: Access, contractor: { id: string }) {
  const rows = await authorize(access, 'reminder:read').stores.optInReminders.ofContractor(contractor.id);
  return rows.map((row) => ({
    id: row.id,
    sentAt: row.sentAt,
    kind: row.kind,
    scheduleDay: row.scheduleDay,
    sentByType: row.sentByType,
    sentByName: row.kind === 'AUTOMATIC' ? null : (row.memberName ?? row.memberEmail ?? row.apiKeyName),
  }));
}

/** The opt-ins the contractor signed, newest first, each with the version and language of its terms. */
export async function listSignedOptIns(access: Access, contractor: { agencyId: string; id: string }) {
  const rows = await authorize(access, 'signed-opt-in:read').stores.optIns.ofContractor(contractor);
  return rows.flatMap((row) =>
    row.status === 'COMPLETED' && row.completedAt && row.signatureName
      ? [{
          id: row.id,
          signedAt: row.completedAt,
          signatureName: row.signatureName,
          termsVersion: row.termsVersion,
          // Migration 0013 recorded every opt-in signed before languages were as English.
          termsLanguage: row.termsLanguage ?? DEFAULT_LANGUAGE,
        }]
      : [],
  ).sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime());
}

/** The contractor's current personal link, for the agency to share; null for anyone else. */
export async function contractorOptInUrl(access: Access, contractor: { id: string }): Promise<string | null> {
  const scope = scopeIfAllowed(access, 'contractor-link:read');
  const link = scope && (await scope.stores.contractorLinks.currentFor(contractor.id));
  return link ? contractorLinkUrl(access.deps, link.id) : null;
}

/** Revokes the contractor's links (and the sessions they opened); one with an open opt-in gets a new link at once. */
export async function revokeContractorLinks(access: Access, contractorId: string): Promise<number> {
  const scope = authorize(access, 'contractor-link:revoke');
  const contractor = await scope.stores.contractors.byId(contractorId);
  if (!contractor) throw notFound('Contractor');
  const count = await scope.transaction(async (tx) => {
    const count = await tx.stores.contractorLinks.revokeAll(contractor, access.deps.now());
    // Someone with something to confirm always has a working link: the revoked one is replaced.
    const open = await tx.stores.optIns.openFor(contractor);
    if (open) await issueContractorLink(tx, access.deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId: open.id });
    await recordAudit(tx, { action: 'contractor.revoke_links', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { count } });
    return count;
  });
  access.deps.signedInSessions.forget({ principalId: contractor.id });
  return count;
}
