// Every route of the agency app, in one table.
import type { RouteObject } from 'react-router';
import type { AppNavItem } from '@coverline/ui';
import { NotFoundRoute, SignedInRoute, type Viewer } from '@coverline/ui/shell';
import { AcceptInviteRoute } from './routes/accept-invite';
import { ContractorImportRoute } from './routes/contractor-import';
import { ContractorProfileRoute } from './routes/contractor-profile';
import { ContractorsRoute } from './routes/contractors';
import { FacilitiesRoute } from './routes/facilities';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { InvoicesRoute } from './routes/invoices';
import { JobCodesRoute } from './routes/job-codes';
import { MissingPoNumbersRoute } from './routes/missing-po-numbers';
import { NewAssignmentRoute } from './routes/new-assignment';
import { NewAssignmentFromBudgetRoute } from './routes/new-assignment-from-budget';
import { NewContractorRoute } from './routes/new-contractor';
import { OverviewRoute } from './routes/overview';
import { ResetPasswordRoute } from './routes/reset-password';
import { SettingsRoute } from './routes/settings';
import { SignInRoute } from './routes/sign-in';
import { TeamRoute } from './routes/team';
import { ActivityRoute } from './routes/activity';
import { IntegrationsRoute } from './routes/integrations';
import { WebhookEndpointRoute } from './routes/webhook-endpoint';

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

export const routes: RouteObject[] = [
  { path: '/sign-in', Component: SignInRoute },
  { path: '/accept-invite', Component: AcceptInviteRoute },
  { path: '/forgot-password', Component: ForgotPasswordRoute },
  { path: '/reset-password', Component: ResetPasswordRoute },
  {
    path: '/',
    element: <SignedInRoute role="AGENCY_MEMBER" appTitle={agencyName} navItems={NAV_ITEMS} />,
    children: [
      { index: true, Component: OverviewRoute },
      { path: 'contractors', Component: ContractorsRoute },
      { path: 'contractors/new', Component: NewContractorRoute },
      { path: 'contractors/import', Component: ContractorImportRoute },
      { path: 'contractors/:contractorId', Component: ContractorProfileRoute },
      { path: 'contractors/:contractorId/assignments/new', Component: NewAssignmentRoute },
      { path: 'job-codes', Component: JobCodesRoute },
      { path: 'assignments/new', Component: NewAssignmentFromBudgetRoute },
      { path: 'facilities', Component: FacilitiesRoute },
      { path: 'invoices', Component: InvoicesRoute },
      { path: 'assignments/missing-po', Component: MissingPoNumbersRoute },
      { path: 'team', Component: TeamRoute },
      { path: 'activity', Component: ActivityRoute },
      { path: 'integrations', Component: IntegrationsRoute },
      { path: 'integrations/webhooks/:endpointId', Component: WebhookEndpointRoute },
      { path: 'settings', Component: SettingsRoute },
    ],
  },
  { path: '*', element: <NotFoundRoute appName="Agency" homeLabel="Go to the overview" /> },
];
