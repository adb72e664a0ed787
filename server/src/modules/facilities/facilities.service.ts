// Facilities and their Compliance Hub users: an agency adds and edits its facilities; an agency or a
// facility user grants access by email.
import { emailSchema, facilityInputSchema, facilityUpdateSchema, type FacilityInput, type FacilityUpdate } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import type { Scope, ScopedTransaction } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { isUniqueViolation } from '../../db/errors.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeTextCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput, parseSearch } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { facilityAccessMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { issueMagicLink } from '../auth/magic-link.service.js';
import { viewerProfile } from '../viewer/viewer.service.js';
import { spendMailQuota } from '../../mail/sending-quota.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { FacilityDetailsRow, FacilityRow, FacilityTeamRow } from './facilities.store.js';

/** An invitation's sign-in link lasts longer than a requested one: people read invitations later. */
export const FACILITY_INVITATION_LINK_DAYS = 3;
const MAX_FACILITIES_PER_INVITATION = 50;

/** A facility the scope reaches; NOT_FOUND otherwise, exactly as for one that does not exist. */
export async function requireVisibleFacility(scope: Scope, facilityId: string): Promise<FacilityRow> {
  const facility = await scope.stores.facilities.byId(facilityId);
  if (!facility) throw notFound('Facility');
  return facility;
}

/** For a facility user, the facilities they may see; for an agency, its facilities; nobody else has any. */
export function listViewerFacilities(access: Access) {
  return scopeIfAllowed(access, 'facility:read')?.stores.facilities.list() ?? [];
}

/** listViewerFacilities a page at a time, by name, with an optional search of the name. */
export async function pageViewerFacilities(access: Access, args: { first?: number | null; after?: string | null; search?: string | null }) {
  const limit = pageSize(args.first);
  const after = decodeTextCursor(args.after, 2);
  const query = { search: parseSearch(args.search, 'search') };
  const scope = scopeIfAllowed(access, 'facility:read');
  const [rows, totalCount] = scope ? await Promise.all([scope.stores.facilities.page(query, { after, limit }), scope.stores.facilities.count(query)]) : [[], 0];
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.name, row.id]), totalCount };
}

export function inviteFacilityUser(access: Access, input: { facilityId: string; email: string }): Promise<boolean> {
  return grantFacilityAccess(access, { email: input.email, facilityIds: [input.facilityId] });
}

/**
 * Gives a person Compliance Hub access to facilities the viewer may see (a facility user may share
 * only their own), and mails them one sign-in link naming all of them. Access that was revoked is
 * given back; access they already have is left as it is.
 */
export async function grantFacilityAccess(access: Access, input: { email: string; facilityIds: string[] }): Promise<boolean> {
  const scope = authorize(access, 'facility-access:grant');
  const { email } = parseInput(z.object({ email: emailSchema }), { email: input.email });
  const facilityIds = [...new Set(input.facilityIds)];
  if (facilityIds.length === 0) throw badUserInput('facilityIds', 'Choose at least one facility.');
  if (facilityIds.length > MAX_FACILITIES_PER_INVITATION) throw badUserInput('facilityIds', `Choose at most ${MAX_FACILITIES_PER_INVITATION} facilities.`);
  const chosen = await Promise.all(facilityIds.map((facilityId) => requireVisibleFacility(scope, facilityId)));
  const inviterName = await inviterNameOf(access);
  await scope.transaction((tx) => grantAndInvite(tx, access.deps, { email, facilities: chosen, inviterName }));
  return true;
}

async function inviterNameOf(access: Access): Promise<string> {
  return (await viewerProfile(access))?.name ?? 'Your colleague';
}

/**
 * Inside the caller's transaction: gives the person with `email` access to `facilities` (creating the
 * facility user when there is none), records each grant, and queues one email with a sign-in link.
 */
