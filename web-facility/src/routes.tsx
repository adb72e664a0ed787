// Every route of the Compliance Hub, in one table.
import type { RouteObject } from 'react-router';
import type { AppNavItem } from '@coverline/ui';
import { NotFoundRoute, SignedInRoute } from '@coverline/ui/shell';
import { AuditRoute } from './routes/audit';
import { FacilityHomeRoute } from './routes/facility-home';
import { SignInConfirmRoute } from './routes/sign-in-confirm';
import { SignInRoute } from './routes/sign-in';
import { TeamRoute } from './routes/team';
import { VerifyCertificateRoute } from './routes/verify-certificate';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Certificates', to: '/' },
  { label: 'Audit', to: '/audit' },
  { label: 'Team', to: '/team' },
];

export const routes: RouteObject[] = [
  { path: '/sign-in', Component: SignInRoute },
  { path: '/sign-in/confirm', Component: SignInConfirmRoute },
  // Public: whoever holds a certificate checks it here, without signing in.
  { path: '/verify/:number', Component: VerifyCertificateRoute },
  {
    path: '/',
    element: <SignedInRoute role="FACILITY_USER" appTitle="Compliance Hub" navItems={NAV_ITEMS} />,
    children: [
      { index: true, Component: FacilityHomeRoute },
      { path: 'audit', Component: AuditRoute },
      { path: 'team', Component: TeamRoute },
    ],
  },
  { path: '*', element: <NotFoundRoute appName="Compliance Hub" homeLabel="Go to the Compliance Hub" /> },
];
