// "Send reminder" for the contractors selected in the table: one request for all of them, and a
// message that says how many were reminded and why the others were not.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@coverline/ui';
import { graphql } from '../../gql';
import type { SendOptInRemindersMutation } from '../../gql/graphql';

const SendOptInRemindersMutationDocument = graphql(`
  mutation SendOptInReminders($contractorIds: [ID!]!) {
    sendOptInReminders(contractorIds: $contractorIds) {
      sent
      skipped {
        contractorId
        reason
        message
      }
    }
  }
`);

type Result = SendOptInRemindersMutation['sendOptInReminders'];

function summary(result: Result): string {
  const sent = result.sent === 1 ? 'Reminder sent to 1 contractor.' : `Reminders sent to ${result.sent} contractors.`;
  return result.skipped.length === 0 ? sent : `${sent} ${result.skipped.length} skipped:`;
}

export function SendRemindersButton({ contractorIds, onSent }: { contractorIds: readonly string[]; onSent: () => void }) {
  const [send, { loading, error, reset }] = useMutation(SendOptInRemindersMutationDocument);
  const [result, setResult] = useState<Result | null>(null);

  const onClick = async () => {
    setResult(null);
    reset();
    const { data } = await send({ variables: { contractorIds: [...contractorIds] } });
    if (data) {
      setResult(data.sendOptInReminders);
      onSent();
    }
  };

  return (
    <Stack gap="xs">
      <Button variant="default" disabled={contractorIds.length === 0} loading={loading} onClick={() => void onClick().catch(() => undefined)}>
        {contractorIds.length > 0 ? `Send reminder (${contractorIds.length})` : 'Send reminder'}
      </Button>
      <div role="status">
        {result ? (
          <Alert color={result.sent > 0 ? 'green' : 'orange'} variant="light" title={summary(result)} withCloseButton closeButtonLabel="Dismiss" onClose={() => setResult(null)}>
            {result.skipped.length > 0 ? (
              <Stack gap={2} component="ul" m={0} pl="md">
                {result.skipped.map((skip) => (
                  <Text component="li" size="sm" key={skip.contractorId}>
                    {skip.message}
                  </Text>
                ))}
              </Stack>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} title="The reminders could not be sent" /> : null}
    </Stack>
  );
}
