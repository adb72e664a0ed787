// Contractors of an agency: the filtered list, one profile, adding one, and their sign-in links.
import { createContractorSchema, isUsStateCode } from '@coverline/domain';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { contractorLinkUrl } from '../auth/contractor-link.service.js';
import type { ContractorQuery } from './contractors.store.js';
import type { ContractorFilter, CreateContractorInput } from './contractors.types.js';

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

export async function createContractor(access: Access, input: CreateContractorInput) {
  const scope = authorize(access, 'contractor:create');
  const data = parseInput(createContractorSchema, input);
  const { now } = access.deps;
  return scope.transaction(async (tx) => {
    if (data.externalId) {
      const taken = await tx.stores.contractors.byExternalId(data.externalId);
      if (taken) throw badUserInput('externalId', `${taken.firstName} ${taken.lastName} already has this external id.`);
    }
    const contractor = await tx.stores.contractors.create({ agencyId: scope.agencyId, ...data, createdAt: now(), updatedAt: now() });
    await recordAudit(tx, { action: 'contractor.create', agencyId: scope.agencyId, targetType: 'contractor', targetId: contractor.id });
    return contractor;
  });
}

/** The contractor's current personal link, for the agency to share; null for anyone else. */
export async function contractorOptInUrl(access: Access, contractor: { id: string }): Promise<string | null> {
  const scope = scopeIfAllowed(access, 'contractor-link:read');
  const link = scope && (await scope.stores.contractorLinks.currentFor(contractor.id));
  return link ? contractorLinkUrl(access.deps, link.id) : null;
}

export async function revokeContractorLinks(access: Access, contractorId: string): Promise<number> {
  const scope = authorize(access, 'contractor-link:revoke');
  const contractor = await scope.stores.contractors.byId(contractorId);
  if (!contractor) throw notFound('Contractor');
  return scope.transaction(async (tx) => {
    const count = await tx.stores.contractorLinks.revokeAll(contractor, access.deps.now());
    await recordAudit(tx, { action: 'contractor.revoke_links', agencyId: contractor.agencyId, targetType: 'contractor', targetId: contractor.id, data: { count } });
    return count;
  });
}
