// Every route of the contractor app, in one table, inside the frame that gives the shared components
// the contractor's language. All of them below Apollo: the opt-in form reads and writes through it, and
// the language switcher on every page (the not-found one too) saves a signed-in contractor's choice.
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard, useUiLabels } from '@coverline/ui';
import { lazyRoute, usePageTitle, type CoverlineRoutes } from '@coverline/ui/shell';
import { ContractorRoot } from './features/language/ContractorRoot';
import { LanguageSwitcher } from './features/language/LanguageSwitcher';

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
  withoutApollo: [],
  withApollo: [
    {
      element: <ContractorRoot />,
      children: [
        { path: '/', lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') },
        { path: '/t/:token', lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
        { path: '*', element: <ContractorNotFound /> },
      ],
    },
  ],
};
