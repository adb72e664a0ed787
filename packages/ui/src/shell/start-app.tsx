// Starts an app from its main.tsx: the Apollo client (same-origin API with the app's session
// cookie), the router under the app's base path, and the providers every page needs.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache, type InMemoryCacheConfig } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { CoverlineProvider } from '../CoverlineProvider';
import { appBasePath, coverlineHttpLinkOptions, type CoverlineApp } from '../apollo';

export interface StartCoverlineAppOptions {
  app: CoverlineApp;
  /** The app's route table. */
  routes: RouteObject[];
  /** The cache's settings, e.g. `typePolicies` saying how pages of a list merge. */
  cache?: InMemoryCacheConfig;
}

export function createCoverlineApolloClient(app: CoverlineApp, cache?: InMemoryCacheConfig) {
  return new ApolloClient({ link: new HttpLink(coverlineHttpLinkOptions(app)), cache: new InMemoryCache(cache) });
}

/** Renders the app into the page's #root element (see packages/ui/build/vite-app-config.ts). */
export function startCoverlineApp({ app, routes, cache }: StartCoverlineAppOptions) {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to start the app in.');
  const client = createCoverlineApolloClient(app, cache);
  const router = createBrowserRouter(routes, { basename: appBasePath(app) });
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
