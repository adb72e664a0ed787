// The Compliance Hub's main page: the selected facility's assignments and certificates, searched,
// filtered and sorted by what the address holds, with the questions managers ask below them (beside
// them they squeezed the table).
import { Stack } from '@mantine/core';
import { AssignmentFilters } from '../features/assignments/AssignmentFilters';
import { ComplianceFaq } from '../features/assignments/ComplianceFaq';
import { FacilityAssignments } from '../features/assignments/FacilityAssignments';
import { isFiltered, useFacilityView, viewKey } from '../features/assignments/filters';
import { FacilityPage } from '../features/facilities/FacilityPage';

export function FacilityHomeRoute() {
  const { view, applyFilter, applyOrder } = useFacilityView();
  return (
    <FacilityPage description="Certificates of insurance for every contractor assignment at this facility.">
      {(facility) => (
        <Stack gap="lg">
          <AssignmentFilters filter={view.filter} search={view.search} onApply={applyFilter} />
          {/* A new facility, filter or order starts again from the first page. */}
          <FacilityAssignments
            key={`${facility.id}?${viewKey(view)}`}
            facilityId={facility.id}
            filter={view.filter}
            search={view.search}
            order={view.order}
            onOrderChange={applyOrder}
            filtered={isFiltered(view)}
          />
          <ComplianceFaq />
        </Stack>
      )}
    </FacilityPage>
  );
}
