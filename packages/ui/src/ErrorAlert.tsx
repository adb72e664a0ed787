import type { ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';
import { errorMessage } from './errors';

export interface ErrorAlertProps {
  /** Any error (an Apollo error, an Error, anything thrown); its message is shown. */
  error?: unknown;
  /** Shown instead of the error's own message. */
  message?: ReactNode;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, message, title = 'Something went wrong', onRetry }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title}>
      {message ?? errorMessage(error)}
      {onRetry ? (
        <Button display="block" mt="sm" size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Alert>
  );
}
