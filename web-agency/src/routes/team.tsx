// The Team page: invite a colleague, and the team itself (members, pending invitations, removed people).
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert, LoadMore, LoadingIndicator, PageHeader } from '@coverline/ui';
import { useSignedInViewer } from '@coverline/ui/shell';
import { graphql } from '../gql';
import { InviteTeamMemberForm } from '../features/team/InviteTeamMemberForm';
import { TeamMembersTable } from '../features/team/TeamMembersTable';

const TeamRouteQuery = graphql(`
  query TeamRoute($first: Int, $after: String) {
    teamMemberConnection(first: $first, after: $after) {
      edges {
        node {
          id
          ...TeamMembersTable_member
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 50;

export function TeamRoute() {
  const viewer = useSignedInViewer();
  const { data, error, refetch, fetchMore } = useQuery(TeamRouteQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Team"
        description={`Invite a colleague to ${viewer.agency?.name ?? 'your agency'}. They get an email with a link to choose their password, and then see the same contractors and assignments as you.`}
      />
      <InviteTeamMemberForm />
      <Stack gap="sm">
        <Title order={2} size="h3">
          Members and invitations
        </Title>
        {notice ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)} closeButtonLabel="Dismiss">
            {notice}
          </Alert>
        ) : null}
        {error && !data ? (
          <ErrorAlert error={error} title="The team could not load" onRetry={() => void refetch()} />
        ) : !data ? (
          <LoadingIndicator label="Loading the team" />
        ) : (
          <>
            <Card withBorder radius="md" padding={0}>
              <TeamMembersTable members={data.teamMemberConnection.edges.map((edge) => edge.node)} viewerId={viewer.id} onNotice={setNotice} />
            </Card>
            <LoadMore pageInfo={data.teamMemberConnection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
          </>
        )}
      </Stack>
    </Stack>
  );
}
