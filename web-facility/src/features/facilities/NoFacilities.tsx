import { Stack, Text, Title } from '@mantine/core';

/** What a signed-in person sees before anyone gave them a facility. */
export function NoFacilities() {
  return (
    <Stack gap="sm">
      <Title order={1}>No facilities yet</Title>
      <Text>
        Your account does not give access to any facility yet. Ask your staffing partner to invite you to the
        facilities you oversee.
      </Text>
    </Stack>
  );
}
