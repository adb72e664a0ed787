// After the opt-in: each assignment's new status in words, and the way to the contractor's page.
import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../gql/graphql';
import { OptInAssignments, type OptInAssignmentView } from './OptInAssignments';

export function OptInDone({
  title,
  message,
  assignments,
  statuses,
}: {
  title: string;
  message: string;
  assignments: readonly OptInAssignmentView[];
  /** New statuses by assignment id (from the submission); the form's own statuses otherwise. */
  statuses?: ReadonlyMap<string, AssignmentStatus>;
}) {
  const { t } = useTranslation();
  const shown = assignments.map((assignment) => ({ ...assignment, status: statuses?.get(assignment.id) ?? assignment.status }));
  return (
    <Stack gap="lg">
      <Stack gap="sm" align="flex-start">
        <ThemeIcon size={48} radius="xl" color="green.9" aria-hidden="true">
          <Text fw={800} size="xl" c="white">
            ✓
          </Text>
        </ThemeIcon>
        <Title order={1}>{title}</Title>
        <Text>{message}</Text>
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('assignment.yourAssignment', { count: shown.length })}
        </Title>
        <OptInAssignments assignments={shown} showStatus />
      </Stack>
      <Button component={Link} to="/" size="lg" fullWidth>
        {t('app.goToMyCoverage')}
      </Button>
    </Stack>
  );
}
