import { describe, expect, it } from 'vitest';
import { invitationIsPending, PASSWORD_RESET_MINUTES, teamMemberRemovalRefusal, TEAM_MEMBER_REMOVAL_MESSAGES, type TeamMemberStatus } from './team';

const remover = 'member-a';

describe('teamMemberRemovalRefusal', () => {
  it('lets a member remove another active member while someone else stays active', () => {
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'ACTIVE' }, activeMemberCount: 2 })).toBeNull();
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'ACTIVE' }, activeMemberCount: 7 })).toBeNull();
  });

  it.each<TeamMemberStatus>(['ACTIVE', 'INVITED', 'DISABLED'])('refuses removing yourself (you are %s)', (status) => {
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: remover, status }, activeMemberCount: 5 })).toBe('SELF');
  });

  it('refuses removing the last active member', () => {
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'ACTIVE' }, activeMemberCount: 1 })).toBe('LAST_ACTIVE_MEMBER');
    // The remover was removed meanwhile (a race): the member may be the only active one left, or none is.
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'ACTIVE' }, activeMemberCount: 0 })).toBe('LAST_ACTIVE_MEMBER');
  });

  it('sends an invited person to revoking their invitation', () => {
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'INVITED' }, activeMemberCount: 3 })).toBe('NOT_JOINED');
  });

  it('refuses removing someone already removed', () => {
    expect(teamMemberRemovalRefusal({ removerId: remover, member: { id: 'member-b', status: 'DISABLED' }, activeMemberCount: 3 })).toBe('ALREADY_REMOVED');
  });

  it('has a message for every refusal', () => {
    expect(Object.keys(TEAM_MEMBER_REMOVAL_MESSAGES).sort()).toEqual(['ALREADY_REMOVED', 'LAST_ACTIVE_MEMBER', 'NOT_JOINED', 'SELF']);
    expect(TEAM_MEMBER_REMOVAL_MESSAGES.SELF).toBe('You cannot remove yourself.');
  });
});

describe('invitationIsPending', () => {
  it.each<[TeamMemberStatus, boolean]>([
    ['INVITED', true],
    ['ACTIVE', false],
    ['DISABLED', false],
  ])('%s → %s', (status, pending) => {
    expect(invitationIsPending(status)).toBe(pending);
  });
});

describe('PASSWORD_RESET_MINUTES', () => {
  it('is half an hour', () => {
    expect(PASSWORD_RESET_MINUTES).toBe(30);
  });
});
