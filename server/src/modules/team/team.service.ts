// An agency's team: listing it, inviting members (an email with a set-password link), resending or
// revoking an invitation not yet accepted, and removing a member (who is signed out at once).
// Managing the team is for signed-in members only: an API key could otherwise invite a login for
// whoever holds it, or remove the people who could revoke it.
import { emailSchema, invitationIsPending, TEAM_MEMBER_REMOVAL_MESSAGES, teamMemberRemovalRefusal } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import type { ScopedTransaction } from '../../access/scope.js';
import { SYSTEM_ACTOR } from '../../access/viewer.js';
import { spendMailQuota } from '../../mail/sending-quota.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, forbidden, notFound } from '../../graphql/errors.js';
import { decodeTextCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { enqueueMail } from '../../mail/outbox.js';
import { teamInvitationElsewhereMail, teamInvitationMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { generateToken } from '../auth/tokens.js';
import type { TeamMemberRow } from './team.store.js';
import type { TeamMember } from './team.types.js';

export const TEAM_INVITATION_DAYS = 7;

/** The member the viewer is, if a signed-in member (an API key is nobody on the team). */
function viewerMemberId(access: Access): string | null {
  return access.viewer.kind === 'AGENCY_MEMBER' ? access.viewer.teamMemberId : null;
}

/** The members as the team page shows them, with what the viewer may do to each. */
function presentMembers(access: Access, rows: readonly TeamMemberRow[], activeMemberCount: number): TeamMember[] {
  const removerId = viewerMemberId(access);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status,
    invitedAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
    viewerCanRemove: removerId !== null && teamMemberRemovalRefusal({ removerId, member: row, activeMemberCount }) === null,
    viewerCanManageInvitation: removerId !== null && invitationIsPending(row.status),
  }));
}

export async function listTeamMembers(access: Access): Promise<TeamMember[]> {
  const rows = await authorize(access, 'team:read').stores.team.list();
  return presentMembers(access, rows, rows.filter((row) => row.status === 'ACTIVE').length);
}

/** A page of the team by email. */
export async function pageTeamMembers(access: Access, args: { first?: number | null; after?: string | null }) {
  const { stores } = authorize(access, 'team:read');
  const limit = pageSize(args.first);
  const after = decodeTextCursor(args.after, 2);
  const [rows, counts] = await Promise.all([stores.team.list({ after, limit }), stores.team.counts()]);
  return { ...toConnection(presentMembers(access, rows, counts.active), limit, (member) => member, (member) => [member.email, member.id]), totalCount: counts.total };
}

/**
 * Invites an address to the agency's team. One address signs in for one agency, but the answer never
 * says that another agency has it: an address taken elsewhere gets the same answer as a fresh one,
 * and its owner (not the inviter) an email saying why no invitation came. An invitation left
 * unanswered past its expiry does not keep the address from another agency.
 */
export async function inviteTeamMember(access: Access, input: { email: string }): Promise<boolean> {
  const scope = authorize(access, 'team:invite');
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  const { deps } = access;
  await access.scopeFor({ kind: 'SYSTEM' }, SYSTEM_ACTOR).transaction(async (tx) => {
    const freed = await tx.stores.team.releaseUnansweredInvitation(email, { exceptAgencyId: scope.agencyId, now: deps.now() });
    // The agency that had invited the address sees its expired invitation removed, not by whom or why.
    if (freed) await recordAudit(tx, { action: 'team_member.invite_expire', agencyId: freed.agencyId, targetType: 'team_member', targetId: freed.id, data: { email: freed.email } });
  });
  await scope.transaction(async (tx) => {
    await spendMailQuota(tx, { kind: 'invitation', agencyId: scope.agencyId, now: deps.now() });
    await sendTeamInvitation(tx, deps, { agencyId: scope.agencyId, email }, { takenElsewhere: 'tell-the-address' });
  });
  return true;
}

