// Every route of the agency app, in one table.
import { createBrowserRouter } from 'react-router';
import { routerBasename } from '@coverline/ui';
import { AcceptInviteRoute } from './routes/accept-invite';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { SignInRoute } from './routes/sign-in';
import { SignedInRoute } from './routes/signed-in';
import { TeamRoute } from './routes/team';

export const router = createBrowserRouter(
  [
    { path: '/sign-in', Component: SignInRoute },
    { path: '/accept-invite', Component: AcceptInviteRoute },
    {
      path: '/',
      Component: SignedInRoute,
      children: [
        { index: true, Component: OverviewRoute },
        { path: 'team', Component: TeamRoute },
      ],
    },
    { path: '*', Component: NotFoundRoute },
  ],
  { basename: routerBasename(import.meta.env.BASE_URL) },
);
