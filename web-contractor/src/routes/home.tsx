// The contractor's own page once signed in: their details, assignments with where each stands,
// and the card that pays for contractor-paid assignments.
import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { AuthCard, ErrorAlert, LoadingIndicator } from '@coverline/ui';
import { SignedInFrame, type Viewer } from '@coverline/ui/shell';
import { graphql } from '../gql';
import { MyAssignments } from '../features/assignments/MyAssignments';
import { PaymentCard } from '../features/payments/PaymentCard';
import { CoverageSummary } from '../features/profile/CoverageSummary';
import { RequestLinkForm } from '../features/sign-in/RequestLinkForm';

const HomeRouteQuery = graphql(`
  query HomeRoute {
    viewer {
      id
      contractor {
        id
        firstName
        lastName
        email
        # Fresh on every visit, so the summary shows where the coverage stands now.
        coverageStatus
        optInUrl
        assignments {
          id
          ...MyAssignments_assignment
        }
      }
    }
    myPaymentMethod {
      ...PaymentCard_paymentMethod
    }
    myCharges {
      ...MyAssignments_charge
    }
  }
`);

function SignedOutHome() {
  return (
    <AuthCard appName="My coverage" title="Your coverage">
      <Text>Open the link in your email to see your coverage.</Text>
      <Text size="sm">Can&apos;t find it? We can email it to you again.</Text>
      <RequestLinkForm />
    </AuthCard>
  );
}

function MyCoverage({ viewer }: { viewer: Viewer }) {
  const { data, error, refetch } = useQuery(HomeRouteQuery, { fetchPolicy: 'cache-and-network' });
  const contractor = data?.viewer?.contractor;
  const assignments = contractor?.assignments ?? [];
  const cardOnFile = !!data?.myPaymentMethod;
  const showCard = cardOnFile || assignments.some((assignment) => assignment.payer === 'CONTRACTOR');
  const refresh = () => void refetch();

  return (
    <Stack gap="xl">
      <CoverageSummary
        viewer={viewer}
        standing={contractor && { coverageStatus: contractor.coverageStatus, optInUrl: contractor.optInUrl ?? null, cardOnFile }}
      />
      {!data && error ? (
        <ErrorAlert error={error} title="Your assignments could not load" onRetry={refresh} />
      ) : !data ? (
        <LoadingIndicator label="Loading your assignments" />
      ) : (
        <>
          <MyAssignments assignments={assignments} charges={data.myCharges} optInUrl={contractor?.optInUrl ?? null} cardOnFile={cardOnFile} onChanged={refresh} />
          {showCard ? <PaymentCard paymentMethod={data.myPaymentMethod ?? null} onUpdated={refresh} /> : null}
        </>
      )}
    </Stack>
  );
}

export function HomeRoute() {
  return (
    <SignedInFrame role="CONTRACTOR" appTitle="My coverage" layout="portal" signedOut={<SignedOutHome />} signedOutPath="/">
      {(viewer) => <MyCoverage viewer={viewer} />}
    </SignedInFrame>
  );
}
