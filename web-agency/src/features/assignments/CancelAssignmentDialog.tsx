// Cancels an assignment before its effective date, with an optional reason the contractor reads.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Stack, Text, Textarea } from '@mantine/core';
import { ConfirmDialog, errorMessage, formatDateRange } from '@coverline/ui';
import { graphql } from '../../gql';

const CancelAssignmentMutation = graphql(`
  mutation CancelAssignment($id: ID!, $reason: String) {
    cancelAssignment(id: $id, reason: $reason) {
      id
      ...AssignmentCard_assignment
    }
  }
`);

export interface CancelAssignmentDialogProps {
  assignment: { id: string; jobName: string; clientEntity: string; effectiveDate: string; endDate: string };
  contractorFirstName: string;
  opened: boolean;
  onClose: () => void;
  onCancelled: () => void;
}

export function CancelAssignmentDialog({
  assignment,
  contractorFirstName,
  opened,
  onClose,
  onCancelled,
}: CancelAssignmentDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CancelAssignmentMutation);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setError(null);
    try {
      await cancel({ variables: { id: assignment.id, reason: reason.trim() || null } });
      setReason('');
      onCancelled();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <ConfirmDialog
      opened={opened}
      title="Cancel this assignment?"
      confirmLabel="Cancel assignment"
      dismissLabel="Keep assignment"
      danger
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      <Stack gap="sm">
        <Text size="sm">
          <strong>{assignment.jobName}</strong> for {assignment.clientEntity},{' '}
          {formatDateRange(assignment.effectiveDate, assignment.endDate)}, will not be covered. {contractorFirstName} is
          told by email. This cannot be undone.
        </Text>
        <Textarea
          label="Reason (optional)"
          description="Included in the email to the contractor and kept in the status history."
          autosize
          minRows={2}
          maxRows={5}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </Stack>
    </ConfirmDialog>
  );
}
