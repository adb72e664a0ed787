// The top of a contractor's profile: name, status and Archive; their personal link (opt-in and
// coverage) to share, with Send reminder and Revoke link; contact details (and their language) with Edit; the card on file.
import { useState } from 'react';
import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CopyField, PageHeader, StatusBadge } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ContractorHeader_ContractorFragment } from '../../gql/graphql';
import { BackLink } from '../../components/BackLink';
import { CoverageStatusBadge } from '../contractors/CoverageStatusBadge';
import { addressInWords, stateInWords } from '../assignments/words';
import { ArchiveContractorButton } from './ArchiveContractorButton';
import { preferredLanguageInWords } from './language-words';
import { EditContractorDialog } from './EditContractorDialog';
import { PaymentMethodCard } from './PaymentMethodCard';
import { RevokeLinkButton } from './RevokeLinkButton';
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
    preferredLanguage
    languageChosen
    coverageStatus
    coverageStatusLabel
    optInUrl
    canBeReminded
    archived
    archivedAt
    paymentMethod {
      ...PaymentMethodCard_paymentMethod
    }
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

export interface ContractorHeaderProps {
  contractor: ContractorHeader_ContractorFragment;
  /** Whether any assignment is paid by the contractor: then the card on file is shown, or its absence. */
  paysForCoverage: boolean;
  /** Something changed that the page shows elsewhere (a reminder sent, a new link): load it again. */
  onChanged: () => void;
}

export function ContractorHeader({ contractor, paysForCoverage, onChanged }: ContractorHeaderProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        back={<BackLink to="/contractors">Contractors</BackLink>}
        title={`${contractor.firstName} ${contractor.lastName}`}
        badge={
          <Group gap="xs">
            <CoverageStatusBadge status={contractor.coverageStatus} label={contractor.coverageStatusLabel} />
            {contractor.archived ? <StatusBadge tone="neutral">Archived</StatusBadge> : null}
          </Group>
        }
        description={contractor.email}
        actions={<ArchiveContractorButton contractor={contractor} />}
      />

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="personal-link">
        <Stack gap="md">
          <Title order={2} size="h4" id="personal-link">
            Personal link
          </Title>
          {contractor.optInUrl ? (
            <CopyField
              label="Opt-in and coverage link"
              description="Opens their opt-in form and coverage. Share it directly if the email went astray."
              value={contractor.optInUrl}
              copyLabel="Copy link"
            />
          ) : (
            <Text size="sm" c="dimmed">
              Nothing waits for {contractor.firstName} now. A link is created and emailed when an assignment needs their opt-in.
            </Text>
          )}
          {contractor.canBeReminded || contractor.optInUrl ? (
            <Group gap="sm" align="flex-start">
              {contractor.canBeReminded ? <SendReminderButton contractorId={contractor.id} email={contractor.email} onSent={onChanged} /> : null}
              {contractor.optInUrl ? <RevokeLinkButton contractorId={contractor.id} firstName={contractor.firstName} onRevoked={onChanged} /> : null}
            </Group>
          ) : null}
        </Stack>
      </Card>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: paysForCoverage ? 8 : 12 }}>
          <Card withBorder radius="md" padding="lg" h="100%" component="section" aria-labelledby="contractor-details">
            <Stack gap="md">
              <Group justify="space-between" gap="sm">
                <Title order={2} size="h4" id="contractor-details">
                  Details
                </Title>
                <Button variant="default" size="sm" onClick={() => setEditing(true)}>
                  Edit details
                </Button>
              </Group>
              {saved ? (
                <Text size="sm" c="green.9" role="status">
                  Details saved.
                </Text>
              ) : null}
              <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" m={0}>
                <Detail label="Email" value={contractor.email} />
                <Detail label="Phone" value={contractor.phone} />
                <Detail label="Address" value={addressInWords(contractor)} />
                <Detail label="Work state" value={contractor.workState ? stateInWords(contractor.workState) : null} />
                <Detail label="External ID" value={contractor.externalId} />
                <Detail label="Language" value={preferredLanguageInWords(contractor)} />
              </SimpleGrid>
            </Stack>
          </Card>
        </Grid.Col>
        {paysForCoverage ? (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <PaymentMethodCard paymentMethod={contractor.paymentMethod ?? null} />
          </Grid.Col>
        ) : null}
      </Grid>

      <EditContractorDialog
        contractor={contractor}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setSaved(true);
        }}
      />
    </Stack>
  );
}
