// Contractors of an agency: the filtered list, one profile, adding, editing, archiving and restoring
// one, their sign-in links, card on file and reminder history.
import { ASSIGNMENT_STATUS_LABELS, assignmentsBlockingArchive, createContractorSchema, isUsStateCode, updateContractorSchema } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import type { ScopedTransaction } from '../../access/scope.js';
import { isUniqueViolation } from '../../db/errors.js';
import { contractorLinkUrl, issueContractorLink } from '../auth/contractor-link.service.js';
import { toSavedPaymentMethod } from '../payments/payment-methods.js';
import type { ContractorChanges, ContractorQuery, ContractorRow } from './contractors.store.js';
import type { ContractorFilter, CreateContractorInput, UpdateContractorInput } from './contractors.types.js';

function contractorQuery(filter: ContractorFilter | null | undefined): ContractorQuery {
  if (!filter) return {};
  const query: ContractorQuery = {};
  if (filter.state) {
    const state = filter.state.trim().toUpperCase();
    if (!isUsStateCode(state)) throw badUserInput('filter.state', 'Must be a US state or DC (two-letter code).');
    query.workState = state;
  }
  if (filter.jobCodeId) {
    if (!isUuid(filter.jobCodeId)) throw badUserInput('filter.jobCodeId', 'Choose a job code from the catalogue.');
    query.jobCodeId = filter.jobCodeId;
  }
  if (filter.insuranceStatus) query.insuranceStatus = filter.insuranceStatus;
  const search = filter.search?.trim();
  if (search) query.search = search;
  return query;
}

function contractorCursor(cursor: string | null | undefined): [string, string, string] | null {
  const key = decodeCursor(cursor, 3);
  if (!key) return null;
  const [lastName, firstName, id] = key;
  if (typeof lastName === 'string' && typeof firstName === 'string' && isUuid(id)) return [lastName, firstName, id];
  throw badUserInput('after', 'This cursor is not valid: start again from the first page.');
}

export async function listContractors(access: Access, args: { filter?: ContractorFilter | null; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'contractor:read');
  const limit = pageSize(args.first);
  const query = contractorQuery(args.filter);
  const after = contractorCursor(args.after);
  const [rows, totalCount] = await Promise.all([scope.stores.contractors.list(query, { after, limit }), scope.stores.contractors.count(query)]);
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.lastName, row.firstName, row.id]), totalCount };
}

export function findAgencyContractor(access: Access, contractorId: string) {
  return authorize(access, 'contractor:read').stores.contractors.byId(contractorId);
}

/** Refuses an external id another of the agency's contractors has. */
async function checkExternalIdFree(tx: ScopedTransaction, externalId: string | null | undefined, self?: { id: string }) {
  if (!externalId) return;
  const taken = await tx.stores.contractors.byExternalId(externalId);
  if (taken && taken.id !== self?.id) throw badUserInput('externalId', `${taken.firstName} ${taken.lastName} already has this external id.`);
}

/** The same refusal when a concurrent write took the external id between the check and the write. */
async function refusingTakenExternalId<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'contractors_external_id_key')) throw badUserInput('externalId', 'Another contractor has just been given this external id.');
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
  return scope.transaction(async (tx) => {
    const count = await tx.stores.contractorLinks.revokeAll(contractor, access.deps.now());
    // Someone with something to confirm always has a working link: the revoked one is replaced.
    const open = await tx.stores.optIns.openFor(contractor);
    if (open) await issueContractorLink(tx, access.deps, { agencyId: contractor.agencyId, contractorId: contractor.id, optInId: open.id });
    await recordAudit(tx, { action: 'contractor.revoke_links', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { count } });
    return count;
  });
}