const TAKEN_ELSEWHERE = 'This email already has a Coverline sign-in.';

/**
 * Creates (or refreshes) an INVITED member and mails the set-password link; used by operators and
 * members. An address another agency has is refused (the operator may know) or, for an agency's own
 * invitation, told to the address alone: the agency keeps a pending invitation like any other, which
 * it may resend or revoke, but that can never be accepted while the address signs in elsewhere.
 */
export async function sendTeamInvitation(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  input: { agencyId: string; email: string },
  options: { takenElsewhere: TakenElsewhere } = { takenElsewhere: 'refuse' },
): Promise<void> {
  const { team } = tx.stores;
  const holder = await team.loginEmail(input.email);
  if (holder && holder.agencyId !== input.agencyId && options.takenElsewhere === 'refuse') throw badUserInput('email', TAKEN_ELSEWHERE);
  const existing = await team.byEmail(input.agencyId, input.email);
  if (existing?.status === 'ACTIVE') throw badUserInput('email', 'This person is already on your team.');
  if (existing?.status === 'DISABLED') throw badUserInput('email', 'This person was removed from your team.');
  const inviter = await actingMember(tx);
  const member = existing ?? (await team.addInvited({ agencyId: input.agencyId, email: input.email, invitedById: inviter?.id ?? null, createdAt: deps.now() }));
  await mailInvitation(tx, deps, member, inviter, options.takenElsewhere);
  await recordAudit(tx, { action: 'team_member.invite', agencyId: input.agencyId, targetType: 'team_member', targetId: member.id, data: { email: input.email } });
}

type TakenElsewhere = 'refuse' | 'tell-the-address';

/**
 * The set-password link, when the member's address signs in for their agency (or can now: it is
 * claimed here, which a concurrent invitation elsewhere may win); else the address alone is told
 * that it signs in for another agency, or the operator is refused.
 */
async function mailInvitation(tx: ScopedTransaction, deps: ServerDependencies, member: TeamMemberRow, inviter: TeamMemberRow | null, takenElsewhere: TakenElsewhere): Promise<void> {
  if (await tx.stores.team.claimLoginEmail(member, deps.now())) return mailInvitationLink(tx, deps, member, inviter);
  if (takenElsewhere === 'refuse') throw badUserInput('email', TAKEN_ELSEWHERE);
  const agency = await tx.stores.agencies.byId(member.agencyId);
  await enqueueMail(tx.db, {
    to: member.email,
    agencyId: member.agencyId,
    ...teamInvitationElsewhereMail({ agencyName: agency?.name ?? 'An agency', inviterName: inviter ? (inviter.name ?? inviter.email) : null }),
  });
}

function actingMember(tx: ScopedTransaction): Promise<TeamMemberRow | null> {
  const { actor } = tx.scope;
  return actor.actorType === 'AGENCY_MEMBER' && actor.actorId ? tx.stores.team.byId(actor.actorId) : Promise.resolve(null);
}

/** A new set-password link for an invited member (the earlier one stops working), mailed to them. */
async function mailInvitationLink(tx: ScopedTransaction, deps: ServerDependencies, member: TeamMemberRow, inviter: TeamMemberRow | null): Promise<void> {
  const { token, hash } = generateToken();
  await tx.stores.team.replaceMemberLink('TEAM_INVITATION', member, {
    hash,
    createdAt: deps.now(),
    expiresAt: new Date(deps.now().getTime() + TEAM_INVITATION_DAYS * 86_400_000),
  });
  const agency = await tx.stores.agencies.byId(member.agencyId);
  const url = `${deps.config.publicUrl}/agency/accept-invite?token=${encodeURIComponent(token)}`;
  await enqueueMail(tx.db, {
    to: member.email,
    agencyId: member.agencyId,
    ...teamInvitationMail({ agencyName: agency?.name ?? 'your agency', inviterName: inviter ? (inviter.name ?? inviter.email) : null, url, expiresInDays: TEAM_INVITATION_DAYS }),
  });
}

