// The agency's API keys: name, prefix, when each was created and last used, whether it still works,
// and Revoke (after a confirmation). Keys are for integrations; people create and revoke them here.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Code, Group, Text } from '@mantine/core';
import { ConfirmDialog, DataTable, RelativeTime, Section, StatusBadge, dataTableColumnHelper, formatDateTime, TableEmptyState, useConfirmation } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ApiKeysSection_KeyFragment } from '../../gql/graphql';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';

export const ApiKeysSection_key = graphql(`
  fragment ApiKeysSection_key on ApiKey {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

type ApiKey = ApiKeysSection_KeyFragment;

function RevokeAction({ apiKey }: { apiKey: ApiKey }) {
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation);
  const confirmation = useConfirmation(() => revoke({ variables: { id: apiKey.id } }));
  return (
    <>
      <Button size="compact-sm" variant="default" c="red.9" onClick={confirmation.open}>
        Revoke<span className="coverline-visually-hidden"> {apiKey.name}</span>
      </Button>
      <ConfirmDialog {...confirmation.dialog} title={`Revoke ${apiKey.name}?`} confirmLabel="Revoke key" dismissLabel="Keep key" danger loading={revoking.loading}>
        <Text size="sm">Anything still using this key is refused from now on. A revoked key cannot be restored; create a new one instead.</Text>
      </ConfirmDialog>
    </>
  );
}

const column = dataTableColumnHelper<ApiKey>();

const COLUMNS = column.columns([
  column.accessor('name', { header: 'Name', cell: ({ getValue }) => <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{getValue()}</Text> }),
  column.accessor('prefix', { header: 'Key', cell: ({ getValue }) => <Code>{getValue()}…</Code>, meta: { nowrap: true } }),
  column.accessor('createdAt', { header: 'Created', cell: ({ getValue }) => formatDateTime(getValue()), meta: { nowrap: true } }),
  column.accessor('lastUsedAt', { header: 'Last used', cell: ({ getValue }) => {
    const lastUsedAt = getValue();
    return lastUsedAt ? <RelativeTime value={lastUsedAt} /> : 'Never';
  }, meta: { nowrap: true } }),
  column.display({
    id: 'status',
    header: 'Status',
    cell: ({ row }) =>
      row.original.revokedAt ? (
        <Group gap={6} wrap="nowrap">
          <StatusBadge tone="neutral">Revoked</StatusBadge>
          <Text span size="sm" c="dimmed">
            <RelativeTime value={row.original.revokedAt} />
          </Text>
        </Group>
      ) : (
        <StatusBadge tone="success">Active</StatusBadge>
      ),
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) =>
      row.original.revokedAt ? (
        <Text span size="sm" c="gray.7">
          None: revoked keys stay listed for the record
        </Text>
      ) : (
        <RevokeAction apiKey={row.original} />
      ),
  }),
]);

export function ApiKeysSection({ apiKeys }: { apiKeys: readonly ApiKey[] }) {
  const [creating, setCreating] = useState(false);
  return (
    <Section
      title="API keys"
      headingId="api-keys-heading"
      description="An API key lets another system (your ATS, payroll or an internal tool) call the Coverline API as your agency, with the same access as a team member except managing the team and its keys."
      actions={<Button onClick={() => setCreating(true)}>Create API key</Button>}
    >
      <DataTable
        caption="API keys"
        columns={COLUMNS}
        data={apiKeys}
        getRowId={(row) => row.id}
        stackBelow="sm"
        minWidth={720}
        empty={
          <TableEmptyState title="No API keys yet">
              Create a key for each system that pushes contractors and assignments to Coverline or reads coverage from it. It is sent as{' '}
              <Code>Authorization: Bearer cl_…</Code>.
          </TableEmptyState>
        }
      />
      <CreateApiKeyDialog opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}
