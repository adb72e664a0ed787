// The missing PO numbers list (reached from the box on the Contractors tab): rule 6's assignments, to
// give one PO number to several at once.
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { BackLink } from '../components/BackLink';
import { MissingPoNumbersForm } from '../features/purchase-orders/MissingPoNumbersForm';

// The API's largest page: a longer backlog is worked through a page at a time, saved ones leaving it.
const PAGE_SIZE = 200;

const MissingPoNumbersRouteQuery = graphql(`
  query MissingPoNumbersRoute($first: Int) {
    assignments(filter: { missingPoNumber: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...MissingPoNumbersForm_assignment
        }
      }
    }
  }
`);

export function MissingPoNumbersRoute() {
  const { data, error, refetch } = useQuery(MissingPoNumbersRouteQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const connection = data?.assignments;
  return (
    <Stack gap="lg">
      <PageHeader
        back={<BackLink to="/contractors">Contractors</BackLink>}
        title="Missing PO numbers"
        description="Assignments whose contractor has opted in and that have no PO number yet. Select those of one campaign and give them its PO number."
      />
      {error && !connection ? (
        <ErrorAlert error={error} title="The assignments could not load" onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingIndicator label="Loading assignments" />
      ) : (
        <MissingPoNumbersForm assignments={connection.edges.map((edge) => edge.node)} />
      )}
    </Stack>
  );
}
