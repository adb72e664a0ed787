// "Revoke link": the personal link (and any session it opened) stops working, e.g. after it was
// forwarded to the wrong person; while something waits for the contractor a new link replaces it.
import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { ConfirmDialog, useConfirmation } from '@coverline/ui';
import { graphql } from '../../gql';

const RevokeContractorLinksMutation = graphql(`
  mutation RevokeContractorLinks($contractorId: ID!) {
    revokeContractorLinks(contractorId: $contractorId)
  }
`);

export function RevokeLinkButton({ contractorId, firstName, onRevoked }: { contractorId: string; firstName: string; onRevoked: () => void }) {
  const [revoke, { loading }] = useMutation(RevokeContractorLinksMutation);
  const confirmation = useConfirmation(async () => {
    await revoke({ variables: { contractorId } });
    onRevoked();
  });

  return (
    <>
      <Button variant="default" size="sm" c="red.9" onClick={confirmation.open}>
        Revoke link
      </Button>
      <ConfirmDialog {...confirmation.dialog} title="Revoke this link?" confirmLabel="Revoke link" dismissLabel="Keep link" danger loading={loading}>
        <Text size="sm">
          The link stops working at once, and anyone signed in with it is signed out. A new link replaces it here; send{' '}
          {firstName} a reminder to email it to them.
        </Text>
      </ConfirmDialog>
    </>
  );
}
