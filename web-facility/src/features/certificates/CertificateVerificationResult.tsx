// The answer of a certificate check: a large status (words and an icon, never colour alone), the facts
// the certificate states, and whether its signature holds.
import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { COVERAGE_TYPE_LABELS } from '@coverline/domain';
import { formatDate, formatDateTime } from '@coverline/ui';
import type { VerifyCertificateQuery } from '../../gql/graphql';

export type CertificateVerificationData = VerifyCertificateQuery['verifyCertificate'];

type Status = CertificateVerificationData['status'];

// Text and border colours keep at least 7:1 on their tinted backgrounds.
const LOOK: Record<Status, { label: string; summary: string; color: string; background: string; icon: ReactNode }> = {
  VALID: {
    label: 'Valid',
    summary: 'This certificate was issued by Coverline and has not been voided.',
    color: '#1b5e20',
    background: '#ebfbee',
    icon: (
      <>
        <circle cx="12" cy="12" r="10" />
        <path d="m7.5 12.5 3 3 6-6.5" />
      </>
    ),
  },
  VOID: {
    label: 'Void',
    summary: 'This certificate was voided: it no longer proves any insurance.',
    color: '#8a1c1c',
    background: '#fff0f0',
    icon: (
      <>
        <circle cx="12" cy="12" r="10" />
        <path d="m8.5 8.5 7 7m0-7-7 7" />
      </>
    ),
  },
  NOT_FOUND: {
    label: 'Not found',
    summary: 'Coverline has issued no certificate with this number. Check the number printed on the certificate.',
    color: '#343a40',
    background: '#f1f3f5',
    icon: (
      <>
        <circle cx="12" cy="12" r="10" />
        <path d="M9.2 9.3a2.9 2.9 0 0 1 5.6 1c0 1.9-2.8 2.4-2.8 4.2" />
        <path d="M12 17.6h.01" />
      </>
    ),
  },
};

function Icon({ children, size }: { children: ReactNode; size: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ flexShrink: 0 }}
    >
      {children}
    </svg>
  );
}

export function CertificateStatusBadge({ status }: { status: Status }) {
  const look = LOOK[status];
  return (
    <Group
      gap="md"
      wrap="nowrap"
      p="md"
      style={{ color: look.color, background: look.background, border: `2px solid ${look.color}`, borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Icon size={48}>{look.icon}</Icon>
      <Stack gap={2}>
        <Text component="p" m={0} fw={800} fz={30} lh={1.1} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
          {look.label}
        </Text>
        <Text component="p" m={0} fz="sm" fw={500}>
          {look.summary}
        </Text>
      </Stack>
    </Group>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="sm" c="dimmed" fw={600} m={0}>
        {term}
      </Text>
      <Text component="dd" m={0} fw={500} fz="lg">
        {children}
      </Text>
    </div>
  );
}

function SignatureNote({ valid }: { valid: boolean }) {
  const color = valid ? '#1b5e20' : '#8a1c1c';
  return (
    <Group gap="xs" wrap="nowrap" style={{ color }}>
      <Icon size={24}>
        {valid ? (
          <>
            <path d="M12 3 4.5 6v5.5c0 4.4 3.2 8.3 7.5 9.5 4.3-1.2 7.5-5.1 7.5-9.5V6z" />
            <path d="m8.8 12 2.2 2.2 4.3-4.4" />
          </>
        ) : (
          <>
            <path d="M12 3 4.5 6v5.5c0 4.4 3.2 8.3 7.5 9.5 4.3-1.2 7.5-5.1 7.5-9.5V6z" />
            <path d="M12 8v4.5M12 16h.01" />
          </>
        )}
      </Icon>
      <Text component="p" m={0} fw={600} fz="sm">
        {valid
          ? 'Signature checked: these facts are exactly those Coverline signed when it issued the certificate.'
          : 'The signature does not match the recorded certificate. Do not rely on it, and contact Coverline.'}
      </Text>
    </Group>
  );
}

export function CertificateVerificationResult({ verification }: { verification: CertificateVerificationData }) {
  if (verification.status === 'NOT_FOUND') return <CertificateStatusBadge status="NOT_FOUND" />;
  const coverage = (verification.coverageTypes ?? []).map((type) => COVERAGE_TYPE_LABELS[type]).join(' and ');
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <CertificateStatusBadge status={verification.status} />
        <SignatureNote valid={verification.signatureValid} />
      </Stack>
      <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="md">
        {verification.contractorName ? <Fact term="Insured contractor">{verification.contractorName}</Fact> : null}
        {coverage ? <Fact term="Coverage">{coverage}</Fact> : null}
        {verification.effectiveDate ? <Fact term="Effective date">{formatDate(verification.effectiveDate)}</Fact> : null}
        {verification.endDate ? <Fact term="End date">{formatDate(verification.endDate)}</Fact> : null}
        {verification.holderName ? <Fact term="Certificate holder">{verification.holderName}</Fact> : null}
        {verification.agencyName ? <Fact term="Placed by">{verification.agencyName}</Fact> : null}
        {verification.issuedAt ? <Fact term="Issued">{formatDateTime(verification.issuedAt, { withTimeZone: true })}</Fact> : null}
        {verification.voidedAt ? <Fact term="Voided">{formatDateTime(verification.voidedAt, { withTimeZone: true })}</Fact> : null}
      </SimpleGrid>
    </Stack>
  );
}
