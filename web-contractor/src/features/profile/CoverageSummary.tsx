// The contractor's own page: who we think they are and where their opt-in stands.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Viewer } from '@coverline/ui/shell';
import { optInStatusSentence } from './opt-in-status';

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

export function CoverageSummary({ viewer }: { viewer: Viewer }) {
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
            <Text>{optInStatusSentence(contractor.optInStatus)}</Text>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
