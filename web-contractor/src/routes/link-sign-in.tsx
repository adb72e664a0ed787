// The contractor's personal link: it signs them in, and opens the opt-in form it was sent for. A link
// whose opt-in is already confirmed (a payment notice, a declined card) opens the contractor's own
// page, where every assignment's next step is.
import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { Navigate, useParams } from 'react-router';
import { ErrorAlert, FullPageLoader, MAIN_CONTENT_ID, PortalLayout } from '@coverline/ui';
import { graphql } from '../gql';
import type { AssignmentStatus } from '../gql/graphql';
import { OptInDone } from '../features/opt-in/OptInDone';
import { OptInForm } from '../features/opt-in/OptInForm';
import { RequestLinkForm } from '../features/sign-in/RequestLinkForm';
import { useContractorLinkSignIn } from '../features/sign-in/use-contractor-link-sign-in';

const OptInFormRouteQuery = graphql(`
  query OptInFormRoute($token: String!) {
    optInForm(token: $token) {
      ...OptInForm_form
    }
  }
`);

const INVALID_LINK_MESSAGE =
  'This link is invalid or has expired. Ask the agency that placed you for a new one.';

export function LinkSignInRoute() {
  const { token = '' } = useParams();
  // Signing in opens the contractor's own page; the form itself needs only the token.
  const [signedIn, setSignedIn] = useState(false);
  const onSignedIn = useCallback(() => setSignedIn(true), []);
  const { failure: signInFailure } = useContractorLinkSignIn(token, onSignedIn);
  const { data, loading, error, refetch } = useQuery(OptInFormRouteQuery, { variables: { token } });
  const [submitted, setSubmitted] = useState<ReadonlyMap<string, AssignmentStatus> | null>(null);

  const form = data?.optInForm;
  if (form?.completed && !submitted) {
    if (signedIn) return <Navigate to="/" replace />;
    if (!signInFailure) return <FullPageLoader label="Opening your link" />;
  }
  if (!data && loading) return <FullPageLoader label="Opening your link" />;

  let content: React.ReactNode;
  if (!data && error) {
    content = (
      <Stack gap="md">
        <Title order={1}>We could not open your link</Title>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  } else if (!form) {
    content = (
      <Stack gap="md">
        <Title order={1}>This link can&apos;t be used</Title>
        <Text>{INVALID_LINK_MESSAGE}</Text>
        <Text>Or have your current link emailed to you:</Text>
        <RequestLinkForm />
      </Stack>
    );
  } else if (submitted) {
    content = (
      <OptInDone
        title={`Thank you, ${form.contractor.firstName}`}
        message="Your opt-in is confirmed. Here is where each assignment stands now."
        assignments={form.assignments}
        statuses={submitted}
      />
    );
  } else if (form.completed) {
    content = (
      <OptInDone
        title="You're all set"
        message="You already confirmed this opt-in. Nothing else is needed from you here."
        assignments={form.assignments}
      />
    );
  } else {
    content = (
      <OptInForm
        token={token}
        form={form}
        onSubmitted={(result) => {
          setSubmitted(new Map(result.assignments.map((assignment) => [assignment.id, assignment.status])));
          // Start reading (and tabbing) from the top of the confirmation.
          window.scrollTo({ top: 0 });
          document.getElementById(MAIN_CONTENT_ID)?.focus();
        }}
      />
    );
  }

  return <PortalLayout agencyName={form?.agencyName}>{content}</PortalLayout>;
}
