// The contractor's personal link: it signs them in, and opens the opt-in form it was sent for. A link
// whose opt-in is already confirmed (a payment notice, a declined card) opens the contractor's own
// page, where every assignment's next step is.
import { useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorAlert, FullPageLoader, MAIN_CONTENT_ID, PortalLayout } from '@coverline/ui';
import { usePageTitle } from '@coverline/ui/shell';
import type { AssignmentStatus } from '../gql/graphql';
import { OptInDone } from '../features/opt-in/OptInDone';
import { OptInForm } from '../features/opt-in/OptInForm';
import { RequestLinkForm } from '../features/sign-in/RequestLinkForm';
import { useContractorLink } from '../features/sign-in/contractor-link';
import { LanguageSwitcher } from '../features/language/LanguageSwitcher';

export function LinkSignInRoute() {
  const { t } = useTranslation();
  usePageTitle(t('optIn.title'));
  const { token = '' } = useParams();
  // Signing in opens the contractor's own page; the form itself needs only the token.
  const { form: answer, reloadForm, signedIn, signInFailure } = useContractorLink(token);
  const [submitted, setSubmitted] = useState<ReadonlyMap<string, AssignmentStatus> | null>(null);

  const form = answer.done && 'value' in answer ? answer.value.optInForm : null;
  if (form?.completed && !submitted) {
    if (signedIn) return <Navigate to="/" replace />;
    if (!signInFailure) return <FullPageLoader label={t('signIn.openingLink')} />;
  }
  if (!answer.done) return <FullPageLoader label={t('signIn.openingLink')} />;

  let content: React.ReactNode;
  if ('error' in answer) {
    content = (
      <Stack gap="md">
        <Title order={1}>{t('signIn.couldNotOpen')}</Title>
        <ErrorAlert error={answer.error} onRetry={reloadForm} />
      </Stack>
    );
  } else if (!form) {
    content = (
      <Stack gap="md">
        <Title order={1}>{t('signIn.cannotBeUsed')}</Title>
        <Text>{t('signIn.invalidLink')}</Text>
        <Text>{t('signIn.orEmailIt')}</Text>
        <RequestLinkForm />
      </Stack>
    );
  } else if (submitted) {
    content = (
      <OptInDone
        title={t('optIn.thankYou', { firstName: form.contractor.firstName })}
        message={t('optIn.confirmed')}
        assignments={form.assignments}
        statuses={submitted}
      />
    );
  } else if (form.completed) {
    content = (
      <OptInDone
        title={t('optIn.allSet')}
        message={t('optIn.alreadyConfirmed')}
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

  return (
    <PortalLayout agencyName={form?.agencyName} headerAction={<LanguageSwitcher />}>
      {content}
    </PortalLayout>
  );
}
