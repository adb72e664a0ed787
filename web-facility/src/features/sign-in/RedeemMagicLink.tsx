// Signs in with the token of an emailed link, only when the person clicks: mail scanners that open
// links on their own must not use up the one-time link.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert, graphQLErrorsOf } from '@coverline/ui';
import { graphql } from '../../gql';
import { rememberViewer } from '@coverline/ui/shell';

const RedeemMagicLinkMutation = graphql(`
  mutation RedeemMagicLink($token: String!) {
    redeemMagicLink(token: $token) {
      ...ViewerFields
    }
  }
`);

export const INVALID_LINK_MESSAGE = 'This sign-in link is invalid, expired or already used.';

export function InvalidSignInLink() {
  return (
    <Stack gap="sm">
      <ErrorAlert title="This link can't be used" message={INVALID_LINK_MESSAGE} />
      <Anchor component={Link} to="/sign-in">
        Request a new sign-in link
      </Anchor>
    </Stack>
  );
}

export function RedeemMagicLink({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const [redeemMagicLink, { loading }] = useMutation(RedeemMagicLinkMutation);
  const [failure, setFailure] = useState<unknown>(null);

  const redeem = async () => {
    setFailure(null);
    try {
      await redeemMagicLink({
        variables: { token },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.redeemMagicLink);
        },
      });
      onSignedIn();
    } catch (error) {
      setFailure(error);
    }
  };

  // The server refused the token: no retry helps. Anything else (e.g. offline) can be retried.
  if (failure !== null && graphQLErrorsOf(failure).length > 0) return <InvalidSignInLink />;

  return (
    <Stack gap="md">
      {failure !== null ? <ErrorAlert error={failure} /> : null}
      <Text>Your sign-in link is ready. It works once.</Text>
      <Button onClick={() => void redeem()} loading={loading} fullWidth>
        Sign in to the Compliance Hub
      </Button>
    </Stack>
  );
}
