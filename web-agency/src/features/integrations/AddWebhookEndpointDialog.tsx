// "Add endpoint": where to send events and which ones; then its signing secret, shown once.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { Dialog } from '@coverline/ui';
import { graphql } from '../../gql';
import { SecretShownOnce } from './SecretShownOnce';
import { WebhookEndpointForm } from './WebhookEndpointForm';

const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {
    createWebhookEndpoint(url: $url, events: $events) {
      id
      secret
    }
  }
`);

const NEW_ENDPOINT = { url: '', events: [], enabled: true };

export function AddWebhookEndpointDialog({ opened, onClose, eventTypes }: { opened: boolean; onClose: () => void; eventTypes: readonly string[] }) {
  const [createEndpoint] = useMutation(CreateWebhookEndpointMutation, { refetchQueries: ['IntegrationsRoute'], awaitRefetchQueries: true });
  const [created, setCreated] = useState<{ id: string; secret: string | null } | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog opened={opened} onClose={close} title={created ? 'Your endpoint’s signing secret' : 'Add endpoint'} size={620}>
      {created ? (
        <Stack gap="md">
          {created.secret ? <SecretShownOnce label="Signing secret" value={created.secret} copyLabel="Copy secret" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={`/integrations/webhooks/${created.id}`}>
              See its deliveries
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <WebhookEndpointForm
          eventTypes={eventTypes}
          initialValues={NEW_ENDPOINT}
          submitLabel="Add endpoint"
          failureTitle="The endpoint was not added"
          onCancel={close}
          onSubmit={async ({ url, events }) => {
            const { data } = await createEndpoint({ variables: { url, events } });
            if (data) setCreated({ id: data.createWebhookEndpoint.id, secret: data.createWebhookEndpoint.secret ?? null });
          }}
        />
      )}
    </Dialog>
  );
}
