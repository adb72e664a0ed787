// A modal that asks before an action that cannot be undone; the title is the dialog's name (an h2).
import { useState, type ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';
import { errorMessage } from './errors';
import { useUiLabels } from './labels';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children?: ReactNode;
  /** The confirming button's words, e.g. "Cancel assignment". */
  confirmLabel: string;
  /** The button that closes the dialog without acting, e.g. "Keep assignment". */
  dismissLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  loading?: boolean;
  /** Why the last attempt failed, shown above the buttons. */
  error?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  dismissLabel,
  danger = false,
  loading = false,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const labels = useUiLabels();
  return (
    <Dialog opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        {children}
        {error ? <ErrorAlert title={labels.thatDidNotWork} message={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {dismissLabel ?? labels.goBack}
          </Button>
          <Button color={danger ? 'red.9' : undefined} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/**
 * The state of a ConfirmDialog whose confirm runs `action`: `open` shows it, `dialog` is its opened,
 * error, onConfirm and onClose. It closes once the action succeeds; a failure shows why and stays
 * until the next attempt or until it is dismissed.
 */
export function useConfirmation(action: () => Promise<unknown>) {
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setError(null);
    try {
      await action();
      setOpened(false);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return {
    open: () => setOpened(true),
    dialog: {
      opened,
      error,
      onConfirm: () => void confirm(),
      onClose: () => {
        setError(null);
        setOpened(false);
      },
    },
  };
}
