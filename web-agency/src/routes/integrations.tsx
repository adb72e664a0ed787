// The Integrations page: the agency's API keys, and the webhook endpoints Coverline posts events to.
import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { ApiKeysSection } from '../features/integrations/ApiKeysSection';
import { WebhookEndpointsSection } from '../features/integrations/WebhookEndpointsSection';

const IntegrationsRouteQuery = graphql(`
  query IntegrationsRoute {
    apiKeys {
      id
      ...ApiKeysSection_key
    }
    webhookEndpoints {
      id
      ...WebhookEndpointsSection_endpoint
    }
    webhookEventTypes
  }
`);

export function IntegrationsRoute() {
  const { data, error, refetch } = useQuery(IntegrationsRouteQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      <PageHeader title="Integrations" description="Connect your other systems to Coverline: API keys for calling the API, and webhooks for hearing about changes as they happen." />
      {error && !data ? (
        <ErrorAlert error={error} title="The integrations could not load" onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingIndicator label="Loading the integrations" />
      ) : (
        <>
          <ApiKeysSection apiKeys={data.apiKeys} />
          <WebhookEndpointsSection endpoints={data.webhookEndpoints} eventTypes={data.webhookEventTypes} />
        </>
      )}
    </Stack>
  );
}
