// Every route of the contractor app, in one table.
import type { RouteObject } from 'react-router';
import { NotFoundRoute, lazyRoute } from '@coverline/ui/shell';

export const routes: RouteObject[] = [
  { path: '/', lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') },
  { path: '/t/:token', lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
  { path: '*', element: <NotFoundRoute appName="My coverage" homeLabel="Go to my coverage" /> },
];
