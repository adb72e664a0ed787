// The assignments the missing PO numbers box counts, each with a checkbox: select several (say, one
// campaign's), enter one PO number and its contact, save. Saved ones leave the list. The PO number
// comes first, so a long list need not be scrolled past to reach it.
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert, StatusBadge, assignmentStatusTone, formatDateRange } from '@coverline/ui';
import { graphql } from '../../gql';
import type { MissingPoNumbersForm_AssignmentFragment } from '../../gql/graphql';
import { PoNumberFields, usePoNumberForm } from './po-number-form';

export const MissingPoNumbersForm_assignment = graphql(`
  fragment MissingPoNumbersForm_assignment on Assignment {
    id
    status
    statusLabel
    jobName
    clientEntity
    effectiveDate
    endDate
    contractor {
      id
      firstName
      lastName
    }
  }
`);

type Row = MissingPoNumbersForm_AssignmentFragment;

export function MissingPoNumbersForm({ assignments }: { assignments: Row[] }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<string | null>(null);
  const { form, formError, setFormError, save } = usePoNumberForm();
  const {
    handleSubmit,
    reset,
    formState: { isSubmitting },
  } = form;
  // Only ids still listed count: one saved elsewhere meanwhile drops out of the selection.
  const chosen = useMemo(() => assignments.filter((row) => selected.has(row.id)).map((row) => row.id), [assignments, selected]);
  const allChosen = chosen.length === assignments.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    if (chosen.length === 0) {
      setFormError('Select the assignments this PO number is for.');
      return;
    }
    if (!(await save(chosen, values))) return;
    setSaved(`PO number ${values.poNumber} set on ${chosen.length === 1 ? '1 assignment' : `${chosen.length} assignments`}.`);
    setSelected(new Set());
    reset();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {saved ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)} closeButtonLabel="Dismiss">
            {saved}
          </Alert>
        ) : null}
        {assignments.length === 0 ? (
          <Card withBorder radius="md" padding="lg">
            <Text fw={600}>No PO numbers missing</Text>
            <Text size="sm" c="dimmed">
              Every assignment whose contractor opted in has a PO number.
            </Text>
          </Card>
        ) : (
          <>
            <Card withBorder radius="md" padding="lg">
              <Stack gap="md">
                <Title order={2} size="h4">
                  PO number for the selected assignments
                </Title>
                {formError ? <ErrorAlert title="The PO number was not saved" message={formError} /> : null}
                <PoNumberFields form={form} />
                <Group justify="flex-end">
                  <Button type="submit" loading={isSubmitting} disabled={chosen.length === 0}>
                    {chosen.length === 0 ? 'Select assignments first' : `Set PO number on ${chosen.length === 1 ? '1 assignment' : `${chosen.length} assignments`}`}
                  </Button>
                </Group>
              </Stack>
            </Card>
            <Card withBorder radius="md" padding={0}>
              <Box px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Checkbox
                  label={`Select all ${assignments.length}`}
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  onChange={(event) => setSelected(event.currentTarget.checked ? new Set(assignments.map((row) => row.id)) : new Set())}
                />
              </Box>
              <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Assignments without a PO number">
                {assignments.map((row) => (
                  <Box component="li" key={row.id} px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                    <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                      <Checkbox
                        checked={selected.has(row.id)}
                        onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                        miw={0}
                        style={{ flex: '1 1 220px' }}
                        label={
                          <Text span fw={600} size="sm">
                            {row.contractor.firstName} {row.contractor.lastName} · {row.jobName}
                          </Text>
                        }
                        description={`${row.clientEntity} · ${formatDateRange(row.effectiveDate, row.endDate)}`}
                      />
                      <StatusBadge tone={assignmentStatusTone(row.status)}>{row.statusLabel}</StatusBadge>
                    </Group>
                  </Box>
                ))}
              </Stack>
            </Card>
          </>
        )}
      </Stack>
    </form>
  );
}
