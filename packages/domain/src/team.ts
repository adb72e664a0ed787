// Who may be removed from an agency's team. A team never locks itself out: nobody removes
// themselves, and the last active member stays (the agency would have no one left to sign in).
export type TeamMemberStatus = 'INVITED' | 'ACTIVE' | 'DISABLED';

/** How long a password-reset link works. */
export const PASSWORD_RESET_MINUTES = 30;

export type TeamMemberRemovalRefusal = 'SELF' | 'NOT_JOINED' | 'ALREADY_REMOVED' | 'LAST_ACTIVE_MEMBER';

export const TEAM_MEMBER_REMOVAL_MESSAGES: Record<TeamMemberRemovalRefusal, string> = {
  SELF: 'You cannot remove yourself.',
  NOT_JOINED: 'This person has not joined yet: revoke their invitation instead.',
  ALREADY_REMOVED: 'This person was already removed.',
  LAST_ACTIVE_MEMBER: 'You cannot remove the last active member of the team.',
};

/**
 * Why `removerId` may not remove `member` from a team with `activeMemberCount` active members
 * (the member included when active), or null when they may.
 */
export function teamMemberRemovalRefusal(input: {
  removerId: string;
  member: { id: string; status: TeamMemberStatus };
  activeMemberCount: number;
}): TeamMemberRemovalRefusal | null {
  if (input.member.id === input.removerId) return 'SELF';
  if (input.member.status === 'INVITED') return 'NOT_JOINED';
  if (input.member.status === 'DISABLED') return 'ALREADY_REMOVED';
  if (input.activeMemberCount <= 1) return 'LAST_ACTIVE_MEMBER';
  return null;
}

/** Whether an invitation can still be resent or revoked: only while the person has not joined. */
export function invitationIsPending(status: TeamMemberStatus): boolean {
  return status === 'INVITED';
}
