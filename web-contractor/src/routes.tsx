// Every route of the contractor app, in one table.
import { createBrowserRouter } from 'react-router';
import { routerBasename } from '@coverline/ui';
import { HomeRoute } from './routes/home';
import { LinkSignInRoute } from './routes/link-sign-in';
import { NotFoundRoute } from './routes/not-found';

export const router = createBrowserRouter(
  [
    { path: '/', Component: HomeRoute },
    { path: '/t/:token', Component: LinkSignInRoute },
    { path: '*', Component: NotFoundRoute },
  ],
  { basename: routerBasename(import.meta.env.BASE_URL) },
);
