// Emails the contractor their opt-in link again; when there is nothing to confirm the server says so.
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

export function SendReminderButton({ contractorId, email }: { contractorId: string; email: string }) {
  const [send, { loading }] = useMutation(SendOptInReminderMutation);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const onClick = async () => {
    setResult(null);
    try {
      await send({ variables: { contractorId } });
      setResult({ ok: true, message: `Reminder sent to ${email}.` });
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" onClick={() => void onClick()} loading={loading}>
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
