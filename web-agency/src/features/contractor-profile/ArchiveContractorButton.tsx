// Archive (or restore) a contractor from their profile. The server refuses while an assignment is
// under way, and says which.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { ConfirmDialog, errorMessage } from '@coverline/ui';
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
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Archiving and restoring change who the default list shows.
  const [archive, archiving] = useMutation(ArchiveContractorMutation, { update: (cache) => void cache.evict({ fieldName: 'contractors' }) });
  const [restore, restoring] = useMutation(RestoreContractorMutation, { update: (cache) => void cache.evict({ fieldName: 'contractors' }) });

  if (contractor.archived) {
    return (
      <Button variant="default" loading={restoring.loading} onClick={() => void restore({ variables: { id: contractor.id } })}>
        Restore
      </Button>
    );
  }

  const confirm = async () => {
    setError(null);
    try {
      await archive({ variables: { id: contractor.id } });
      setConfirming(false);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setConfirming(true)}>
        Archive
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={`Archive ${contractor.firstName}?`}
        confirmLabel="Archive"
        dismissLabel="Keep active"
        loading={archiving.loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setError(null);
          setConfirming(false);
        }}
      >
        <Text size="sm">
          {contractor.firstName} leaves the contractors list and cannot be given new assignments. Their work history and
          certificates stay. You can restore them at any time.
        </Text>
      </ConfirmDialog>
    </>
  );
}
