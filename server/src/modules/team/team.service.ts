// An agency's team: inviting members (an email with a set-password link) and listing them.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { emailSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { agencies, authTokens, teamMembers } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import type { AgencyViewer, Viewer } from '../../graphql/viewer.js';
import { enqueueMail } from '../../mail/outbox.js';
import { teamInvitationMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { generateToken } from '../auth/tokens.js';

export const TEAM_INVITATION_DAYS = 7;

export async function listTeamMembers(ctx: Context, viewer: AgencyViewer) {
  return ctx.deps.db.select().from(teamMembers).where(eq(teamMembers.agencyId, viewer.agencyId)).orderBy(asc(teamMembers.email));
}

export async function inviteTeamMember(ctx: Context, viewer: AgencyViewer, input: { email: string }): Promise<boolean> {
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  await ctx.deps.db.transaction(async (tx) => {
    await sendTeamInvitation(tx, ctx.deps, { viewer, ip: ctx.ip }, { agencyId: viewer.agencyId, email });
  });
  return true;
}

/** Creates (or refreshes) an INVITED member and mails the set-password link; used by operators and members. */
export async function sendTeamInvitation(
  tx: Executor,
  deps: ServerDependencies,
  by: { viewer: Viewer; ip: string | null },
  input: { agencyId: string; email: string },
): Promise<void> {
  const existing = await tx.query.teamMembers.findFirst({ where: sql`lower(${teamMembers.email}) = ${input.email}` });
  if (existing && existing.agencyId !== input.agencyId) throw badUserInput('email', 'This email already has a Coverline sign-in.');
  if (existing?.status === 'ACTIVE') throw badUserInput('email', 'This person is already on your team.');
  if (existing?.status === 'DISABLED') throw badUserInput('email', 'This person was removed from your team.');
  const inviterId = by.viewer.kind === 'AGENCY_MEMBER' ? by.viewer.teamMemberId : null;
  const member =
    existing ??
    (await tx
      .insert(teamMembers)
      .values({ agencyId: input.agencyId, email: input.email, status: 'INVITED', invitedById: inviterId, createdAt: deps.now() })
      .returning()
      .then((rows) => rows[0]));
  if (!member) throw new Error('team member insert returned nothing');
  // A new invitation replaces the previous links.
  await tx
    .update(authTokens)
    .set({ revokedAt: deps.now() })
    .where(and(eq(authTokens.agencyId, input.agencyId), eq(authTokens.teamMemberId, member.id), isNull(authTokens.usedAt), isNull(authTokens.revokedAt)));
  const { token, hash } = generateToken();
  await tx.insert(authTokens).values({
    tokenHash: hash,
    purpose: 'TEAM_INVITATION',
    agencyId: input.agencyId,
    teamMemberId: member.id,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + TEAM_INVITATION_DAYS * 86_400_000),
  });
  const agency = await tx.query.agencies.findFirst({ where: eq(agencies.id, input.agencyId) });
  const url = `${deps.config.publicUrl}/agency/accept-invite?token=${encodeURIComponent(token)}`;
  const inviterName = by.viewer.kind === 'AGENCY_MEMBER' ? by.viewer.name : null;
  await enqueueMail(tx, {
    to: input.email,
    agencyId: input.agencyId,
    ...teamInvitationMail({ agencyName: agency?.name ?? 'your agency', inviterName, url, expiresInDays: TEAM_INVITATION_DAYS }),
  });
  await recordAudit(tx, by, { action: 'team_member.invite', agencyId: input.agencyId, targetType: 'team_member', targetId: member.id, data: { email: input.email } });
}
