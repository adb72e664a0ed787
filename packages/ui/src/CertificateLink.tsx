// A certificate of insurance: its number, a link that downloads the PDF (served only to viewers
// allowed to see the assignment) and, when given, the public page that verifies it. A voided
// certificate says VOID, names its replacement if one was issued (after an extension), and offers no file.
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { StatusBadge } from './StatusBadge';
import { useUiLabels } from './labels';

export interface CertificateLinkProps {
  number: string;
  downloadUrl: string;
  /** The public verification page of this number: shown as "Verify" when given. */
  verifyUrl?: string | null;
  /** `VALID` or `VOID`; a missing status is treated as valid. */
  status?: string | null;
  /** For a voided certificate: the number of the one issued in its place. */
  replacedBy?: string | null;
}

function VerifyLink({ number, verifyUrl }: { number: string; verifyUrl: string }) {
  const labels = useUiLabels();
  return (
    <Anchor href={verifyUrl} size="sm" fw={600} target="_blank" rel="noopener">
      {labels.verify}
      <span className="coverline-visually-hidden">{labels.verifyCertificate(number)}</span>
    </Anchor>
  );
}

export function CertificateLink({ number, downloadUrl, verifyUrl, status, replacedBy }: CertificateLinkProps) {
  const labels = useUiLabels();
  if (status === 'VOID') {
    return (
      <Group gap={8} wrap="wrap">
        <Text size="sm" c="dimmed" td="line-through">
          {labels.certificateNumber(number)}
        </Text>
        <StatusBadge tone="neutral">{labels.voidBadge}</StatusBadge>
        {replacedBy ? (
          <Text size="sm" c="dimmed">
            {labels.replacedBy(replacedBy)}
          </Text>
        ) : null}
        {verifyUrl ? <VerifyLink number={number} verifyUrl={verifyUrl} /> : null}
      </Group>
    );
  }
  return (
    <Group gap={8} wrap="wrap">
      <Text size="sm" fw={500}>
        {labels.certificateNumber(number)}
      </Text>
      <Anchor href={downloadUrl} size="sm" fw={600} download>
        {labels.downloadPdf}
        <span className="coverline-visually-hidden">{labels.ofCertificate(number)}</span>
      </Anchor>
      {verifyUrl ? <VerifyLink number={number} verifyUrl={verifyUrl} /> : null}
    </Group>
  );
}

export interface CertificateListProps {
  /** Every certificate of one assignment, newest first (as `Assignment.certificates` lists them). */
  certificates: readonly (Omit<CertificateLinkProps, 'replacedBy'> & { number: string })[];
}

/** An assignment's certificates, newest first: each voided one names the one issued after it. */
export function CertificateList({ certificates }: CertificateListProps) {
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {certificates.map((certificate, index) => (
        <li key={certificate.number}>
          <CertificateLink {...certificate} replacedBy={certificate.status === 'VOID' ? (certificates[index - 1]?.number ?? null) : null} />
        </li>
      ))}
    </Stack>
  );
}
