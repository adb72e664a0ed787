// An agency's team: inviting members (an email with a set-password link) and listing them.
import { emailSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput } from '../../graphql/errors.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { teamInvitationMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { generateToken } from '../auth/tokens.js';

export const TEAM_INVITATION_DAYS = 7;

export function listTeamMembers(access: Access) {
  return authorize(access, 'team:read').stores.team.list();
}

export async function inviteTeamMember(access: Access, input: { email: string }): Promise<boolean> {
  const scope = authorize(access, 'team:invite');
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  await scope.transaction((tx) => sendTeamInvitation(tx, access.deps, { agencyId: scope.agencyId, email }));
  return true;
}

/** Creates (or refreshes) an INVITED member and mails the set-password link; used by operators and members. */
export async function sendTeamInvitation(tx: ScopedTransaction, deps: ServerDependencies, input: { agencyId: string; email: string }): Promise<void> {
  const { team, agencies } = tx.stores;
  const taken = await team.loginEmail(input.email);
  if (taken && taken.agencyId !== input.agencyId) throw badUserInput('email', 'This email already has a Coverline sign-in.');
  const existing = taken ? await team.byId(taken.teamMemberId) : null;
  if (existing?.status === 'ACTIVE') throw badUserInput('email', 'This person is already on your team.');
  if (existing?.status === 'DISABLED') throw badUserInput('email', 'This person was removed from your team.');
  const { actor } = tx.scope;
  const inviter = actor.actorType === 'AGENCY_MEMBER' && actor.actorId ? await team.byId(actor.actorId) : null;
  const member = existing ?? (await team.addInvited({ agencyId: input.agencyId, email: input.email, invitedById: inviter?.id ?? null, createdAt: deps.now() }));
  if (!member) throw badUserInput('email', 'This email already has a Coverline sign-in.');
  const { token, hash } = generateToken();
  await team.replaceInvitation(member, { hash, createdAt: deps.now(), expiresAt: new Date(deps.now().getTime() + TEAM_INVITATION_DAYS * 86_400_000) });
  const agency = await agencies.byId(input.agencyId);
  const url = `${deps.config.publicUrl}/agency/accept-invite?token=${encodeURIComponent(token)}`;
  await enqueueMail(tx.db, {
    to: input.email,
    agencyId: input.agencyId,
    ...teamInvitationMail({ agencyName: agency?.name ?? 'your agency', inviterName: inviter ? (inviter.name ?? inviter.email) : null, url, expiresInDays: TEAM_INVITATION_DAYS }),
  });
  await recordAudit(tx, { action: 'team_member.invite', agencyId: input.agencyId, targetType: 'team_member', targetId: member.id, data: { email: input.email } });
}
