// Archive (or restore) a contractor from their profile. The server refuses while an assignment is
// under way, and says which.
import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { ConfirmDialog, useConfirmation } from '@coverline/ui';
import { graphql } from '../../gql';

const ArchiveContractorMutation = graphql(`
  mutation ArchiveContractor($id: ID!) {
    archiveContractor(id: $id) {
      id
      archived
      archivedAt
    }
  }
`);

const RestoreContractorMutation = graphql(`
  mutation RestoreContractor($id: ID!) {
    restoreContractor(id: $id) {
      id
      archived
      archivedAt
    }
  }
`);

export function ArchiveContractorButton({ contractor }: { contractor: { id: string; firstName: string; archived: boolean } }) {
  // Archiving and restoring change who the default list shows.
  const [archive, archiving] = useMutation(ArchiveContractorMutation, { update: (cache) => void cache.evict({ fieldName: 'contractors' }) });
  const [restore, restoring] = useMutation(RestoreContractorMutation, { update: (cache) => void cache.evict({ fieldName: 'contractors' }) });
  const confirmation = useConfirmation(() => archive({ variables: { id: contractor.id } }));

  if (contractor.archived) {
    return (
      <Button variant="default" loading={restoring.loading} onClick={() => void restore({ variables: { id: contractor.id } })}>
        Restore
      </Button>
    );
  }

  return (
    <>
      <Button variant="default" onClick={confirmation.open}>
        Archive
      </Button>
      <ConfirmDialog {...confirmation.dialog} title={`Archive ${contractor.firstName}?`} confirmLabel="Archive" dismissLabel="Keep active" loading={archiving.loading}>
        <Text size="sm">
          {contractor.firstName} leaves the contractors list and cannot be given new assignments. Their work history and
          certificates stay. You can restore them at any time.
        </Text>
      </ConfirmDialog>
    </>
  );
}
