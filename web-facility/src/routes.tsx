// Every route of the Compliance Hub, in one table.
import type { RouteObject } from 'react-router';
import type { AppNavItem } from '@coverline/ui';
import { lazyNotFoundRoute, lazyRoute, lazySignedInRoute, type SignedInRouteProps } from '@coverline/ui/shell';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Certificates', to: '/' },
  { label: 'Audit', to: '/audit' },
  { label: 'Team', to: '/team' },
];

const FRAME: SignedInRouteProps = { role: 'FACILITY_USER', appTitle: 'Compliance Hub', navItems: NAV_ITEMS };

export const routes: RouteObject[] = [
  { path: '/sign-in', handle: { title: 'Sign in' }, lazy: lazyRoute(() => import('./routes/sign-in'), 'SignInRoute') },
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
];
