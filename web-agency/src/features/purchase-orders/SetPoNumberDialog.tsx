// Sets or changes the PO number of one assignment, from its card.
import { Button, Group, Stack, Text } from '@mantine/core';
import { Dialog, ErrorAlert } from '@coverline/ui';
import { PoNumberFields, usePoNumberForm } from './po-number-form';

export interface SetPoNumberDialogProps {
  assignment: { id: string; jobName: string; poNumber?: string | null };
  opened: boolean;
  onClose: () => void;
  onSaved: (poNumber: string) => void;
}

export function SetPoNumberDialog({ assignment, opened, onClose, onSaved }: SetPoNumberDialogProps) {
  const { form, formError, setFormError, save } = usePoNumberForm(assignment.poNumber ?? '');
  const {
    handleSubmit,
    reset,
    formState: { isSubmitting },
  } = form;

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async (values) => {
    if (!(await save([assignment.id], values))) return;
    reset({ poNumber: values.poNumber, poContactEmail: '' });
    onSaved(values.poNumber);
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
