import { Stack, Text, Title } from '@mantine/core';
import { FacilitySwitcher } from '../features/facilities/FacilitySwitcher';
import { useSelectedFacility } from '../features/facilities/use-selected-facility';
import { useSignedInViewer } from '../features/session/viewer';

export function FacilityHomeRoute() {
  const viewer = useSignedInViewer();
  const { facility, selectFacility } = useSelectedFacility(viewer.facilities);

  if (!facility) {
    return (
      <Stack gap="sm">
        <Title order={1}>No facilities yet</Title>
        <Text>
          Your account does not give access to any facility yet. Ask your staffing partner to invite you
          to the facilities you oversee.
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <FacilitySwitcher
        facilities={viewer.facilities}
        selectedId={facility.id}
        onSelect={selectFacility}
      />
      <Stack gap="xs">
        <Title order={1}>{facility.name}</Title>
        <Text>Certificates for this facility appear here.</Text>
      </Stack>
    </Stack>
  );
}
