// Every route of the contractor app, in one table.
import { NotFoundRoute, lazyRoute, type CoverlineRoutes } from '@coverline/ui/shell';

export const routes: CoverlineRoutes = {
  withoutApollo: [{ path: '*', element: <NotFoundRoute appName="My coverage" homeLabel="Go to my coverage" /> }],
  // The opt-in form reads and writes through Apollo: the contractor's first page loads it.
  withApollo: [
    { path: '/', lazy: lazyRoute(() => import('./routes/home'), 'HomeRoute') },
    { path: '/t/:token', lazy: lazyRoute(() => import('./routes/link-sign-in'), 'LinkSignInRoute') },
  ],
};
