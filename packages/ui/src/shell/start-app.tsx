// Starts an app from its main.tsx: the Apollo client (same-origin API with the app's session
// cookie), the router under the app's base path, and the providers every page needs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type InMemoryCacheConfig } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { CoverlineProvider } from '../CoverlineProvider';
import { appBasePath, coverlineHttpLinkOptions, type CoverlineApp } from '../apollo';
import { graphQLErrorsOf } from '../errors';
import { NavigationRoot } from './navigation-root';
import { ViewerQuery } from './viewer';

export interface StartCoverlineAppOptions {
  app: CoverlineApp;
  /** The app's route table; a route's `handle` may name its page (CoverlineRouteHandle). */
  routes: RouteObject[];
  /** The cache's settings, e.g. `typePolicies` saying how pages of a list merge. */
  cache?: InMemoryCacheConfig;
}

export function createCoverlineApolloClient(app: CoverlineApp, cacheConfig?: InMemoryCacheConfig) {
  const cache = new InMemoryCache(cacheConfig);
  // A session can end while a page is open (signed out elsewhere, removed from the team, a password
  // reset): the first request refused as UNAUTHENTICATED forgets the viewer, so the signed-in frame
  // sends the person to the sign-in page instead of showing an error.
  const signedOutOnUnauthenticated = new ErrorLink(({ error }) => {
    if (graphQLErrorsOf(error).some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
    }
  });
  return new ApolloClient({ link: ApolloLink.from([signedOutOnUnauthenticated, new HttpLink(coverlineHttpLinkOptions(app))]), cache });
}

/** Renders the app into the page's #root element (see packages/ui/build/vite-app-config.ts). */
export function startCoverlineApp({ app, routes, cache }: StartCoverlineAppOptions) {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to start the app in.');
  const client = createCoverlineApolloClient(app, cache);
  // Every page first asks who is signed in: asked now, the answer travels while the page's own code
  // (a lazy route) downloads, and the page's viewer query joins this request instead of starting one.
  client.query({ query: ViewerQuery }).catch(() => undefined);
  const router = createBrowserRouter([{ element: <NavigationRoot app={app} />, children: routes }], { basename: appBasePath(app) });
  createRoot(container).render(
    <StrictMode>
      <CoverlineProvider>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </CoverlineProvider>
    </StrictMode>,
  );
}
