// Every route of the contractor app, in one table.
import type { RouteObject } from 'react-router';
import { NotFoundRoute, lazyRoute } from '@coverline/ui/shell';

export const routes: RouteObject[] = [
  { path: '/', handle: { title: 'My coverage' }, lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') },
  { path: '/t/:token', handle: { title: 'Confirm your coverage' }, lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
  { path: '*', handle: { title: 'Page not found' }, element: <NotFoundRoute appName="My coverage" homeLabel="Go to my coverage" /> },
];
