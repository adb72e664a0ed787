// What a contractor can do about an assignment's charge: after a decline, "Update card" (the new card
// is charged at once) or "Retry payment" on the same card; and "Opt out" (confirmed first) until a
// charge runs. Whether each is offered is the server's call (Charge.viewerCanOptOut / viewerCanRetry).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { cardLabel, formatCents } from '@coverline/domain';
import { ConfirmDialog, Dialog } from '@coverline/ui';
import { contractorErrorMessage, contractorResultMessage } from '../../i18n/contractor-errors';
import { currentLanguage } from '../../i18n/i18n';
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
  const { t } = useTranslation();
  const language = currentLanguage();
  const amount = formatCents(amountCents, language);
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
      const outcome = data?.optOutOfCharge;
      setResult({ ok: true, message: outcome ? contractorResultMessage(outcome.status, outcome.message) : t('payments.optedOut') });
      onChanged();
    } catch (error) {
      setDialogError(contractorErrorMessage(error));
    }
  };

  const retryPayment = async () => {
    setResult(null);
    try {
      const { data } = await retry({ variables: { assignmentId } });
      const outcome = data?.retryCharge;
      setResult({ ok: outcome?.status === 'COVERED', message: outcome ? contractorResultMessage(outcome.status, outcome.message) : t('payments.retried') });
      onChanged();
    } catch (error) {
      setResult({ ok: false, message: contractorErrorMessage(error) });
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
            <Button onClick={() => setUpdatingCard(true)}>{t('payments.updateCard')}</Button>
            <Button variant="default" onClick={() => void retryPayment()} loading={retryState.loading}>
              {t('payments.retryPayment')}
            </Button>
          </>
        ) : null}
        {canOptOut ? (
          <Button variant="default" c="red.9" onClick={() => setConfirming(true)}>
            {t('payments.optOut')}
          </Button>
        ) : null}
      </Group>
      <Dialog opened={updatingCard} onClose={() => setUpdatingCard(false)} title={t('payments.updateYourCard')}>
        <Stack gap="md">
          <Text size="sm">
            <Trans i18nKey="payments.newCardCharged" values={{ amount, jobName }} components={{ strong: <strong /> }} />
          </Text>
          <CardUpdateForm
            submitLabel={t('payments.saveAndPay', { amount })}
            cancelLabel={t('payments.keepCurrentCard')}
            onSaved={(method) => {
              setUpdatingCard(false);
              setResult({ ok: true, message: t('payments.savedAndRetried', { card: cardLabel(method, language) }) });
              onChanged();
            }}
            onCancel={() => setUpdatingCard(false)}
          />
        </Stack>
      </Dialog>
      <ConfirmDialog
        opened={confirming}
        title={t('payments.optOutTitle')}
        confirmLabel={t('payments.optOut')}
        dismissLabel={t('payments.stayCovered')}
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
          <Trans i18nKey="payments.optOutExplained" values={{ amount, jobName }} components={{ strong: <strong /> }} />
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
