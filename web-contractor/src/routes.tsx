// Every route of the contractor app, in one table.
import type { RouteObject } from 'react-router';
import { HomeRoute } from './routes/home';
import { LinkSignInRoute } from './routes/link-sign-in';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  { path: '/', Component: HomeRoute },
  { path: '/t/:token', Component: LinkSignInRoute },
  { path: '*', Component: NotFoundRoute },
];
