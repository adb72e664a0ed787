// Emails the contractor their opt-in link again (shown only while something waits for them); the
// reminder then appears in the history.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';

const SendOptInReminderMutation = graphql(`
  mutation SendOptInReminder($contractorId: ID!) {
    sendOptInReminder(contractorId: $contractorId)
  }
`);

export function SendReminderButton({ contractorId, email, onSent }: { contractorId: string; email: string; onSent: () => void }) {
  const [send, { loading }] = useMutation(SendOptInReminderMutation);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const onClick = async () => {
    setResult(null);
    try {
      await send({ variables: { contractorId } });
      setResult({ ok: true, message: `Reminder sent to ${email}.` });
      onSent();
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" size="sm" onClick={() => void onClick()} loading={loading}>
        Send reminder
      </Button>
      {result ? (
        <Alert
          color={result.ok ? 'green' : 'orange'}
          variant="light"
          role="status"
          py="xs"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setResult(null)}
        >
          {result.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
