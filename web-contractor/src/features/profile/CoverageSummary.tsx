// The contractor's own page: who we think they are and where their coverage really stands, with the
// action that moves it on when something waits on them.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CONTRACTOR_COVERAGE_LABELS, contractorCoverageAction, contractorCoverageSentence } from '@coverline/domain';
import { StatusBadge, contractorCoverageTone } from '@coverline/ui';
import type { Viewer } from '@coverline/ui/shell';
import type { ContractorCoverageStatus } from '../../gql/graphql';
import { ContractorActionButton } from '../assignments/ContractorActionButton';

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}

export interface CoverageStandingProps {
  coverageStatus: ContractorCoverageStatus;
  optInUrl: string | null;
  cardOnFile: boolean;
}

function CoverageStanding({ coverageStatus, optInUrl, cardOnFile }: CoverageStandingProps) {
  const action = contractorCoverageAction(coverageStatus, cardOnFile);
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>Your coverage:</Text>
        <StatusBadge tone={contractorCoverageTone(coverageStatus)}>{CONTRACTOR_COVERAGE_LABELS[coverageStatus]}</StatusBadge>
      </Group>
      <Text>{contractorCoverageSentence(coverageStatus, cardOnFile)}</Text>
      {action ? <ContractorActionButton action={action} optInUrl={optInUrl} /> : null}
    </Stack>
  );
}

export function CoverageSummary({
  viewer,
  standing,
}: {
  viewer: Viewer;
  /** Read fresh on every visit; absent while it loads, so no stale status is shown. */
  standing?: CoverageStandingProps | null;
}) {
  const contractor = viewer.contractor;
  const firstName = contractor?.firstName ?? viewer.name;

  return (
    <Stack gap="lg">
      <Title order={1}>Hello, {firstName}</Title>
      {contractor ? (
        <Card withBorder padding="lg" radius="md">
          <Stack gap="md">
            <Title order={2}>Your details</Title>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
              <Detail label="Name" value={`${contractor.firstName} ${contractor.lastName}`} />
              <Detail label="Email" value={contractor.email} />
            </SimpleGrid>
            {standing ? <CoverageStanding {...standing} /> : null}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