async function grantAndInvite(tx: ScopedTransaction, deps: ServerDependencies, input: { email: string; facilities: readonly FacilityRow[]; inviterName: string }) {
  const { email, facilities: chosen } = input;
  const [first] = chosen;
  if (first) await spendMailQuota(tx, { kind: 'invitation', agencyId: first.agencyId, now: deps.now() });
  const user = await tx.stores.facilities.userByEmail(email);
  for (const facility of chosen) {
    await tx.stores.facilities.grant(facility, user.id, { type: tx.scope.actor.actorType, id: tx.scope.actor.actorId, at: deps.now() });
    await recordAudit(tx, { action: 'facility_grant.create', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { email } });
  }
  const url = await issueMagicLink(tx.db, deps, user.id, FACILITY_INVITATION_LINK_DAYS * 24 * 60);
  await enqueueMail(tx.db, {
    to: user.email,
    agencyId: chosen[0]?.agencyId ?? null,
    ...facilityAccessMail({ facilityNames: chosen.map((facility) => facility.name), inviterName: input.inviterName, url, expiresInDays: FACILITY_INVITATION_LINK_DAYS }),
  });
}

const duplicateName = (name: string) => badUserInput('name', `You already have a facility named ${name}.`, 'FACILITY_NAME_TAKEN');

/**
 * Refuses a name another of the agency's facilities has (in any case); `self` is the facility being
 * renamed. Holds the name's lock from here to the end of the transaction, so a racing write of it waits and then sees this one.
 */
async function checkNameFree(tx: ScopedTransaction, name: string, self?: { id: string }) {
  await tx.stores.facilities.lockName(tx.scope.agencyId, name);
  const taken = await tx.stores.facilities.byName(tx.scope.agencyId, name, self);
  if (taken) throw duplicateName(taken.name);
}

/** The same refusal from the unique index, for a writer of the table that took no name lock (the demo loader, a script). */
async function refusingTakenName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'facilities_agency_name_key')) throw duplicateName(name);
    throw error;
  }
}

/**
 * Adds a facility to the agency. With a contact email, that person is given Compliance Hub access
 * to it and emailed a sign-in link, in the same transaction.
 */
export async function createFacility(access: Access, input: FacilityInput): Promise<FacilityRow> {
  const scope = authorize(access, 'facility:create');
  const details = parseInput(facilityInputSchema, input);
  const inviterName = await inviterNameOf(access);
  return scope.transaction(async (tx) => {
    await checkNameFree(tx, details.name);
    const facility = await refusingTakenName(details.name, () => tx.stores.facilities.create({ agencyId: scope.agencyId, ...details, createdAt: access.deps.now() }));
    await recordAudit(tx, { action: 'facility.create', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { ...details } });
    if (details.contactEmail) await grantAndInvite(tx, access.deps, { email: details.contactEmail, facilities: [facility], inviterName });
    return facility;
  });
}

/** The fields of an edit that differ from what is saved, each with its old and new value. */
function changedDetails(facility: FacilityRow, update: FacilityUpdate) {
  const changes: { [Field in keyof FacilityDetailsRow]?: { from: FacilityDetailsRow[Field]; to: FacilityDetailsRow[Field] } } = {};
  for (const field of Object.keys(update) as (keyof FacilityDetailsRow)[]) {
    const value = update[field];
    if (value !== undefined && value !== facility[field]) Object.assign(changes, { [field]: { from: facility[field], to: value } });
  }
  return changes;
}

/**
 * Changes a facility's name, address or contact (the fields given; null clears one). A new contact
 * email gives that person Hub access and emails them a link; the previous contact keeps their
 * access until someone revokes it (they may still work there), and clearing the contact revokes nothing.
 */
