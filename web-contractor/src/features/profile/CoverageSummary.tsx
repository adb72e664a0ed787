// The contractor's own page: who we think they are and where their coverage really stands, with the
// action that moves it on when something waits on them.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contractorCoverageAction, contractorCoverageSentence, contractorCoverageStatusLabel } from '@coverline/domain';
import { StatusBadge, contractorCoverageTone } from '@coverline/ui';
import type { Viewer } from '@coverline/ui/shell';
import type { ContractorCoverageStatus } from '../../gql/graphql';
import { ContractorActionButton } from '../assignments/ContractorActionButton';
import { currentLanguage } from '../../i18n/i18n';

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
  const { t } = useTranslation();
  const language = currentLanguage();
  const action = contractorCoverageAction(coverageStatus, cardOnFile);
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{t('home.yourCoverage')}</Text>
        <StatusBadge tone={contractorCoverageTone(coverageStatus)}>{contractorCoverageStatusLabel(coverageStatus, language)}</StatusBadge>
      </Group>
      <Text>{contractorCoverageSentence(coverageStatus, cardOnFile, language)}</Text>
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
  const { t } = useTranslation();
  const contractor = viewer.contractor;
  const firstName = contractor?.firstName ?? viewer.name;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.hello', { firstName })}</Title>
      {contractor ? (
        <Card withBorder padding="lg" radius="md">
          <Stack gap="md">
            <Title order={2}>{t('home.yourDetails')}</Title>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
              <Detail label={t('home.name')} value={`${contractor.firstName} ${contractor.lastName}`} />
              <Detail label={t('home.email')} value={contractor.email} />
            </SimpleGrid>
            {standing ? <CoverageStanding {...standing} /> : null}
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
