// The agency's webhook endpoints: where Coverline posts events, which events, and whether each is
// receiving them; each leads to its delivery log.
import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { DataTable, Section, dataTableColumnHelper, formatDateTime, TableEmptyState } from '@coverline/ui';
import { graphql } from '../../gql';
import type { WebhookEndpointsSection_EndpointFragment } from '../../gql/graphql';
import { AddWebhookEndpointDialog } from './AddWebhookEndpointDialog';
import { SignatureVerification } from './SignatureVerification';
import { WebhookEndpointStatus } from './WebhookEndpointStatus';

export const WebhookEndpointsSection_endpoint = graphql(`
  fragment WebhookEndpointsSection_endpoint on WebhookEndpoint {
    id
    url
    events
    createdAt
    ...WebhookEndpointStatus_endpoint
  }
`);

type Endpoint = WebhookEndpointsSection_EndpointFragment;

const column = dataTableColumnHelper<Endpoint>();

const COLUMNS = column.columns([
  column.accessor('url', {
    header: 'URL',
    cell: ({ row }) => (
      <Anchor component={Link} to={`/integrations/webhooks/${row.original.id}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {row.original.url}
        <span className="coverline-visually-hidden">: its deliveries and settings</span>
      </Anchor>
    ),
  }),
  column.accessor('events', {
    header: 'Events',
    cell: ({ getValue }) => (
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {getValue().join(', ')}
      </Text>
    ),
  }),
  column.display({ id: 'status', header: 'Status', cell: ({ row }) => <WebhookEndpointStatus endpoint={row.original} /> }),
  column.accessor('createdAt', { header: 'Added', cell: ({ getValue }) => formatDateTime(getValue()), meta: { nowrap: true } }),
]);

export function WebhookEndpointsSection({ endpoints, eventTypes }: { endpoints: readonly Endpoint[]; eventTypes: readonly string[] }) {
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title="Webhooks"
      headingId="webhooks-heading"
      description="Coverline posts each event you subscribe to (an application started, a policy active, a payment failed…) to your endpoints as it happens, and retries for three days until your endpoint answers with a 2xx."
      actions={<Button onClick={() => setAdding(true)}>Add endpoint</Button>}
    >
      <DataTable
        caption="Webhook endpoints"
        columns={COLUMNS}
        data={endpoints}
        getRowId={(row) => row.id}
        stackBelow="sm"
        minWidth={720}
        empty={
          <TableEmptyState title="No endpoints yet">
              Add an endpoint to hear about changes without asking the API for them, e.g. to start onboarding in your ATS when a contractor’s coverage is active.
          </TableEmptyState>
        }
      />
      <Stack gap="xs">
        <Title order={3} size="h4">
          Verifying deliveries
        </Title>
        <SignatureVerification />
      </Stack>
      <AddWebhookEndpointDialog opened={adding} onClose={() => setAdding(false)} eventTypes={eventTypes} />
    </Section>
  );
}
