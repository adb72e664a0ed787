// The opt-ins a contractor signed, newest first: when, the name they typed as their signature, and
// which language and version of the terms they accepted.
import { Stack, Text } from '@mantine/core';
import { Section, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { SignedOptIns_OptInFragment } from '../../gql/graphql';
import { signedTermsInWords } from './language-words';

export const SignedOptIns_optIn = graphql(`
  fragment SignedOptIns_optIn on SignedOptIn {
    id
    signedAt
    signatureName
    termsVersion
    termsLanguage
  }
`);

export function SignedOptIns({ optIns }: { optIns: readonly SignedOptIns_OptInFragment[] }) {
  return (
    <Section title="Signed opt-ins" headingId="signed-opt-ins" description="Each opt-in the contractor signed, newest first, with the terms they accepted.">
      {optIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          No opt-in signed yet.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {optIns.map((optIn) => (
            <Stack component="li" key={optIn.id} gap={2}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                Signed {formatDateTime(optIn.signedAt, { withTimeZone: true })} as “{optIn.signatureName}”
              </Text>
              <Text size="sm" c="dimmed">
                {signedTermsInWords(optIn)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}
