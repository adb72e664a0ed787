// Every route of the agency app, in one table.
import type { AppNavItem } from '@coverline/ui';
import { lazyNotFoundRoute, lazyRoute, lazySignedInRoute, type CoverlineRoutes, type SignedInRouteProps, type Viewer } from '@coverline/ui/shell';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Overview', to: '/' },
  { label: 'Contractors', to: '/contractors' },
  { label: 'Job Codes', to: '/job-codes' },
  { label: 'Facilities', to: '/facilities' },
  { label: 'Invoices', to: '/invoices' },
  { label: 'Team', to: '/team' },
  { label: 'Activity', to: '/activity' },
  { label: 'Integrations', to: '/integrations' },
  { label: 'Settings', to: '/settings' },
];

const agencyName = (viewer: Viewer) => viewer.agency?.name ?? 'Agency';

const FRAME: SignedInRouteProps = { role: 'AGENCY_MEMBER', appTitle: agencyName, navItems: NAV_ITEMS };

export const routes: CoverlineRoutes = {
  // A rep's first page: it opens without Apollo Client (see startCoverlineApp).
  withoutApollo: [{ path: '/sign-in', handle: { title: 'Sign in' }, lazy: lazyRoute(() => import('./routes/sign-in'), 'SignInRoute') }],
  // The signed-in 404 keeps the navigation, so it asks who is signed in: below Apollo too.
  withApollo: [
  { path: '/accept-invite', handle: { title: 'Accept your invitation' }, lazy: lazyRoute(() => import('./routes/accept-invite'), 'AcceptInviteRoute') },
  { path: '/forgot-password', handle: { title: 'Forgot your password' }, lazy: lazyRoute(() => import('./routes/forgot-password'), 'ForgotPasswordRoute') },
  { path: '/reset-password', handle: { title: 'Choose a new password' }, lazy: lazyRoute(() => import('./routes/reset-password'), 'ResetPasswordRoute') },
  {
    path: '/',
    lazy: lazySignedInRoute(FRAME),
    children: [
      { index: true, handle: { title: 'Overview' }, lazy: lazyRoute(() => import('./routes/overview'), 'OverviewRoute') },
      { path: 'contractors', handle: { title: 'Contractors' }, lazy: lazyRoute(() => import('./routes/contractors'), 'ContractorsRoute') },
      { path: 'contractors/new', handle: { title: 'New contractor' }, lazy: lazyRoute(() => import('./routes/new-contractor'), 'NewContractorRoute') },
      { path: 'contractors/import', handle: { title: 'Import contractors' }, lazy: lazyRoute(() => import('./routes/contractor-import'), 'ContractorImportRoute') },
      { path: 'contractors/:contractorId', handle: { title: 'Contractor' }, lazy: lazyRoute(() => import('./routes/contractor-profile'), 'ContractorProfileRoute') },
      { path: 'contractors/:contractorId/assignments/new', handle: { title: 'New assignment' }, lazy: lazyRoute(() => import('./routes/new-assignment'), 'NewAssignmentRoute') },
      { path: 'job-codes', handle: { title: 'Job codes' }, lazy: lazyRoute(() => import('./routes/job-codes'), 'JobCodesRoute') },
      { path: 'assignments/new', handle: { title: 'New assignment from a budget' }, lazy: lazyRoute(() => import('./routes/new-assignment-from-budget'), 'NewAssignmentFromBudgetRoute') },
      { path: 'facilities', handle: { title: 'Facilities' }, lazy: lazyRoute(() => import('./routes/facilities'), 'FacilitiesRoute') },
      { path: 'invoices', handle: { title: 'Invoices' }, lazy: lazyRoute(() => import('./routes/invoices'), 'InvoicesRoute') },
      { path: 'assignments/missing-po', handle: { title: 'Missing PO numbers' }, lazy: lazyRoute(() => import('./routes/missing-po-numbers'), 'MissingPoNumbersRoute') },
      { path: 'team', handle: { title: 'Team' }, lazy: lazyRoute(() => import('./routes/team'), 'TeamRoute') },
      { path: 'activity', handle: { title: 'Activity' }, lazy: lazyRoute(() => import('./routes/activity'), 'ActivityRoute') },
      { path: 'integrations', handle: { title: 'Integrations' }, lazy: lazyRoute(() => import('./routes/integrations'), 'IntegrationsRoute') },
      { path: 'integrations/webhooks/:endpointId', handle: { title: 'Webhook endpoint' }, lazy: lazyRoute(() => import('./routes/webhook-endpoint'), 'WebhookEndpointRoute') },
      { path: 'settings', handle: { title: 'Settings' }, lazy: lazyRoute(() => import('./routes/settings'), 'SettingsRoute') },
    ],
  },
  { path: '*', handle: { title: 'Page not found' }, lazy: lazyNotFoundRoute({ frame: FRAME, appName: 'Agency', homeLabel: 'Go to the overview' }) },
  ],
};
