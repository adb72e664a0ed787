// Facilities and their Compliance Hub users: an agency or a facility user grants access by email.
import { and, eq, sql } from 'drizzle-orm';
import { emailSchema } from '@coverline/domain';
import { z } from 'zod';
import { facilities, facilityGrants, facilityUsers } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
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

export async function inviteFacilityUser(ctx: Context, viewer: SignedInViewer, input: { facilityId: string; email: string }): Promise<boolean> {
  const { email } = parseInput(z.object({ email: emailSchema }), { email: input.email });
  const facility = await findVisibleFacility(ctx.deps, viewer, input.facilityId);
  if (!facility) throw notFound('Facility');
  const { deps } = ctx;
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`insert into facility_users (email) values (${email}) on conflict ((lower(email))) do nothing`);
    const user = await tx.query.facilityUsers.findFirst({ where: sql`lower(${facilityUsers.email}) = ${email}` });
    if (!user) throw new Error('facility user upsert returned nothing');
    const grantedBy = viewer.kind === 'FACILITY_USER' ? viewer.facilityUserId : viewer.kind === 'AGENCY_MEMBER' ? viewer.teamMemberId : null;
    const grantedByType = viewer.kind === 'AGENCY_API_KEY' ? 'API_KEY' : viewer.kind === 'FACILITY_USER' ? 'FACILITY_USER' : 'AGENCY_MEMBER';
    await tx
      .insert(facilityGrants)
      .values({ agencyId: facility.agencyId, facilityId: facility.id, facilityUserId: user.id, grantedByType, grantedById: grantedBy, createdAt: deps.now() })
      .onConflictDoUpdate({
        target: [facilityGrants.agencyId, facilityGrants.facilityId, facilityGrants.facilityUserId],
        set: { revokedAt: null, grantedByType, grantedById: grantedBy },
      });
    const url = await issueMagicLink(tx, deps, user.id, FACILITY_INVITATION_LINK_DAYS * 24 * 60);
    await enqueueMail(tx, {
      to: user.email,
      agencyId: facility.agencyId,
      ...facilityAccessMail({ facilityNames: [facility.name], inviterName: viewer.name, url, expiresInDays: FACILITY_INVITATION_LINK_DAYS }),
    });
    await recordAudit(
      tx,
      { viewer, ip: ctx.ip },
      { action: 'facility_grant.create', agencyId: facility.agencyId, targetType: 'facility', targetId: facility.id, data: { email } },
    );
  });
  return true;
}