/** The agency's member `id` names; NOT_FOUND for anyone else's (or no one's), exactly alike. */
async function memberOfAgency(tx: ScopedTransaction, agencyId: string, id: string): Promise<TeamMemberRow> {
  const member = await tx.stores.team.byId(id);
  if (!member || member.agencyId !== agencyId) throw notFound('Team member');
  return member;
}

const ALREADY_JOINED = 'This person has already joined: there is no invitation to change.';

export async function resendTeamInvitation(access: Access, id: string): Promise<boolean> {
  const scope = authorize(access, 'team:manage');
  await scope.transaction(async (tx) => {
    const member = await memberOfAgency(tx, scope.agencyId, id);
    await spendMailQuota(tx, { kind: 'invitation', agencyId: scope.agencyId, now: access.deps.now() });
    // The old link is revoked before the member row is locked, the order an acceptance takes (token,
    // then member): a resend racing an acceptance either ends the link first or finds them joined.
    await tx.stores.team.revokeMemberLinks(member, access.deps.now(), 'TEAM_INVITATION');
    const invited = await tx.stores.team.lockInvited(member);
    if (!invited) throw badUserInput('id', ALREADY_JOINED);
    await mailInvitation(tx, access.deps, invited, await actingMember(tx), 'tell-the-address');
    await recordAudit(tx, { action: 'team_member.invite_resend', agencyId: scope.agencyId, targetType: 'team_member', targetId: member.id, data: { email: member.email } });
  });
  return true;
}

export async function revokeTeamInvitation(access: Access, id: string): Promise<boolean> {
  const scope = authorize(access, 'team:manage');
  await scope.transaction(async (tx) => {
    const member = await memberOfAgency(tx, scope.agencyId, id);
    // Token first, then the member, as an acceptance does; an acceptance that won leaves no INVITED row to delete.
    await tx.stores.team.revokeMemberLinks(member, access.deps.now());
    if (!(await tx.stores.team.deleteInvited(member))) throw badUserInput('id', ALREADY_JOINED);
    await recordAudit(tx, { action: 'team_member.invite_revoke', agencyId: scope.agencyId, targetType: 'team_member', targetId: member.id, data: { email: member.email } });
  });
  return true;
}

export async function removeTeamMember(access: Access, id: string): Promise<boolean> {
  const scope = authorize(access, 'team:manage');
  const removerId = viewerMemberId(access);
  if (!removerId) throw forbidden();
  const removed = await scope.transaction(async (tx) => {
    const member = await memberOfAgency(tx, scope.agencyId, id);
    // Counted under the lock: of two concurrent removals of the last two active members, one waits and then sees one left.
    const active = await tx.stores.team.lockActiveMembers(scope.agencyId);
    // Read before the lock, the member was active; missing from the locked set, a concurrent removal got there first.
    const isActive = active.some((row) => row.id === member.id);
    const status = isActive ? 'ACTIVE' : member.status === 'ACTIVE' ? 'DISABLED' : member.status;
    const refusal = teamMemberRemovalRefusal({ removerId, member: { id: member.id, status }, activeMemberCount: active.length });
    if (refusal) throw badUserInput('id', TEAM_MEMBER_REMOVAL_MESSAGES[refusal]);
    if (!(await tx.stores.team.disable(member))) throw badUserInput('id', TEAM_MEMBER_REMOVAL_MESSAGES.ALREADY_REMOVED);
    await tx.stores.team.revokeMemberLinks(member, access.deps.now());
    await recordAudit(tx, { action: 'team_member.remove', agencyId: scope.agencyId, targetType: 'team_member', targetId: member.id, data: { email: member.email } });
    return member;
  });
  // Their sessions ended with the transaction (a trigger): this process stops honouring them now.
  access.deps.signedInSessions.forget({ principalId: removed.id });
  return true;
}
