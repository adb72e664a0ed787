import { Stack, Text, Title } from '@mantine/core';
import { useSignedInViewer } from '@coverline/ui/shell';

export function OverviewRoute() {
  const viewer = useSignedInViewer();
  return (
    <Stack gap="sm">
      <Title order={1}>Welcome, {viewer.name}</Title>
      <Text>
        You are signed in to <strong>{viewer.agency?.name}</strong> on Coverline.
      </Text>
    </Stack>
  );
}
