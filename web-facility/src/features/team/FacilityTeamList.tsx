// Who can see this facility's certificates, and removing someone's access to it.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { ConfirmDialog, ErrorAlert, LoadingIndicator, errorMessage, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';

export const FacilityTeamQuery = graphql(`
  query FacilityTeam($facilityId: ID!) {
    facilityTeam(facilityId: $facilityId) {
      id
      email
      name
      grantedAt
      lastSignInAt
      isViewer
    }
  }
`);

const RevokeFacilityAccessMutation = graphql(`
  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {
    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)
  }
`);

type Member = { id: string; email: string };

export function FacilityTeamList({ facility }: { facility: { id: string; name: string } }) {
  const { data, error, refetch } = useQuery(FacilityTeamQuery, { variables: { facilityId: facility.id }, fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(RevokeFacilityAccessMutation);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);

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
        <div style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm" aria-labelledby="team-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Last signed in</Table.Th>
                <Table.Th scope="col">
                  <span className="coverline-visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.facilityTeam.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    {member.email}{' '}
                    {member.isViewer ? (
                      <Badge variant="light" color="gray" ml={4}>
                        You
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{member.lastSignInAt ? formatDateTime(member.lastSignInAt) : 'Not yet'}</Table.Td>
                  <Table.Td ta="right">
                    {member.isViewer ? null : (
                      <Button variant="subtle" color="red.9" size="xs" onClick={() => setRemoving(member)}>
                        Remove access<span className="coverline-visually-hidden"> of {member.email}</span>
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
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
