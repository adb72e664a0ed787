// Who can see this facility's certificates, and removing someone's access to it.
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { ConfirmDialog, DataTable, ErrorAlert, LoadMore, LoadingIndicator, dataTableColumnHelper, errorMessage, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { FacilityTeamQuery as FacilityTeamResult } from '../../gql/graphql';

export const FacilityTeamQuery = graphql(`
  query FacilityTeam($facilityId: ID!, $first: Int, $after: String) {
    facilityTeam(facilityId: $facilityId, first: $first, after: $after) {
      edges {
        node {
          id
          email
          name
          grantedAt
          lastSignInAt
          isViewer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RevokeFacilityAccessMutation = graphql(`
  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {
    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)
  }
`);

type Member = FacilityTeamResult['facilityTeam']['edges'][number]['node'];

const PAGE_SIZE = 50;

const column = dataTableColumnHelper<Member>();

function teamColumns(onRemove: (member: Member) => void) {
  return column.columns([
    column.accessor('email', {
      header: 'Email',
      cell: ({ row }) => (
        <>
          {row.original.email}{' '}
          {row.original.isViewer ? (
            <Badge variant="light" color="gray" ml={4}>
              You
            </Badge>
          ) : null}
        </>
      ),
    }),
    column.accessor('lastSignInAt', {
      header: 'Last signed in',
      cell: ({ getValue }) => {
        const lastSignInAt = getValue();
        return lastSignInAt ? formatDateTime(lastSignInAt) : 'Not yet';
      },
    }),
    column.display({
      id: 'actions',
      header: () => <span className="coverline-visually-hidden">Actions</span>,
      meta: { align: 'right', label: 'Actions' },
      cell: ({ row }) =>
        row.original.isViewer ? null : (
          // Plain "red": a subtle button with a shade (red.9) draws its text at shade 6 at most, under 4.5:1.
          <Button variant="subtle" color="red" size="xs" onClick={() => onRemove(row.original)}>
            Remove access<span className="coverline-visually-hidden"> of {row.original.email}</span>
          </Button>
        ),
    }),
  ]);
}

export function FacilityTeamList({ facility }: { facility: { id: string; name: string } }) {
  const { data, error, refetch, fetchMore } = useQuery(FacilityTeamQuery, { variables: { facilityId: facility.id, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(RevokeFacilityAccessMutation);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const columns = useMemo(() => teamColumns(setRemoving), []);

  if (!data && error) return <ErrorAlert error={error} title="The team could not load" onRetry={() => void refetch()} />;
  if (!data) return <LoadingIndicator label="Loading the team" />;

  const confirm = async () => {
    if (!removing) return;
    setDialogError(null);
    try {
      await revoke({ variables: { facilityId: facility.id, facilityUserId: removing.id } });
      setRemoving(null);
      void refetch();
    } catch (failure) {
      setDialogError(errorMessage(failure));
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="team-heading">
      <Stack gap="sm">
        <Text id="team-heading" fw={700} component="h2" size="md" m={0}>
          People with access to {facility.name}
        </Text>
        <DataTable
          caption={`People with access to ${facility.name}`}
          columns={columns}
          data={data.facilityTeam.edges.map((edge) => edge.node)}
          getRowId={(member) => member.id}
          minWidth={480}
          stackBelow="sm"
        />
        <LoadMore pageInfo={data.facilityTeam.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove access?"
        confirmLabel="Remove access"
        dismissLabel="Keep access"
        danger
        loading={revoking.loading}
        error={dialogError}
        onConfirm={() => void confirm()}
        onClose={() => {
          setDialogError(null);
          setRemoving(null);
        }}
      >
        <Text size="sm">
          <strong>{removing?.email}</strong> will no longer see the certificates of {facility.name}. Access to other facilities stays.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
