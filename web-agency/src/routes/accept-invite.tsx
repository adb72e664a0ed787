import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard, ErrorAlert, LoadingIndicator } from '@coverline/ui';
import { graphql } from '../gql';
import { AcceptInvitationForm } from '../features/team/AcceptInvitationForm';

const TeamInvitationQuery = graphql(`
  query TeamInvitation($token: String!) {
    teamInvitation(token: $token) {
      email
      agencyName
    }
  }
`);

function InvalidInvitation() {
  return (
    <AuthCard appName="Agency" title="Invitation not valid">
      <Text>This invitation link is invalid or has expired.</Text>
      <Text>Ask a colleague at your agency to send you a new invitation.</Text>
      <Anchor component={Link} to="/sign-in">
        Go to sign-in
      </Anchor>
    </AuthCard>
  );
}

export function AcceptInviteRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { data, loading, error, refetch } = useQuery(
    TeamInvitationQuery,
    token ? { variables: { token } } : skipToken,
  );

  if (!token) return <InvalidInvitation />;
  if (loading) {
    return (
      <AuthCard appName="Agency" title="Join your team">
        <LoadingIndicator label="Loading the invitation" />
      </AuthCard>
    );
  }
  if (error) {
    return (
      <AuthCard appName="Agency" title="Join your team">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </AuthCard>
    );
  }
  const invitation = data?.teamInvitation;
  if (!invitation) return <InvalidInvitation />;

  return (
    <AuthCard
      appName="Agency"
      title={`Join ${invitation.agencyName}`}
      description={`You were invited to ${invitation.agencyName} on Coverline. Choose a password to finish setting up your account.`}
    >
      <AcceptInvitationForm
        token={token}
        email={invitation.email}
        onAccepted={() => void navigate('/', { replace: true })}
      />
    </AuthCard>
  );
}
