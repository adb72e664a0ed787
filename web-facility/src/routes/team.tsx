// The facility's team: invite colleagues to the facilities you oversee, see who has access, remove it.
import { Grid } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { FacilityPage } from '../features/facilities/FacilityPage';
import { FacilityTeamList, FacilityTeamQuery } from '../features/team/FacilityTeamList';
import { InviteColleagueForm } from '../features/team/InviteColleagueForm';

export function TeamRoute() {
  const client = useApolloClient();
  return (
    <FacilityPage section="Team" description="Colleagues who can see this facility's certificates.">
      {(facility, facilities) => (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <FacilityTeamList key={facility.id} facility={facility} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <InviteColleagueForm
              key={facility.id}
              facilities={facilities}
              defaultFacilityId={facility.id}
              onInvited={() => void client.refetchQueries({ include: [FacilityTeamQuery] })}
            />
          </Grid.Col>
        </Grid>
      )}
    </FacilityPage>
  );
}
