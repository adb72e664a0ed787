// The agency's team: each member's name, email, status and last sign-in, with Resend and Revoke for
// an invitation not yet accepted and Remove (after a confirmation) for an active colleague. The
// server says what the viewer may do to each row; on a phone each member is a card.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog, DataTable, StatusBadge, dataTableColumnHelper, errorMessage, formatDateTime, useConfirmation, type StatusTone } from '@coverline/ui';
import { graphql } from '../../gql';
import type { TeamMembersTable_MemberFragment } from '../../gql/graphql';

export const TeamMembersTable_member = graphql(`
  fragment TeamMembersTable_member on TeamMember {
    id
    email
    name
    status
    lastSignInAt
    viewerCanRemove
    viewerCanManageInvitation
  }
`);

const ResendTeamInvitationMutation = graphql(`
  mutation ResendTeamInvitation($id: ID!) {
    resendTeamInvitation(id: $id)
  }
`);

const RevokeTeamInvitationMutation = graphql(`
  mutation RevokeTeamInvitation($id: ID!) {
    revokeTeamInvitation(id: $id)
  }
`);

const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id)
  }
`);

type Member = TeamMembersTable_MemberFragment;

const STATUS: Record<string, { label: string; tone: StatusTone }> = {
  ACTIVE: { label: 'Active', tone: 'success' },
  INVITED: { label: 'Invited', tone: 'pending' },
  DISABLED: { label: 'Removed', tone: 'neutral' },
};

// Every change to the team is shown by reading the team again (a revoked invitation leaves the list).
const REFETCH = { refetchQueries: ['TeamRoute'], awaitRefetchQueries: true };

function displayName(member: Member): string {
  return member.name ?? member.email;
}

function InvitationActions({ member, onNotice }: { member: Member; onNotice: (notice: string) => void }) {
  const [resend, resending] = useMutation(ResendTeamInvitationMutation, REFETCH);
  const [revoke, revoking] = useMutation(RevokeTeamInvitationMutation, REFETCH);
  const [error, setError] = useState<string | null>(null);
  const confirmation = useConfirmation(async () => {
    await revoke({ variables: { id: member.id } });
    onNotice(`The invitation to ${member.email} was revoked.`);
  });
  const resendNow = async () => {
    setError(null);
    try {
      await resend({ variables: { id: member.id } });
      onNotice(`A new invitation was sent to ${member.email}. The earlier link no longer works.`);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Button size="compact-sm" variant="default" loading={resending.loading} onClick={() => void resendNow()}>
          Resend<span className="coverline-visually-hidden"> the invitation to {member.email}</span>
        </Button>
        <Button size="compact-sm" variant="default" c="red.9" onClick={confirmation.open}>
          Revoke<span className="coverline-visually-hidden"> the invitation to {member.email}</span>
        </Button>
      </Group>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      <ConfirmDialog
        {...confirmation.dialog}
        title={`Revoke the invitation to ${member.email}?`}
        confirmLabel="Revoke invitation"
        dismissLabel="Keep invitation"
        danger
        loading={revoking.loading}
      >
        <Text size="sm">The link in their email stops working. You can invite them again later.</Text>
      </ConfirmDialog>
    </>
  );
}

function RemoveAction({ member, onNotice }: { member: Member; onNotice: (notice: string) => void }) {
  const [remove, removing] = useMutation(RemoveTeamMemberMutation, REFETCH);
  const confirmation = useConfirmation(async () => {
    await remove({ variables: { id: member.id } });
    onNotice(`${displayName(member)} was removed from the team and signed out.`);
  });
  return (
    <>
      <Button size="compact-sm" variant="default" c="red.9" onClick={confirmation.open}>
        Remove<span className="coverline-visually-hidden"> {displayName(member)}</span>
      </Button>
      <ConfirmDialog {...confirmation.dialog} title={`Remove ${displayName(member)}?`} confirmLabel="Remove from team" dismissLabel="Keep on team" danger loading={removing.loading}>
        <Text size="sm">
          {displayName(member)} ({member.email}) is signed out at once and can no longer sign in. Their past work stays in the records.
        </Text>
      </ConfirmDialog>
    </>
  );
}

function Actions({ member, onNotice }: { member: Member; onNotice: (notice: string) => void }) {
  if (member.viewerCanManageInvitation) return <InvitationActions member={member} onNotice={onNotice} />;
  if (member.viewerCanRemove) return <RemoveAction member={member} onNotice={onNotice} />;
  return null;
}

const column = dataTableColumnHelper<Member>();

function columns(viewerId: string, onNotice: (notice: string) => void) {
  return column.columns([
    column.display({
      id: 'name',
      header: 'Name',
      cell: ({ row }) =>
        row.original.name ? (
          <Text size="sm" fw={600}>
            {row.original.name}
            {row.original.id === viewerId ? (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                (you)
              </Text>
            ) : null}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Not joined yet
          </Text>
        ),
    }),
    column.accessor('email', { header: 'Email', cell: ({ getValue }) => <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{getValue()}</Text> }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: ({ row }) => {
        const status = STATUS[row.original.status] ?? { label: row.original.status, tone: 'neutral' as const };
        return <StatusBadge tone={status.tone}>{status.label}</StatusBadge>;
      },
    }),
    column.display({
      id: 'lastSignIn',
      header: 'Last sign-in',
      cell: ({ row }) => (row.original.lastSignInAt ? formatDateTime(row.original.lastSignInAt, { withTimeZone: true }) : 'Never'),
      meta: { nowrap: true },
    }),
    column.display({ id: 'actions', header: 'Actions', cell: ({ row }) => <Actions member={row.original} onNotice={onNotice} /> }),
  ]);
}

export function TeamMembersTable({ members, viewerId, onNotice }: { members: readonly Member[]; viewerId: string; onNotice: (notice: string) => void }) {
  // The viewer stays the same on this page and onNotice is the route's state setter: the columns are made once.
  const [tableColumns] = useState(() => columns(viewerId, onNotice));
  return <DataTable caption="Team members" columns={tableColumns} data={members} getRowId={(row) => row.id} stackBelow="sm" minWidth={720} />;
}
