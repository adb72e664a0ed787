// The top of a contractor's profile: name and opt-in status, contact details, their personal
// link (opt-in and coverage) to share, and a reminder to send.
import { Anchor, Card, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { CopyField, PageHeader } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ContractorHeader_ContractorFragment } from '../../gql/graphql';
import { OptInStatusBadge } from '../contractors/opt-in-status';
import { stateInWords } from '../assignments/words';
import { SendReminderButton } from './SendReminderButton';

export const ContractorHeader_contractor = graphql(`
  fragment ContractorHeader_contractor on Contractor {
    id
    firstName
    lastName
    email
    phone
    addressLine1
    city
    state
    postalCode
    workState
    externalId
    optInStatus
    optInUrl
  }
`);

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500} c={value ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
        {value || 'Not given'}
      </Text>
    </Stack>
  );
}

function addressInWords(contractor: ContractorHeader_ContractorFragment): string | null {
  const cityLine = [contractor.city, [contractor.state, contractor.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const parts = [contractor.addressLine1, cityLine].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function ContractorHeader({ contractor }: { contractor: ContractorHeader_ContractorFragment }) {
  return (
    <Stack gap="lg">
      <PageHeader
        back={
          <Anchor component={Link} to="/contractors" size="sm">
            ← Contractors
          </Anchor>
        }
        title={`${contractor.firstName} ${contractor.lastName}`}
        badge={<OptInStatusBadge status={contractor.optInStatus} />}
        description={contractor.email}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder radius="md" padding="lg" h="100%">
            <Stack gap="md">
              <Title order={2} size="h4">
                Contact
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" m={0}>
                <Detail label="Email" value={contractor.email} />
                <Detail label="Phone" value={contractor.phone} />
                <Detail label="Address" value={addressInWords(contractor)} />
                <Detail label="Work state" value={contractor.workState ? stateInWords(contractor.workState) : null} />
                {contractor.externalId ? <Detail label="External ID" value={contractor.externalId} /> : null}
              </SimpleGrid>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder radius="md" padding="lg" h="100%">
            <Stack gap="md">
              <Title order={2} size="h4">
                Opt-in
              </Title>
              {contractor.optInUrl ? (
                <CopyField
                  label="Personal link"
                  description="Opens their opt-in form and coverage. Share it directly if the email went astray."
                  value={contractor.optInUrl}
                  copyLabel="Copy link"
                />
              ) : (
                <Text size="sm" c="dimmed">
                  No active personal link. One is created and emailed when an assignment needs their opt-in.
                </Text>
              )}
              <SendReminderButton contractorId={contractor.id} email={contractor.email} />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
