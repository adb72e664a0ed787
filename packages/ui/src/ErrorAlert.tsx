import type { ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';
import { useUiLabels } from './labels';

export interface ErrorAlertProps {
  /** Any error (an Apollo error, an Error, anything thrown); its message is shown. */
  error?: unknown;
  /** Shown instead of the error's own message. */
  message?: ReactNode;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, message, title, onRetry }: ErrorAlertProps) {
  const labels = useUiLabels();
  return (
    <Alert color="red" variant="light" title={title ?? labels.somethingWentWrong}>
      {message ?? labels.errorMessage(error)}
      {onRetry ? (
        <Button display="block" mt="sm" size="xs" variant="default" onClick={onRetry}>
          {labels.tryAgain}
        </Button>
      ) : null}
    </Alert>
  );
}
