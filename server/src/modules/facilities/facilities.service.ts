// Facilities and their Compliance Hub users: an agency or a facility user grants access by email.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { emailSchema } from '@coverline/domain';
import { z } from 'zod';
import { facilities, facilityGrants, facilityUsers } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { SignedInViewer, Viewer } from '../../graphql/viewer.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import { facilityAccessMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { issueMagicLink } from '../auth/magic-link.service.js';
import { grantedFacilities } from '../viewer/viewer.service.js';

/** An invitation's sign-in link lasts longer than a requested one: people read invitations later. */
export const FACILITY_INVITATION_LINK_DAYS = 3;

/** The grant that gives this person this facility now (not revoked). */
export function activeFacilityGrant(grant: { agencyId: string; facilityId: string; facilityUserId: string }) {
  return and(
    eq(facilityGrants.agencyId, grant.agencyId),
    eq(facilityGrants.facilityId, grant.facilityId),
    eq(facilityGrants.facilityUserId, grant.facilityUserId),
    isNull(facilityGrants.revokedAt),
  );
}

/** A facility the viewer may see, or null: another agency's facility looks exactly like a missing one. */
export async function findVisibleFacility(deps: ServerDependencies, viewer: Viewer, facilityId: string) {
  if (!z.uuid().safeParse(facilityId).success) return null;
  if (viewer.kind === 'AGENCY_MEMBER' || viewer.kind === 'AGENCY_API_KEY') {
    return (
      (await deps.db.query.facilities.findFirst({ where: and(eq(facilities.agencyId, viewer.agencyId), eq(facilities.id, facilityId)) })) ??
      null
    );
  }
  if (viewer.kind === 'FACILITY_USER') {
    return (await grantedFacilities(deps, viewer.facilityUserId)).find((facility) => facility.id === facilityId) ?? null;
  }
  return null;
}

/** A facility one of a request's viewers may see (a download link carries each app's cookie), or null. */
export async function findFacilityVisibleToAny(deps: ServerDependencies, viewers: readonly Viewer[], facilityId: string) {
  for (const viewer of viewers) {
    const facility = await findVisibleFacility(deps, viewer, facilityId);
    if (facility) return facility;
  }
  return null;
}

/** A facility the viewer may see; NOT_FOUND otherwise, exactly as for one that does not exist. */
export async function requireVisibleFacility(deps: ServerDependencies, viewer: Viewer, facilityId: string) {
  const facility = await findVisibleFacility(deps, viewer, facilityId);
  if (!facility) throw notFound('Facility');
  return facility;
}

export async function inviteFacilityUser(ctx: Context, viewer: SignedInViewer, input: { facilityId: string; email: string }): Promise<boolean> {
  return grantFacilityAccess(ctx, viewer, { email: input.email, facilityIds: [input.facilityId] });
}

const MAX_FACILITIES_PER_INVITATION = 50;

/**
 * Gives a person Compliance Hub access to facilities the viewer may see (a facility user may share
 * only their own), and mails them one sign-in link naming all of them. Access that was revoked is
 * given back; access they already have is left as it is.
 */
