// One assignment of a contractor's work history: the facts at a glance with its certificates, its
// details and status history on demand, and Extend / Cancel when the server says the viewer may.
import { useId, useState } from 'react';
import { Alert, Box, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { coverageTypesInWords, formatCents } from '@coverline/domain';
import { CertificateList, StatusBadge, assignmentStatusTone, formatDate, formatDateRange, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { AssignmentCard_AssignmentFragment } from '../../gql/graphql';
import { CancelAssignmentDialog } from './CancelAssignmentDialog';
import { ExtendAssignmentDialog } from './ExtendAssignmentDialog';
import { SetPoNumberDialog } from '../purchase-orders/SetPoNumberDialog';
import { StatusHistory } from './StatusHistory';
import { jobCategoryLabel, stateInWords } from './words';

export const AssignmentCard_assignment = graphql(`
  fragment AssignmentCard_assignment on Assignment {
    id
    status
    statusLabel
    nextStep
    optInRequired
    premiumCents
    wageCents
    payer
    poNumber
    effectiveDate
    endDate
    clientEntity
    jobName
    description
    createdAt
    viewerCanCancel
    viewerCanExtend
    jobCategory {
      id
      status
      coverageTypes
      workState
      jobCode {
        id
        code
        title
      }
    }
    facility {
      id
      name
    }
    certificates {
      id
      number
      status
      downloadUrl
      verifyUrl
    }
    statusHistory {
      fromStatus
      toStatus
      actorType
      reason
      at
    }
  }
`);

type Assignment = AssignmentCard_AssignmentFragment;

/** Statuses where the next step is still ahead, so the sentence is worth showing. */
const IN_PROGRESS = new Set(['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED']);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500}>
        {children}
      </Text>
    </Box>
  );
}

export function AssignmentCard({
  assignment,
  contractorFirstName,
}: {
  assignment: Assignment;
  contractorFirstName: string;
}) {
  const headingId = useId();
  const detailsId = useId();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [dialog, setDialog] = useState<'extend' | 'cancel' | 'po' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
            <Title order={3} size="h4" id={headingId}>
              {assignment.jobName}
            </Title>
            <Text size="sm" c="dimmed">
              {assignment.clientEntity}
              {assignment.facility ? ` · ${assignment.facility.name}` : ''} · {stateInWords(assignment.jobCategory.workState)}
            </Text>
          </Stack>
          <StatusBadge tone={assignmentStatusTone(assignment.status)}>{assignment.statusLabel}</StatusBadge>
        </Group>

        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="md" verticalSpacing="sm" m={0}>
          <Fact label="Dates">{formatDateRange(assignment.effectiveDate, assignment.endDate)}</Fact>
          <Fact label="Coverage">{coverageTypesInWords(assignment.jobCategory.coverageTypes)}</Fact>
          <Fact label="Wage">{formatCents(assignment.wageCents)}</Fact>
          <Fact label="Premium">
            {formatCents(assignment.premiumCents)}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({assignment.payer === 'AGENCY' ? 'agency pays' : 'contractor pays'})
            </Text>
          </Fact>
          <Fact label="PO number">
            {assignment.poNumber ?? (
              <Text span size="sm" c="dimmed" fw={400}>
                None yet
              </Text>
            )}{' '}
            <Button variant="subtle" size="compact-xs" onClick={() => setDialog('po')} aria-label={assignment.poNumber ? `Change PO number of ${assignment.jobName}` : `Set PO number of ${assignment.jobName}`}>
              {assignment.poNumber ? 'Change' : 'Set PO number'}
            </Button>
          </Fact>
        </SimpleGrid>

        {assignment.certificates.length > 0 ? <CertificateList certificates={assignment.certificates} /> : null}

        {IN_PROGRESS.has(assignment.status) ? (
          <Text size="sm" c="gray.8" bg="gray.0" p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            {assignment.nextStep}
          </Text>
        ) : null}

        {notice ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)} closeButtonLabel="Dismiss">
            {notice}
          </Alert>
        ) : null}

        <Group gap="sm">
          <Button
            variant="default"
            size="sm"
            rightSection={<span aria-hidden="true">{detailsOpen ? '▴' : '▾'}</span>}
            onClick={() => setDetailsOpen((open) => !open)}
            aria-expanded={detailsOpen}
            aria-controls={detailsId}
          >
            {detailsOpen ? 'Hide details' : 'Show details'}
          </Button>
          {assignment.viewerCanExtend ? (
            <Button variant="default" size="sm" onClick={() => setDialog('extend')}>
              Extend
            </Button>
          ) : null}
          {assignment.viewerCanCancel ? (
            <Button variant="default" size="sm" c="red.9" onClick={() => setDialog('cancel')}>
              Cancel assignment
            </Button>
          ) : null}
        </Group>

        <Collapse expanded={detailsOpen} id={detailsId}>
          <Stack gap="md" pt="xs">
            <Text size="sm">{assignment.description}</Text>
            <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm" m={0}>
              <Fact label="Job category">{jobCategoryLabel(assignment.jobCategory)}</Fact>
              <Fact label="Facility">{assignment.facility?.name ?? 'None'}</Fact>
              <Fact label="Created">{formatDateTime(assignment.createdAt)}</Fact>
            </SimpleGrid>
            <Stack gap="xs">
              <Title order={4} size="h5">
                Status history
              </Title>
              <StatusHistory changes={assignment.statusHistory} caption={`Status history of ${assignment.jobName}`} />
            </Stack>
          </Stack>
        </Collapse>
      </Stack>

      <ExtendAssignmentDialog
        assignment={assignment}
        opened={dialog === 'extend'}
        onClose={() => setDialog(null)}
        onExtended={(endDate) => {
          setDialog(null);
          setNotice(`Extended: the assignment now ends on ${formatDate(endDate)}.`);
        }}
      />
      <SetPoNumberDialog
        assignment={assignment}
        opened={dialog === 'po'}
        onClose={() => setDialog(null)}
        onSaved={(poNumber) => {
          setDialog(null);
          setNotice(`PO number set: ${poNumber}.`);
        }}
      />
      <CancelAssignmentDialog
        assignment={assignment}
        contractorFirstName={contractorFirstName}
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        onCancelled={() => {
          setDialog(null);
          setNotice('Cancelled: this assignment will not be covered.');
        }}
      />
    </Card>
  );
}
