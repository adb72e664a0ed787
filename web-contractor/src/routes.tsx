// Every route of the contractor app, in one table; main.tsx puts them all inside the frame that gives
// the shared components the contractor's language (ContractorRoot). The link page (the opt-in form)
// and the not-found page talk to the server by `fetch` alone: a contractor's first page does not
// download Apollo, which only the contractor's own page (payments, certificates) uses.
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard, useUiLabels } from '@coverline/ui';
import { lazyRoute, usePageTitle, type CoverlineRoutes } from '@coverline/ui/shell';
import { LanguageSwitcher } from './features/language/LanguageSwitcher';
import { LINK_PATH } from './features/sign-in/contractor-link';

function ContractorNotFound() {
  const { t } = useTranslation();
  const labels = useUiLabels();
  usePageTitle(labels.pageNotFound);
  return (
    <AuthCard appName={t('app.name')} title={labels.pageNotFound} description={labels.pageNotFoundDescription}>
      <Button component={Link} to="/">
        {t('app.goToMyCoverage')}
      </Button>
      <LanguageSwitcher />
    </AuthCard>
  );
}

export const routes: CoverlineRoutes = {
  withoutApollo: [
    { path: LINK_PATH, lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
    { path: '*', element: <ContractorNotFound /> },
  ],
  withApollo: [{ path: '/', lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') }],
};
