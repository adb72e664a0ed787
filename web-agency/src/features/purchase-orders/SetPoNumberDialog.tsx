// Sets or changes the PO number of one assignment, from its card.
import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dialog, ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { PO_NUMBER_FIELDS, PoNumberFields, usePoNumberForm } from './po-number-form';
import { useSetPoNumber } from './use-set-po-number';

export interface SetPoNumberDialogProps {
  assignment: { id: string; jobName: string; poNumber?: string | null };
  opened: boolean;
  onClose: () => void;
  onSaved: (poNumber: string) => void;
}

export function SetPoNumberDialog({ assignment, opened, onClose, onSaved }: SetPoNumberDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [setPoNumber] = useSetPoNumber();
  const form = usePoNumberForm(assignment.poNumber ?? '');
  const {
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting },
  } = form;

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ poNumber, poContactEmail }) => {
    setFormError(null);
    try {
      await setPoNumber({ variables: { assignmentIds: [assignment.id], poNumber, poContactEmail: poContactEmail ?? null } });
      reset({ poNumber, poContactEmail: '' });
      onSaved(poNumber);
    } catch (error) {
      setFormError(applyGraphQLError(error, PO_NUMBER_FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Dialog opened={opened} onClose={close} title={assignment.poNumber ? 'Change PO number' : 'Set PO number'}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            The PO number of <strong>{assignment.jobName}</strong>. Its invoices are grouped by PO number; an invoice already issued keeps the number it was issued with.
          </Text>
          {formError ? <ErrorAlert title="The PO number was not saved" message={formError} /> : null}
          <PoNumberFields form={form} autoFocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save PO number
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
