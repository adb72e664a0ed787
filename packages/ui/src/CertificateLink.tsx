// A certificate of insurance: its number and a link that downloads the PDF (served only to viewers
// allowed to see the assignment). A voided certificate says so instead of offering the file.
import { Anchor, Group, Text } from '@mantine/core';

export interface CertificateLinkProps {
  number: string;
  downloadUrl: string;
  /** `VALID` or `VOID`; a missing status is treated as valid. */
  status?: string | null;
}

export function CertificateLink({ number, downloadUrl, status }: CertificateLinkProps) {
  if (status === 'VOID') {
    return (
      <Text size="sm" c="dimmed">
        Certificate {number} (voided)
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" fw={500}>
        Certificate {number}
      </Text>
      <Anchor href={downloadUrl} size="sm" fw={600} download>
        Download PDF<span className="coverline-visually-hidden"> of certificate {number}</span>
      </Anchor>
    </Group>
  );
}
