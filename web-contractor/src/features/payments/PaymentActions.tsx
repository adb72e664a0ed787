// What a contractor can do about an assignment's charge: after a decline, "Update card" (the new card
// is charged at once) or "Retry payment" on the same card; and "Opt out" (confirmed first) until a
// charge runs. Whether each is offered is the server's call (Charge.viewerCanOptOut / viewerCanRetry).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { cardLabel, formatCents } from '@coverline/domain';
import { ConfirmDialog, Dialog, errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';
import { CardUpdateForm } from './CardUpdateForm';

const OptOutOfChargeMutation = graphql(`
  mutation OptOutOfCharge($assignmentId: ID!) {
    optOutOfCharge(assignmentId: $assignmentId) {
      assignmentId
      status
      message
    }
  }
`);

const RetryChargeMutation = graphql(`
  mutation RetryCharge($assignmentId: ID!) {
    retryCharge(assignmentId: $assignmentId) {
      assignmentId
      status
      message
    }
  }
`);

export interface PaymentActionsProps {
  assignmentId: string;
  jobName: string;
  amountCents: number;
  canOptOut: boolean;
  canRetry: boolean;
  /** Ask again for the assignments and charges after a change. */
  onChanged: () => void;
}

export function PaymentActions({ assignmentId, jobName, amountCents, canOptOut, canRetry, onChanged }: PaymentActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [updatingCard, setUpdatingCard] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [optOut, optOutState] = useMutation(OptOutOfChargeMutation);
  const [retry, retryState] = useMutation(RetryChargeMutation);

  if (!canOptOut && !canRetry && !result) return null;

  const confirmOptOut = async () => {
    setDialogError(null);
    try {
      const { data } = await optOut({ variables: { assignmentId } });
      setConfirming(false);
      setResult({ ok: true, message: data?.optOutOfCharge.message ?? 'You opted out.' });
      onChanged();
    } catch (error) {
      setDialogError(errorMessage(error));
    }
  };

  const retryPayment = async () => {
    setResult(null);
    try {
      const { data } = await retry({ variables: { assignmentId } });
      setResult({ ok: data?.retryCharge.status === 'COVERED', message: data?.retryCharge.message ?? 'Payment retried.' });
      onChanged();
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="xs">
      {result ? (
        <Alert color={result.ok ? 'green' : 'orange'} variant="light" role="status" py="xs">
          {result.message}
        </Alert>
      ) : null}
      <Group gap="sm">
        {canRetry ? (
          <>
            <Button onClick={() => setUpdatingCard(true)}>Update card</Button>
            <Button variant="default" onClick={() => void retryPayment()} loading={retryState.loading}>
              Retry payment
            </Button>
          </>
        ) : null}
        {canOptOut ? (
          <Button variant="default" c="red.9" onClick={() => setConfirming(true)}>
            Opt out
          </Button>
        ) : null}
      </Group>
      <Dialog opened={updatingCard} onClose={() => setUpdatingCard(false)} title="Update your card">
        <Stack gap="md">
          <Text size="sm">
            Your new card is charged {formatCents(amountCents)} for <strong>{jobName}</strong> as soon as you save it.
            Your coverage starts when the payment goes through.
          </Text>
          <CardUpdateForm
            submitLabel={`Save and pay ${formatCents(amountCents)}`}
            cancelLabel="Keep current card"
            onSaved={(method) => {
              setUpdatingCard(false);
              setResult({ ok: true, message: `Saved: ${cardLabel(method)} is your card on file now, and the payment was retried with it.` });
              onChanged();
            }}
            onCancel={() => setUpdatingCard(false)}
          />
        </Stack>
      </Dialog>
      <ConfirmDialog
        opened={confirming}
        title="Opt out of this assignment?"
        confirmLabel="Opt out"
        dismissLabel="Stay covered"
        danger
        loading={optOutState.loading}
        error={dialogError}
        onConfirm={() => void confirmOptOut()}
        onClose={() => {
          setDialogError(null);
          setConfirming(false);
        }}
      >
        <Text size="sm">
          Your card will not be charged {formatCents(amountCents)} for <strong>{jobName}</strong>, and you will{' '}
          <strong>not be covered</strong> for it. This cannot be undone.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
