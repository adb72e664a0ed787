// One webhook endpoint: its URL, status and events, what can be done to it, and its delivery log
// (newest first, "Load more" for older deliveries).
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader, Section, formatDateTime } from '@coverline/ui';
import { graphql } from '../gql';
import { BackLink } from '../components/BackLink';
import { WebhookDeliveryLog } from '../features/integrations/WebhookDeliveryLog';
import { WebhookEndpointActions } from '../features/integrations/WebhookEndpointActions';
import { WebhookEndpointStatus } from '../features/integrations/WebhookEndpointStatus';

const PAGE_SIZE = 20;

const WebhookEndpointRouteQuery = graphql(`
  query WebhookEndpointRoute($id: ID!, $first: Int, $after: String) {
    webhookEndpoint(id: $id) {
      id
      url
      events
      createdAt
      ...WebhookEndpointStatus_endpoint
      ...WebhookEndpointActions_endpoint
      deliveries(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...WebhookDeliveryLog_delivery
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    webhookEventTypes
  }
`);

const back = <BackLink to="/integrations">Integrations</BackLink>;

export function WebhookEndpointRoute() {
  const { endpointId = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookEndpointRouteQuery, { variables: { id: endpointId, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });

  if (!data && loading) return <LoadingIndicator label="Loading the endpoint" />;
  if (!data && error) return <ErrorAlert error={error} title="This endpoint could not load" onRetry={() => void refetch()} />;
  const endpoint = data?.webhookEndpoint;
  if (!data || !endpoint) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader back={back} title="Endpoint not found" description="There is no webhook endpoint of your agency at this address; it may have been deleted." />
        <Button component={Link} to="/integrations">
          Back to integrations
        </Button>
      </Stack>
    );
  }
  const { deliveries } = endpoint;

  return (
    <Stack gap="lg">
      <PageHeader
        back={back}
        title="Webhook endpoint"
        badge={<WebhookEndpointStatus endpoint={endpoint} />}
        description={
          <Stack gap={4}>
            <Text fw={600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
              {endpoint.url}
            </Text>
            <Text size="sm">Added {formatDateTime(endpoint.createdAt)}</Text>
          </Stack>
        }
        actions={<WebhookEndpointActions endpoint={endpoint} eventTypes={data.webhookEventTypes} />}
      />
      <Section title="Subscribed events" headingId="subscribed-events-heading">
        <Group gap="xs" component="ul" aria-labelledby="subscribed-events-heading" m={0} p={0} style={{ listStyle: 'none' }}>
          {endpoint.events.map((type) => (
            <li key={type}>
              <Code>{type}</Code>
            </li>
          ))}
        </Group>
      </Section>
      <Section
        title="Delivery log"
        headingId="delivery-log-heading"
        description="Every event sent to this endpoint, newest first. Open one to see each attempt and what your endpoint answered."
        actions={
          <Button variant="default" onClick={() => void refetch()} loading={loading}>
            Refresh
          </Button>
        }
      >
        <WebhookDeliveryLog deliveries={deliveries.edges.map((edge) => edge.node)} />
        {deliveries.pageInfo.hasNextPage ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void fetchMore({ variables: { after: deliveries.pageInfo.endCursor } })}>
              Load more
            </Button>
          </Group>
        ) : null}
      </Section>
    </Stack>
  );
}