export async function grantFacilityAccess(ctx: Context, viewer: SignedInViewer, input: { email: string; facilityIds: string[] }): Promise<boolean> {
  const { email } = parseInput(z.object({ email: emailSchema }), { email: input.email });
  const facilityIds = [...new Set(input.facilityIds)];
  if (facilityIds.length === 0) throw badUserInput('facilityIds', 'Choose at least one facility.');
  if (facilityIds.length > MAX_FACILITIES_PER_INVITATION) throw badUserInput('facilityIds', `Choose at most ${MAX_FACILITIES_PER_INVITATION} facilities.`);
  const { deps } = ctx;
  const found = await Promise.all(facilityIds.map((facilityId) => findVisibleFacility(deps, viewer, facilityId)));
  const chosen = found.filter((facility) => facility !== null);
  if (chosen.length !== facilityIds.length) throw notFound('Facility');
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`insert into facility_users (email) values (${email}) on conflict ((lower(email))) do nothing`);
    const user = await tx.query.facilityUsers.findFirst({ where: sql`lower(${facilityUsers.email}) = ${email}` });
    if (!user) throw new Error('facility user upsert returned nothing');
    const grantedBy = viewer.kind === 'FACILITY_USER' ? viewer.facilityUserId : viewer.kind === 'AGENCY_MEMBER' ? viewer.teamMemberId : null;
    const grantedByType = viewer.kind === 'AGENCY_API_KEY' ? 'API_KEY' : viewer.kind === 'FACILITY_USER' ? 'FACILITY_USER' : 'AGENCY_MEMBER';
    for (const facility of chosen) {
      await tx
        .insert(facilityGrants)
        .values({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: user.id, grantedByType, grantedById: grantedBy, createdAt: deps.now() })
        .onConflictDoUpdate({
          target: [facilityGrants.agencyId, facilityGrants.facilityId, facilityGrants.facilityUserId],
          set: { revokedAt: null, grantedByType, grantedById: grantedBy },
        });
      await recordAudit(
        tx,
        { viewer, ip: ctx.ip },
        { action: 'facility_grant.create', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { email } },
      );
    }
    const url = await issueMagicLink(tx, deps, user.id, FACILITY_INVITATION_LINK_DAYS * 24 * 60);
    await enqueueMail(tx, {
      to: user.email,
      agencyId: chosen[0]?.agencyId ?? null,
      ...facilityAccessMail({ facilityNames: chosen.map((facility) => facility.name), inviterName: viewer.name, url, expiresInDays: FACILITY_INVITATION_LINK_DAYS }),
    });
  });
  return true;
}

/** The people with access to a facility the viewer may see, by email. */
export async function listFacilityTeam(ctx: Context, viewer: SignedInViewer, facilityId: string) {
  const facility = await requireVisibleFacility(ctx.deps, viewer, facilityId);
  const rows = await ctx.deps.db
    .select({ id: facilityUsers.id, email: facilityUsers.email, name: facilityUsers.name, lastSignInAt: facilityUsers.lastSignInAt, grantedAt: facilityGrants.createdAt })
    .from(facilityGrants)
    .innerJoin(facilityUsers, eq(facilityUsers.id, facilityGrants.facilityUserId))
    .where(and(eq(facilityGrants.agencyId, facility.agencyId), eq(facilityGrants.facilityId, facility.id), isNull(facilityGrants.revokedAt)))
    .orderBy(asc(sql`lower(${facilityUsers.email})`));
  const viewerId = viewer.kind === 'FACILITY_USER' ? viewer.facilityUserId : null;
  return rows.map((row) => ({ ...row, isViewer: row.id === viewerId }));
}

/** Takes a person's access to one facility away; their other facilities stay. Nobody removes their own. */
export async function revokeFacilityAccess(ctx: Context, viewer: SignedInViewer, input: { facilityId: string; facilityUserId: string }): Promise<boolean> {
  const facility = await requireVisibleFacility(ctx.deps, viewer, input.facilityId);
  if (viewer.kind === 'FACILITY_USER' && viewer.facilityUserId === input.facilityUserId) {
    throw badUserInput('facilityUserId', 'You cannot remove your own access. Ask a colleague or your staffing partner.');
  }
  if (!z.uuid().safeParse(input.facilityUserId).success) throw notFound('Facility user');
  const { deps } = ctx;
  return deps.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(facilityGrants)
      .set({ revokedAt: deps.now() })
      .where(activeFacilityGrant({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: input.facilityUserId }))
      .returning({ facilityUserId: facilityGrants.facilityUserId });
    if (!revoked) throw notFound('Facility user');
    await recordAudit(
      tx,
      { viewer, ip: ctx.ip },
      { action: 'facility_grant.revoke', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { facilityUserId: input.facilityUserId } },
    );
    return true;
  });
}

/** Lets (or stops) the facility's Compliance Hub users download all their certificates as one ZIP. Agencies only. */
export async function setFacilityBulkDownload(ctx: Context, viewer: SignedInViewer, input: { facilityId: string; enabled: boolean }) {
  const facility = await requireVisibleFacility(ctx.deps, viewer, input.facilityId);
  return ctx.deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(facilities)
      .set({ bulkDownloadEnabled: input.enabled })
      .where(and(eq(facilities.agencyId, facility.agencyId), eq(facilities.id, facility.id)))
      .returning();
    if (!updated) throw notFound('Facility');
    await recordAudit(
      tx,
      { viewer, ip: ctx.ip },
      { action: input.enabled ? 'facility.bulk_download_enable' : 'facility.bulk_download_disable', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: {} },
    );
    return updated;
  });
}
