// Every route of the contractor app, in one table.
import type { RouteObject } from 'react-router';
import { NotFoundRoute } from '@coverline/ui/shell';
import { HomeRoute } from './routes/home';
import { LinkSignInRoute } from './routes/link-sign-in';

export const routes: RouteObject[] = [
  { path: '/', Component: HomeRoute },
  { path: '/t/:token', Component: LinkSignInRoute },
  { path: '*', element: <NotFoundRoute appName="My coverage" homeLabel="Go to my coverage" /> },
];
