// Every route of the agency app, in one table.
import type { AppNavItem } from '@coverline/ui';
import { NotFoundRoute, lazyRoute, lazySignedInRoute, type CoverlineRoutes, type Viewer } from '@coverline/ui/shell';

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

export const routes: CoverlineRoutes = {
  // A rep's first page: it opens without Apollo Client (see startCoverlineApp).
  withoutApollo: [
    { path: '/sign-in', lazy: lazyRoute(() => import('./routes/sign-in'), 'SignInRoute') },
    { path: '*', element: <NotFoundRoute appName="Agency" homeLabel="Go to the overview" /> },
  ],
  withApollo: [
    { path: '/accept-invite', lazy: lazyRoute(() => import('./routes/accept-invite'), 'AcceptInviteRoute') },
    { path: '/forgot-password', lazy: lazyRoute(() => import('./routes/forgot-password'), 'ForgotPasswordRoute') },
    { path: '/reset-password', lazy: lazyRoute(() => import('./routes/reset-password'), 'ResetPasswordRoute') },
    {
      path: '/',
      lazy: lazySignedInRoute({ role: 'AGENCY_MEMBER', appTitle: agencyName, navItems: NAV_ITEMS }),
      children: [
        { index: true, lazy: lazyRoute(() => import('./routes/overview'), 'OverviewRoute') },
        { path: 'contractors', lazy: lazyRoute(() => import('./routes/contractors'), 'ContractorsRoute') },
        { path: 'contractors/new', lazy: lazyRoute(() => import('./routes/new-contractor'), 'NewContractorRoute') },
        { path: 'contractors/import', lazy: lazyRoute(() => import('./routes/contractor-import'), 'ContractorImportRoute') },
        { path: 'contractors/:contractorId', lazy: lazyRoute(() => import('./routes/contractor-profile'), 'ContractorProfileRoute') },
        { path: 'contractors/:contractorId/assignments/new', lazy: lazyRoute(() => import('./routes/new-assignment'), 'NewAssignmentRoute') },
        { path: 'job-codes', lazy: lazyRoute(() => import('./routes/job-codes'), 'JobCodesRoute') },
        { path: 'assignments/new', lazy: lazyRoute(() => import('./routes/new-assignment-from-budget'), 'NewAssignmentFromBudgetRoute') },
        { path: 'facilities', lazy: lazyRoute(() => import('./routes/facilities'), 'FacilitiesRoute') },
        { path: 'invoices', lazy: lazyRoute(() => import('./routes/invoices'), 'InvoicesRoute') },
        { path: 'assignments/missing-po', lazy: lazyRoute(() => import('./routes/missing-po-numbers'), 'MissingPoNumbersRoute') },
        { path: 'team', lazy: lazyRoute(() => import('./routes/team'), 'TeamRoute') },
        { path: 'activity', lazy: lazyRoute(() => import('./routes/activity'), 'ActivityRoute') },
        { path: 'integrations', lazy: lazyRoute(() => import('./routes/integrations'), 'IntegrationsRoute') },
        { path: 'integrations/webhooks/:endpointId', lazy: lazyRoute(() => import('./routes/webhook-endpoint'), 'WebhookEndpointRoute') },
        { path: 'settings', lazy: lazyRoute(() => import('./routes/settings'), 'SettingsRoute') },
      ],
    },
  ],
};
