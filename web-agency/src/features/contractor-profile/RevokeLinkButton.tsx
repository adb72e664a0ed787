// "Revoke link": the personal link (and any session it opened) stops working, e.g. after it was
// forwarded to the wrong person; while something waits for the contractor a new link replaces it.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { ConfirmDialog, errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';

const RevokeContractorLinksMutation = graphql(`
  mutation RevokeContractorLinks($contractorId: ID!) {
    revokeContractorLinks(contractorId: $contractorId)
  }
`);

export function RevokeLinkButton({ contractorId, firstName, onRevoked }: { contractorId: string; firstName: string; onRevoked: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeContractorLinksMutation);

  const confirm = async () => {
    setError(null);
    try {
      await revoke({ variables: { contractorId } });
      setConfirming(false);
      onRevoked();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <>
      <Button variant="default" size="sm" c="red.9" onClick={() => setConfirming(true)}>
        Revoke link
      </Button>
      <ConfirmDialog
        opened={confirming}
        title="Revoke this link?"
        confirmLabel="Revoke link"
        dismissLabel="Keep link"
        danger
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setError(null);
          setConfirming(false);
        }}
      >
        <Text size="sm">
          The link stops working at once, and anyone signed in with it is signed out. A new link replaces it here; send{' '}
          {firstName} a reminder to email it to them.
        </Text>
      </ConfirmDialog>
    </>
  );
}
