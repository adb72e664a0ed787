// Who can open a facility in the Compliance Hub, each with a way to take their access away (after a
// confirmation); their access to the agency's other facilities stays.
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { ConfirmDialog, formatDateTime, useConfirmation } from '@coverline/ui';
import { graphql } from '../../gql';

const RevokeFacilityAccessMutation = graphql(`
  mutation RevokeHubAccess($facilityId: ID!, $facilityUserId: ID!) {
    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)
  }
`);

export interface HubAccessMember {
  id: string;
  email: string;
  lastSignInAt?: string | null;
}

export interface HubAccessListProps {
  facility: { id: string; name: string };
  members: readonly HubAccessMember[];
  /** After someone's access was removed. */
  onRevoked: () => void;
}

export function HubAccessList({ facility, members, onRevoked }: HubAccessListProps) {
  const headingId = `hub-access-${facility.id}`;
  return (
    <Stack gap="xs">
      <Text id={headingId} fw={600} size="sm">
        Compliance Hub access
      </Text>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody yet. Give the facility&apos;s manager access below.
        </Text>
      ) : (
        <Stack component="ul" aria-labelledby={headingId} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {members.map((member) => (
            <HubAccessRow key={member.id} facility={facility} member={member} onRevoked={onRevoked} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function HubAccessRow({ facility, member, onRevoked }: { facility: { id: string; name: string }; member: HubAccessMember; onRevoked: () => void }) {
  const [revoke, { loading }] = useMutation(RevokeFacilityAccessMutation);
  const confirmation = useConfirmation(async () => {
    await revoke({ variables: { facilityId: facility.id, facilityUserId: member.id } });
    onRevoked();
  });
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} miw={0}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {member.email}
        </Text>
        <Text size="xs" c="dimmed">
          {member.lastSignInAt ? `Last signed in ${formatDateTime(member.lastSignInAt)}` : 'Not signed in yet'}
        </Text>
      </Stack>
      <Button variant="default" c="red.9" size="xs" onClick={confirmation.open} style={{ flexShrink: 0 }}>
        Remove<span className="coverline-visually-hidden"> access of {member.email}</span>
      </Button>
      <ConfirmDialog {...confirmation.dialog} title="Remove access?" confirmLabel="Remove access" dismissLabel="Keep access" danger loading={loading}>
        <Text size="sm">
          <strong>{member.email}</strong> will no longer see the certificates of {facility.name} in the Compliance Hub. Their access to other facilities stays.
        </Text>
      </ConfirmDialog>
    </Group>
  );
}
