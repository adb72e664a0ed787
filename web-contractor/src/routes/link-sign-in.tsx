import { useCallback } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { AuthCard, ErrorAlert, FullPageLoader, graphQLErrorsOf } from '@coverline/ui';
import { useContractorLinkSignIn } from '../features/sign-in/use-contractor-link-sign-in';

const INVALID_LINK_MESSAGE =
  'This link is invalid or has expired. Ask the agency that placed you for a new one.';

export function LinkSignInRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const goHome = useCallback(() => void navigate('/', { replace: true }), [navigate]);
  const { failure, retry } = useContractorLinkSignIn(token, goHome);

  if (failure === null) return <FullPageLoader label="Signing you in" />;

  // The server refused the link: only the agency can help. Anything else (e.g. offline) can be retried.
  if (graphQLErrorsOf(failure).length > 0) {
    return (
      <AuthCard appName="My coverage" title="This link can't be used">
        <Text>{INVALID_LINK_MESSAGE}</Text>
      </AuthCard>
    );
  }
  return (
    <AuthCard appName="My coverage" title="We could not sign you in">
      <Stack gap="md">
        <ErrorAlert error={failure} />
        <Button onClick={() => void retry()}>Try again</Button>
      </Stack>
    </AuthCard>
  );
}