export async function updateFacility(access: Access, facilityId: string, input: FacilityInput): Promise<FacilityRow> {
  const scope = authorize(access, 'facility:update');
  const update = parseInput(facilityUpdateSchema, input);
  const inviterName = await inviterNameOf(access);
  return scope.transaction(async (tx) => {
    const facility = isUuid(facilityId) ? await tx.stores.facilities.lock({ agencyId: scope.agencyId, id: facilityId.toLowerCase() }) : null;
    if (!facility) throw notFound('Facility');
    const changes = changedDetails(facility, update);
    if (Object.keys(changes).length === 0) return facility;
    // A change of case only ("mercy" → "Mercy") is the same facility's name.
    if (changes.name && changes.name.to.toLowerCase() !== facility.name.toLowerCase()) await checkNameFree(tx, changes.name.to, facility);
    const values = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])) as Partial<FacilityDetailsRow>;
    const updated = await refusingTakenName(update.name, () => tx.stores.facilities.update(facility, values));
    await recordAudit(tx, { action: 'facility.update', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { changes } });
    const newContact = changes.contactEmail?.to;
    if (newContact) await grantAndInvite(tx, access.deps, { email: newContact, facilities: [updated], inviterName });
    return updated;
  });
}

/** The people with access to a facility the viewer may see, by email, a page at a time. */
export async function listFacilityTeam(access: Access, args: { facilityId: string; first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'facility-team:read');
  const limit = pageSize(args.first);
  const after = decodeTextCursor(args.after, 2);
  const facility = await requireVisibleFacility(scope, args.facilityId);
  const [rows, totalCount] = await Promise.all([scope.stores.facilities.teamPage(facility, { after, limit }), scope.stores.facilities.teamCount(facility)]);
  return { ...toConnection(presentTeam(access, rows), limit, (member) => member, (member) => [member.email.toLowerCase(), member.id]), totalCount };
}

/** A facility's team as a field of the facility (the agency's Facilities page); empty for a viewer who may not see teams. */
export async function facilityTeamOf(access: Access, facility: FacilityRow) {
  const scope = scopeIfAllowed(access, 'facility-team:read');
  return scope ? presentTeam(access, await scope.stores.facilities.team(facility)) : [];
}

function presentTeam(access: Access, rows: FacilityTeamRow[]) {
  const viewerId = access.viewer.kind === 'FACILITY_USER' ? access.viewer.facilityUserId : null;
  return rows.map((row) => ({ ...row, isViewer: row.id === viewerId }));
}

/** Takes a person's access to one facility away; their other facilities stay. Nobody removes their own. */
export async function revokeFacilityAccess(access: Access, input: { facilityId: string; facilityUserId: string }): Promise<boolean> {
  const scope = authorize(access, 'facility-access:revoke');
  const facility = await requireVisibleFacility(scope, input.facilityId);
  if (access.viewer.kind === 'FACILITY_USER' && access.viewer.facilityUserId === input.facilityUserId) {
    throw badUserInput('facilityUserId', 'You cannot remove your own access. Ask a colleague or your staffing partner.');
  }
  if (!isUuid(input.facilityUserId)) throw notFound('Facility user');
  await scope.transaction(async (tx) => {
    if (!(await tx.stores.facilities.revoke(facility, input.facilityUserId, access.deps.now()))) throw notFound('Facility user');
    await recordAudit(tx, { action: 'facility_grant.revoke', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { facilityUserId: input.facilityUserId } });
  });
  // The grants this process keeps with their sessions are read again on their next request.
  access.deps.signedInSessions.forget({ principalId: input.facilityUserId });
  return true;
}

/** Lets (or stops) the facility's Compliance Hub users download all their certificates as one ZIP. Agencies only. */
export async function setFacilityBulkDownload(access: Access, input: { facilityId: string; enabled: boolean }) {
  const scope = authorize(access, 'facility:configure');
  const facility = await requireVisibleFacility(scope, input.facilityId);
  return scope.transaction(async (tx) => {
    const updated = await tx.stores.facilities.setBulkDownload(facility, input.enabled);
    if (!updated) throw notFound('Facility');
    const action = input.enabled ? 'facility.bulk_download_enable' : 'facility.bulk_download_disable';
    await recordAudit(tx, { action, agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: {} });
    return updated;
  });
}
