// The contractor's own page once signed in: their details, assignments with where each stands,
// and the card that pays for contractor-paid assignments.
import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthCard, ErrorAlert, LoadingIndicator } from '@coverline/ui';
import { SignedInFrame, usePageTitle, type Viewer } from '@coverline/ui/shell';
import { graphql } from '../gql';
import { MyAssignments } from '../features/assignments/MyAssignments';
import { PaymentCard } from '../features/payments/PaymentCard';
import { LanguageSwitcher } from '../features/language/LanguageSwitcher';
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
  const { t } = useTranslation();
  return (
    <AuthCard appName={t('app.name')} title={t('signIn.signedOutTitle')}>
      <LanguageSwitcher />
      <Text>{t('signIn.openYourEmail')}</Text>
      <Text size="sm">{t('signIn.cantFindIt')}</Text>
      <RequestLinkForm />
    </AuthCard>
  );
}

function MyCoverage({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
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
        <ErrorAlert error={error} title={t('home.assignmentsCouldNotLoad')} onRetry={refresh} />
      ) : !data ? (
        <LoadingIndicator label={t('home.loadingAssignments')} />
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
  const { t } = useTranslation();
  usePageTitle(t('app.name'));
  return (
    <SignedInFrame role="CONTRACTOR" appTitle={t('app.name')} layout="portal" headerAction={<LanguageSwitcher />} signedOut={<SignedOutHome />} signedOutPath="/">
      {(viewer) => <MyCoverage viewer={viewer} />}
    </SignedInFrame>
  );
}
