// The facility's team: invite colleagues to the facilities you oversee, see who has access, remove it.
import { Grid, Stack } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { FacilityPageHeader } from '../features/facilities/FacilityPageHeader';
import { NoFacilities } from '../features/facilities/NoFacilities';
import { useSelectedFacility } from '../features/facilities/use-selected-facility';
import { useSignedInViewer } from '../features/session/viewer';
import { FacilityTeamList, FacilityTeamQuery } from '../features/team/FacilityTeamList';
import { InviteColleagueForm } from '../features/team/InviteColleagueForm';

export function TeamRoute() {
  const viewer = useSignedInViewer();
  const client = useApolloClient();
  const { facility, selectFacility } = useSelectedFacility(viewer.facilities);
  if (!facility) return <NoFacilities />;

  return (
    <Stack gap="lg">
      <title>{`Team · ${facility.name} · Compliance Hub`}</title>
      <FacilityPageHeader facilities={viewer.facilities} facility={facility} onSelect={selectFacility} description="Colleagues who can see this facility's certificates." />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <FacilityTeamList key={facility.id} facility={facility} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <InviteColleagueForm
            key={facility.id}
            facilities={viewer.facilities}
            defaultFacilityId={facility.id}
            onInvited={() => void client.refetchQueries({ include: [FacilityTeamQuery] })}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
