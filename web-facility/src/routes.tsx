// Every route of the Compliance Hub, in one table.
import type { AppNavItem } from '@coverline/ui';
import { lazyNotFoundRoute, lazyRoute, lazySignedInRoute, type CoverlineRoutes, type SignedInRouteProps } from '@coverline/ui/shell';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Certificates', to: '/' },
  { label: 'Audit', to: '/audit' },
  { label: 'Team', to: '/team' },
];

const FRAME: SignedInRouteProps = { role: 'FACILITY_USER', appTitle: 'Compliance Hub', navItems: NAV_ITEMS };

export const routes: CoverlineRoutes = {
  // A facility manager's first page: it opens without Apollo Client (see startCoverlineApp).
  withoutApollo: [{ path: '/sign-in', handle: { title: 'Sign in' }, lazy: lazyRoute(() => import('./routes/sign-in'), 'SignInRoute') }],
  // The signed-in 404 keeps the navigation, so it asks who is signed in: below Apollo too.
  withApollo: [
  { path: '/sign-in/confirm', handle: { title: 'Signing you in' }, lazy: lazyRoute(() => import('./routes/sign-in-confirm'), 'SignInConfirmRoute') },
  // Public: whoever holds a certificate checks it here, without signing in.
  { path: '/verify/:number', handle: { title: 'Check a certificate' }, lazy: lazyRoute(() => import('./routes/verify-certificate'), 'VerifyCertificateRoute') },
  {
    path: '/',
    lazy: lazySignedInRoute(FRAME),
    children: [
      { index: true, handle: { title: 'Certificates' }, lazy: lazyRoute(() => import('./routes/facility-home'), 'FacilityHomeRoute') },
      { path: 'audit', handle: { title: 'Audit' }, lazy: lazyRoute(() => import('./routes/audit'), 'AuditRoute') },
      { path: 'team', handle: { title: 'Team' }, lazy: lazyRoute(() => import('./routes/team'), 'TeamRoute') },
    ],
  },
  { path: '*', handle: { title: 'Page not found' }, lazy: lazyNotFoundRoute({ frame: FRAME, appName: 'Compliance Hub', homeLabel: 'Go to the Compliance Hub' }) },
  ],
};
