// What can be done to an endpoint from its page: edit its URL, events and whether it is on; roll its
// signing secret (the old one stops signing at once, the new one is shown once); delete it.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { ConfirmDialog, Dialog, useConfirmation } from '@coverline/ui';
import { graphql } from '../../gql';
import type { WebhookEndpointActions_EndpointFragment } from '../../gql/graphql';
import { SecretShownOnce } from './SecretShownOnce';
import { WebhookEndpointForm } from './WebhookEndpointForm';

export const WebhookEndpointActions_endpoint = graphql(`
  fragment WebhookEndpointActions_endpoint on WebhookEndpoint {
    id
    url
    events
    enabled
  }
`);

const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdate!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      id
      ...WebhookEndpointActions_endpoint
      ...WebhookEndpointStatus_endpoint
    }
  }
`);

const RollWebhookEndpointSecretMutation = graphql(`
  mutation RollWebhookEndpointSecret($id: ID!) {
    rollWebhookEndpointSecret(id: $id) {
      id
      secret
    }
  }
`);

const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

type Endpoint = WebhookEndpointActions_EndpointFragment;

function EditAction({ endpoint, eventTypes }: { endpoint: Endpoint; eventTypes: readonly string[] }) {
  const [editing, setEditing] = useState(false);
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  return (
    <>
      <Button variant="default" onClick={() => setEditing(true)}>
        Edit
      </Button>
      <Dialog opened={editing} onClose={() => setEditing(false)} title="Edit endpoint" size={620}>
        <WebhookEndpointForm
          eventTypes={eventTypes}
          initialValues={{ url: endpoint.url, events: [...endpoint.events], enabled: endpoint.enabled }}
          withEnabled
          submitLabel="Save changes"
          failureTitle="The endpoint was not changed"
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            await update({ variables: { id: endpoint.id, input } });
            setEditing(false);
          }}
        />
      </Dialog>
    </>
  );
}

function RollSecretAction({ endpoint }: { endpoint: Endpoint }) {
  const [roll, rolling] = useMutation(RollWebhookEndpointSecretMutation);
  const [secret, setSecret] = useState<string | null>(null);
  const confirmation = useConfirmation(async () => {
    const { data } = await roll({ variables: { id: endpoint.id } });
    setSecret(data?.rollWebhookEndpointSecret.secret ?? null);
  });
  return (
    <>
      <Button variant="default" onClick={confirmation.open}>
        Roll secret
      </Button>
      <ConfirmDialog {...confirmation.dialog} title="Roll the signing secret?" confirmLabel="Roll secret" dismissLabel="Keep secret" loading={rolling.loading}>
        <Text size="sm">Deliveries are signed with a new secret from now on; a receiver still checking the old one refuses them until you give it the new one.</Text>
      </ConfirmDialog>
      <Dialog opened={secret !== null} onClose={() => setSecret(null)} title="The new signing secret">
        <Stack gap="md">
          {secret ? <SecretShownOnce label="Signing secret" value={secret} copyLabel="Copy secret" /> : null}
          <Group justify="flex-end">
            <Button onClick={() => setSecret(null)}>Done</Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}

function DeleteAction({ endpoint }: { endpoint: Endpoint }) {
  const navigate = useNavigate();
  const [remove, removing] = useMutation(DeleteWebhookEndpointMutation, { refetchQueries: ['IntegrationsRoute'] });
  const confirmation = useConfirmation(async () => {
    await remove({ variables: { id: endpoint.id } });
    await navigate('/integrations');
  });
  return (
    <>
      <Button variant="default" c="red.9" onClick={confirmation.open}>
        Delete
      </Button>
      <ConfirmDialog {...confirmation.dialog} title="Delete this endpoint?" confirmLabel="Delete endpoint" dismissLabel="Keep endpoint" danger loading={removing.loading}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {endpoint.url} receives no more events, and its delivery log is deleted with it.
        </Text>
      </ConfirmDialog>
    </>
  );
}

export function WebhookEndpointActions({ endpoint, eventTypes }: { endpoint: Endpoint; eventTypes: readonly string[] }) {
  return (
    <>
      <EditAction endpoint={endpoint} eventTypes={eventTypes} />
      <RollSecretAction endpoint={endpoint} />
      <DeleteAction endpoint={endpoint} />
    </>
  );
}
