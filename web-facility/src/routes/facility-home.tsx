// The Compliance Hub's main page: the selected facility's assignments and certificates, filtered by
// dates held in the address, with the questions managers ask beside them.
import { Grid, Stack } from '@mantine/core';
import { facilityFilterEntries } from '@coverline/domain';
import { AssignmentFilters } from '../features/assignments/AssignmentFilters';
import { ComplianceFaq } from '../features/assignments/ComplianceFaq';
import { FacilityAssignments } from '../features/assignments/FacilityAssignments';
import { isFiltered, useFacilityFilter } from '../features/assignments/filters';
import { FacilityPage } from '../features/facilities/FacilityPage';

export function FacilityHomeRoute() {
  const { filter, applyFilter } = useFacilityFilter();
  return (
    <FacilityPage description="Certificates of insurance for every contractor assignment at this facility.">
      {(facility) => (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <AssignmentFilters filter={filter} onApply={applyFilter} />
              {/* A new facility or filter starts again from the first page. */}
              <FacilityAssignments
                key={`${facility.id}?${new URLSearchParams(facilityFilterEntries(filter)).toString()}`}
                facilityId={facility.id}
                filter={filter}
                filtered={isFiltered(filter)}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <ComplianceFaq />
          </Grid.Col>
        </Grid>
      )}
    </FacilityPage>
  );
}
