// The public page behind each certificate's verification link and QR code: anyone holding a
// certificate checks it here, signed in or not.
import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Card, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { ErrorAlert, LoadingIndicator } from '@coverline/ui';
import { usePageTitle } from '@coverline/ui/shell';
import { CertificateVerificationResult } from '../features/certificates/CertificateVerificationResult';
import { VerifyCertificateQuery } from '../features/certificates/verify-certificate-query';

export function VerifyCertificateRoute() {
  const number = (useParams().number ?? '').trim();
  const { data, loading, error, refetch } = useQuery(VerifyCertificateQuery, { variables: { number } });
  const verification = data?.verifyCertificate;
  const shownNumber = verification?.number ?? number.toUpperCase();
  usePageTitle(`Certificate ${shownNumber}`);

  return (
    <Box component="main" mih="100dvh" bg="gray.0" px="md" py="xl">
      <Stack maw={620} mx="auto" gap="lg">
        <Box>
          <Text component="p" fw={800} size="xl" c="indigo.8" m={0}>
            Coverline
          </Text>
          <Text component="p" size="sm" c="dimmed" m={0}>
            Certificate of insurance verification
          </Text>
        </Box>
        <Card withBorder shadow="sm" radius="md" padding="xl">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz={{ base: 24, sm: 28 }}>
                {/* A whole line for the number where it fits; on a phone it breaks only after one of its hyphens. */}
                Certificate <span style={{ display: 'inline-block' }}>{shownNumber}</span>
              </Title>
              <Text c="dimmed">The answer below comes from Coverline's records, not from the paper or PDF copy you hold.</Text>
            </Stack>
            {loading && !verification ? <LoadingIndicator label="Checking the certificate" /> : null}
            {error && !verification ? <ErrorAlert error={error} title="The certificate could not be checked" onRetry={() => void refetch()} /> : null}
            {verification ? <CertificateVerificationResult verification={verification} /> : null}
          </Stack>
        </Card>
        <Text size="sm" c="dimmed">
          Each certificate is signed with Coverline's published key (
          <Anchor href="/.well-known/coverline-certificate-keys.json" size="sm" underline="always">
            Ed25519 public key
          </Anchor>
          ). Questions about a certificate? Contact the staffing agency that placed the contractor.
        </Text>
      </Stack>
    </Box>
  );
}
