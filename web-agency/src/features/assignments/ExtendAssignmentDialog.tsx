// Moves an assignment's end date later (checkExtension: later than now, at most a year after the
// effective date); the server's message lands on the date field.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { addDays, addYears, checkExtension } from '@coverline/domain';
import { Dialog, ErrorAlert, applyGraphQLError, formatDate } from '@coverline/ui';
import { graphql } from '../../gql';
import { validationResolver } from '@coverline/ui';

const ExtendAssignmentMutation = graphql(`
  mutation ExtendAssignment($id: ID!, $endDate: String!) {
    extendAssignment(id: $id, endDate: $endDate) {
      id
      ...AssignmentCard_assignment
    }
  }
`);

interface ExtendValues {
  endDate: string;
}

export interface ExtendAssignmentDialogProps {
  assignment: { id: string; jobName: string; effectiveDate: string; endDate: string };
  opened: boolean;
  onClose: () => void;
  onExtended: (endDate: string) => void;
}

export function ExtendAssignmentDialog({ assignment, opened, onClose, onExtended }: ExtendAssignmentDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [extend] = useMutation(ExtendAssignmentMutation);
  const latest = addYears(assignment.effectiveDate, 1);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ExtendValues, unknown, ExtendValues>({
    defaultValues: { endDate: '' },
    resolver: validationResolver<ExtendValues, ExtendValues>((values) => {
      const issues = checkExtension({
        effectiveDate: assignment.effectiveDate,
        currentEndDate: assignment.endDate,
        newEndDate: values.endDate,
      }).map((problem) => ({ path: [problem.field], message: problem.message }));
      return issues.length === 0 ? { ok: true, output: values } : { ok: false, issues };
    }),
  });

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ endDate }) => {
    setFormError(null);
    try {
      await extend({ variables: { id: assignment.id, endDate } });
      reset();
      onExtended(endDate);
    } catch (error) {
      setFormError(applyGraphQLError(error, ['endDate'] as const, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Dialog opened={opened} onClose={close} title="Extend assignment">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            <strong>{assignment.jobName}</strong> ends on {formatDate(assignment.endDate)}. It can run until{' '}
            {formatDate(latest)} at the latest (one year from its effective date). The contractor is told by email,
            and a covered assignment gets a new certificate with the new dates.
          </Text>
          {formError ? <ErrorAlert title="The assignment was not extended" message={formError} /> : null}
          <TextInput
            type="date"
            label="New end date"
            min={addDays(assignment.endDate, 1)}
            max={latest}
            required
            data-autofocus
            error={errors.endDate?.message}
            {...register('endDate')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              Keep current dates
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save end date
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
