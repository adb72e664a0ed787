// Every route of the contractor app, in one table, inside the frame that gives the shared components
// the contractor's language.
import { Button } from '@mantine/core';
import { Link, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '@coverline/ui';
import { lazyRoute } from '@coverline/ui/shell';
import { ContractorRoot } from './features/language/ContractorRoot';
import { LanguageSwitcher } from './features/language/LanguageSwitcher';

function ContractorNotFound() {
  const { t } = useTranslation();
  return (
    <AuthCard appName={t('app.name')} title={t('ui.pageNotFound')} description={t('ui.pageNotFoundDescription')}>
      <Button component={Link} to="/">
        {t('app.goToMyCoverage')}
      </Button>
      <LanguageSwitcher />
    </AuthCard>
  );
}

export const routes: RouteObject[] = [
  {
    element: <ContractorRoot />,
    children: [
      { path: '/', lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') },
      { path: '/t/:token', lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
      { path: '*', element: <ContractorNotFound /> },
    ],
  },
];
