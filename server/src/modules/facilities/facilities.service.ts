// Facilities and their Compliance Hub users: an agency or a facility user grants access by email.
import { emailSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import type { Scope } from '../../access/scope.js';
import { isUuid } from '../../access/store.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { facilityAccessMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { issueMagicLink } from '../auth/magic-link.service.js';
import { viewerProfile } from '../viewer/viewer.service.js';
import type { FacilityRow } from './facilities.store.js';

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
  const inviter = await viewerProfile(access);
  const { deps } = access;
  await scope.transaction(async (tx) => {
    const user = await tx.stores.facilities.userByEmail(email);
    for (const facility of chosen) {
      await tx.stores.facilities.grant(facility, user.id, { type: scope.actor.actorType, id: scope.actor.actorId, at: deps.now() });
      await recordAudit(tx, { action: 'facility_grant.create', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { email } });
    }
    const url = await issueMagicLink(tx.db, deps, user.id, FACILITY_INVITATION_LINK_DAYS * 24 * 60);
    await enqueueMail(tx.db, {
      to: user.email,
      agencyId: chosen[0]?.agencyId ?? null,
      ...facilityAccessMail({ facilityNames: chosen.map((facility) => facility.name), inviterName: inviter?.name ?? 'Your colleague', url, expiresInDays: FACILITY_INVITATION_LINK_DAYS }),
    });
  });
  return true;
}

/** The people with access to a facility the viewer may see, by email. */
export async function listFacilityTeam(access: Access, facilityId: string) {
  const scope = authorize(access, 'facility-team:read');
  const facility = await requireVisibleFacility(scope, facilityId);
  const rows = await scope.stores.facilities.team(facility);
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
  return scope.transaction(async (tx) => {
    if (!(await tx.stores.facilities.revoke(facility, input.facilityUserId, access.deps.now()))) throw notFound('Facility user');
    await recordAudit(tx, { action: 'facility_grant.revoke', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { facilityUserId: input.facilityUserId } });
    return true;
  });
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
