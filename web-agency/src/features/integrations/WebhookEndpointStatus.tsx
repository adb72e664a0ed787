// Whether an endpoint receives events: Enabled, Disabled (and why, when Coverline turned it off after
// failing for too long), or Failing since the first delivery it has not accepted.
import { Stack, Text } from '@mantine/core';
import { StatusBadge, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { WebhookEndpointStatus_EndpointFragment } from '../../gql/graphql';

export const WebhookEndpointStatus_endpoint = graphql(`
  fragment WebhookEndpointStatus_endpoint on WebhookEndpoint {
    enabled
    failingSince
    disabledAt
    disabledReason
  }
`);

export function WebhookEndpointStatus({ endpoint }: { endpoint: WebhookEndpointStatus_EndpointFragment }) {
  if (!endpoint.enabled) {
    return (
      <Stack gap={2} align="flex-start">
        <StatusBadge tone="neutral">Disabled</StatusBadge>
        {endpoint.disabledReason ? (
          <Text size="xs" c="dimmed">
            {endpoint.disabledReason}
            {endpoint.disabledAt ? ` (${formatDateTime(endpoint.disabledAt)})` : ''}
          </Text>
        ) : null}
      </Stack>
    );
  }
  if (endpoint.failingSince) return <StatusBadge tone="warning">Failing since {formatDateTime(endpoint.failingSince)}</StatusBadge>;
  return <StatusBadge tone="success">Enabled</StatusBadge>;
}
