// The agency's facilities and their Compliance Hub: who may see them, and whether bulk download is on.
import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { FacilityCard } from '../features/facilities/FacilityCard';

const AgencyFacilitiesQuery = graphql(`
  query AgencyFacilities {
    viewer {
      id
      agency {
        id
        facilities {
          id
          name
          city
          state
          bulkDownloadEnabled
        }
      }
    }
  }
`);

export function FacilitiesRoute() {
  const { data, error, refetch } = useQuery(AgencyFacilitiesQuery);
  const facilities = data?.viewer?.agency?.facilities ?? [];
  return (
    <Stack gap="lg">
      <title>Facilities · Coverline</title>
      <PageHeader
        title="Facilities"
        description="Facility managers see the certificates of the contractors who worked at their facility in the Compliance Hub."
      />
      {!data && error ? (
        <ErrorAlert error={error} title="The facilities could not load" onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingIndicator label="Loading facilities" />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {facilities.map((facility) => (
            <FacilityCard key={facility.id} facility={facility} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
