// The contractor's assignments, newest first: what each covers, where it stands with the action that
// moves it on when it waits on them, its certificates, and what they can do about a payment.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  assignmentContractorAction,
  assignmentStatusLabel,
  coverageTypesInWords,
  declineReasonInWords,
  formatCents,
  formatDateRange,
  formatDateTimeInZone,
  type Language,
} from '@coverline/domain';
import { CertificateList, Section, StatusBadge, assignmentStatusTone } from '@coverline/ui';
import { currentLanguage } from '../../i18n/i18n';
import { graphql } from '../../gql';
import type { MyAssignments_AssignmentFragment, MyAssignments_ChargeFragment } from '../../gql/graphql';
import { PaymentActions } from '../payments/PaymentActions';
import { ContractorActionButton } from './ContractorActionButton';
import { stateName } from './words';

export const MyAssignments_assignment = graphql(`
  fragment MyAssignments_assignment on Assignment {
    id
    jobName
    clientEntity
    effectiveDate
    endDate
    premiumCents
    payer
    status
    jobCategory {
      id
      coverageTypes
      workState
      jobCode {
        id
        title
      }
    }
    certificates {
      id
      number
      status
      downloadUrl
      verifyUrl
    }
  }
`);

export const MyAssignments_charge = graphql(`
  fragment MyAssignments_charge on Charge {
    id
    assignmentId
    status
    amountCents
    scheduledFor
    failureMessage
    declineCode
    viewerCanOptOut
    viewerCanRetry
  }
`);

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

/** The reader's own time zone, named in the sentence so no one takes it for another. */
function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function chargeSentence(charge: MyAssignments_ChargeFragment | undefined, t: TFunction, language: Language): string | null {
  if (!charge) return null;
  const amount = formatCents(charge.amountCents, language);
  switch (charge.status) {
    case 'SCHEDULED':
      return t('assignment.chargeScheduled', { amount, when: formatDateTimeInZone(new Date(charge.scheduledFor), readerTimeZone(), { language }) });
    case 'PROCESSING':
      return t('assignment.chargeProcessing');
    case 'FAILED': {
      // English reads the processor's own words; Spanish the meaning of its decline code.
      const reason = declineReasonInWords({ declineCode: charge.declineCode ?? null, message: charge.failureMessage ?? null }, language);
      return t('assignment.chargeFailed', { amount, reason: reason ? `: ${reason}` : '.' });
    }
    default:
      return null;
  }
}

export function MyAssignments({
  assignments,
  charges,
  optInUrl,
  cardOnFile,
  onChanged,
}: {
  assignments: readonly MyAssignments_AssignmentFragment[];
  charges: readonly MyAssignments_ChargeFragment[];
  /** The contractor's personal link, for an assignment whose opt-in waits on them. */
  optInUrl: string | null;
  cardOnFile: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Charges come newest first: the first one of an assignment is its current one.
  const currentCharge = new Map<string, MyAssignments_ChargeFragment>();
  for (const charge of charges) if (!currentCharge.has(charge.assignmentId)) currentCharge.set(charge.assignmentId, charge);

  return (
    <Section title={t('assignment.yourAssignments')} headingId="your-assignments" withCard={false}>
      {assignments.length === 0 ? (
        <Text c="dimmed">{t('assignment.none')}</Text>
      ) : (
        <Stack gap="md">
          {assignments.map((assignment) => {
            const charge = currentCharge.get(assignment.id);
            const sentence = chargeSentence(charge, t, language);
            const action = assignmentContractorAction(assignment.status, cardOnFile);
            return (
              <Card key={assignment.id} withBorder radius="md" padding="lg" component="article">
                <Stack gap="sm">
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                    <Stack gap={0} miw={0} style={{ flex: '1 1 200px' }}>
                      <Title order={3} size="h5">
                        {assignment.jobName}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {assignment.clientEntity} · {assignment.jobCategory.jobCode.title}
                      </Text>
                    </Stack>
                    <StatusBadge tone={assignmentStatusTone(assignment.status)}>
                      {assignmentStatusLabel(assignment.status, language)}
                    </StatusBadge>
                  </Group>
                  <SimpleGrid component="dl" cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" m={0}>
                    <Fact label={t('assignment.dates')} value={formatDateRange(assignment.effectiveDate, assignment.endDate, language)} />
                    <Fact label={t('assignment.workState')} value={stateName(assignment.jobCategory.workState)} />
                    <Fact label={t('assignment.coverage')} value={coverageTypesInWords(assignment.jobCategory.coverageTypes, language)} />
                    <Fact
                      label={t('assignment.premium')}
                      value={`${formatCents(assignment.premiumCents, language)} · ${assignment.payer === 'AGENCY' ? t('assignment.agencyPays') : t('assignment.youPay')}`}
                    />
                  </SimpleGrid>
                  {assignment.certificates.length > 0 ? <CertificateList certificates={assignment.certificates} /> : null}
                  {sentence ? <Text size="sm">{sentence}</Text> : null}
                  {/* A declined charge's own Update card (with Retry) is the action here: a second way to the card would say it twice. */}
                  {action && !charge?.viewerCanRetry ? <ContractorActionButton action={action} optInUrl={optInUrl} jobName={assignment.jobName} /> : null}
                  {charge ? (
                    <PaymentActions
                      assignmentId={assignment.id}
                      jobName={assignment.jobName}
                      amountCents={charge.amountCents}
                      canOptOut={charge.viewerCanOptOut}
                      canRetry={charge.viewerCanRetry}
                      onChanged={onChanged}
                    />
                  ) : null}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
