// The agency's facilities and their Compliance Hub: adding and editing them, who may see each one,
// and whether bulk download is on. Without any facility yet, the page explains what one is.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert, LoadMore, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { FacilityCard } from '../features/facilities/FacilityCard';
import { FacilityFormDialog } from '../features/facilities/FacilityFormDialog';

const FacilitiesRouteQuery = graphql(`
  query FacilitiesRoute($first: Int, $after: String) {
    viewer {
      id
      facilityConnection(first: $first, after: $after) {
        edges {
          node {
            id
            ...FacilityCard_facility
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

export function FacilitiesRoute() {
  const { data, error, refetch, fetchMore } = useQuery(FacilitiesRouteQuery, { variables: { first: PAGE_SIZE } });
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const connection = data?.viewer?.facilityConnection;
  const facilities = connection?.edges.map((edge) => edge.node) ?? [];
  const refresh = () => void refetch();
  const addButton = (
    <Button
      onClick={() => {
        setAdded(null);
        setAdding(true);
      }}
    >
      Add a facility
    </Button>
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title="Facilities"
        description="Facility managers see the certificates of the contractors who worked at their facility in the Compliance Hub."
        actions={data && facilities.length > 0 ? addButton : undefined}
      />
      {added ? (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setAdded(null)}>
          {added} was added.
        </Alert>
      ) : null}
      {!data && error ? (
        <ErrorAlert error={error} title="The facilities could not load" onRetry={refresh} />
      ) : !data ? (
        <LoadingIndicator label="Loading facilities" />
      ) : facilities.length === 0 ? (
        <Paper withBorder radius="md" p="xl" component="section" aria-labelledby="no-facilities">
          <Stack gap="sm" align="flex-start" maw={640}>
            <Title order={2} size="h3" id="no-facilities">
              No facilities yet
            </Title>
            <Text>
              A facility is a client site where your contractors work: a hospital, a venue, a warehouse. Its managers check the certificates of
              insurance of everyone who worked there in the Compliance Hub, without asking you for each one.
            </Text>
            <Text c="dimmed" size="sm">
              Add one with its address and the manager&apos;s email: we invite them to the Compliance Hub, and the facility can then be chosen on
              each assignment.
            </Text>
            {addButton}
          </Stack>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {facilities.map((facility) => (
            <FacilityCard key={facility.id} facility={facility} onChanged={refresh} />
          ))}
        </SimpleGrid>
      )}
      <LoadMore pageInfo={connection?.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      <FacilityFormDialog
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(name) => {
          setAdding(false);
          setAdded(name);
          refresh();
        }}
      />
    </Stack>
  );
}
