import { Stack, Text, Title } from '@mantine/core';
import { InviteTeamMemberForm } from '../features/team/InviteTeamMemberForm';
import { useSignedInViewer } from '@coverline/ui/shell';

export function TeamRoute() {
  const viewer = useSignedInViewer();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>Team</Title>
        <Text>
          Invite a colleague to {viewer.agency?.name ?? 'your agency'}. They get an email with a link to
          choose their password, and then see the same contractors and assignments as you.
        </Text>
      </Stack>
      <InviteTeamMemberForm />
    </Stack>
  );
}
