// Every route of the Compliance Hub, in one table.
import type { AppNavItem } from '@coverline/ui';
import { NotFoundRoute, lazyRoute, lazySignedInRoute, type CoverlineRoutes } from '@coverline/ui/shell';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Certificates', to: '/' },
  { label: 'Audit', to: '/audit' },
  { label: 'Team', to: '/team' },
];

export const routes: CoverlineRoutes = {
  // A facility manager's first page: it opens without Apollo Client (see startCoverlineApp).
  withoutApollo: [
    { path: '/sign-in', lazy: lazyRoute(() => import('./routes/sign-in'), 'SignInRoute') },
    { path: '*', element: <NotFoundRoute appName="Compliance Hub" homeLabel="Go to the Compliance Hub" /> },
  ],
  withApollo: [
    { path: '/sign-in/confirm', lazy: lazyRoute(() => import('./routes/sign-in-confirm'), 'SignInConfirmRoute') },
    // Public: whoever holds a certificate checks it here, without signing in.
    { path: '/verify/:number', lazy: lazyRoute(() => import('./routes/verify-certificate'), 'VerifyCertificateRoute') },
    {
      path: '/',
      lazy: lazySignedInRoute({ role: 'FACILITY_USER', appTitle: 'Compliance Hub', navItems: NAV_ITEMS }),
      children: [
        { index: true, lazy: lazyRoute(() => import('./routes/facility-home'), 'FacilityHomeRoute') },
        { path: 'audit', lazy: lazyRoute(() => import('./routes/audit'), 'AuditRoute') },
        { path: 'team', lazy: lazyRoute(() => import('./routes/team'), 'TeamRoute') },
      ],
    },
  ],
};
