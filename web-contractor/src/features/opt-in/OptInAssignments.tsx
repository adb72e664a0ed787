// The assignments an opt-in covers: job, client, dates, coverage and premium, each with its status.
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignmentStatusLabel, coverageTypesInWords, formatCents, formatDateRange } from '@coverline/domain';
import { StatusBadge, assignmentStatusTone } from '@coverline/ui';
import type { AssignmentStatus, CoverageType } from '../../gql/graphql';
import { stateName } from '../assignments/words';
import { currentLanguage } from '../../i18n/i18n';

export interface OptInAssignmentView {
  id: string;
  jobName: string;
  jobTitle: string;
  clientEntity: string;
  effectiveDate: string;
  endDate: string;
  coverageTypes: CoverageType[];
  workState: string;
  premiumCents: number;
  status: AssignmentStatus;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}

export function OptInAssignments({
  assignments,
  showStatus = false,
}: {
  assignments: readonly OptInAssignmentView[];
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="sm">
      {assignments.map((assignment) => (
        <Paper key={assignment.id} bg="gray.0" radius="md" p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Stack gap={0} miw={0} style={{ flex: '1 1 200px' }}>
                <Title order={3} size="h5">
                  {assignment.jobName}
                </Title>
                <Text size="sm" c="dimmed">
                  {assignment.clientEntity} · {assignment.jobTitle}
                </Text>
              </Stack>
              {showStatus ? (
                <StatusBadge tone={assignmentStatusTone(assignment.status)}>
                  {assignmentStatusLabel(assignment.status, language)}
                </StatusBadge>
              ) : null}
            </Group>
            <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
              <Fact label={t('assignment.dates')} value={formatDateRange(assignment.effectiveDate, assignment.endDate, language)} />
              <Fact label={t('assignment.workState')} value={stateName(assignment.workState)} />
              <Fact label={t('assignment.coverage')} value={coverageTypesInWords(assignment.coverageTypes, language)} />
              <Fact label={t('assignment.premium')} value={formatCents(assignment.premiumCents, language)} />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
