// Starts an app from its main.tsx: the router under the app's base path, the providers every page
// needs and the viewer question; Apollo Client only below the layout route that loads it, so the
// pages an app opens without it (a sign-in page) do not download it.
import { StrictMode, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { InMemoryCacheConfig } from '@apollo/client';
import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { CoverlineProvider } from '../CoverlineProvider';
import { appBasePath, type CoverlineApp } from '../apollo';
import { NavigationRoot } from './navigation-root';
import { startSession } from './session';

export interface CoverlineRoutes {
  /** Pages that talk to the server with `requestGraphQL` and `useSessionViewer` only, e.g. sign-in, and the catch-all. */
  withoutApollo: RouteObject[];
  /** Every other page, below the layout route that provides Apollo Client. A route's `handle` may name its page (CoverlineRouteHandle). */
  withApollo: RouteObject[];
}

export interface StartCoverlineAppOptions {
  app: CoverlineApp;
  routes: CoverlineRoutes;
  /** Apollo's cache settings (e.g. `typePolicies` saying how pages of a list merge), loaded with Apollo. */
  loadCacheConfig?: () => Promise<InMemoryCacheConfig>;
  /** A layout around every page, with and without Apollo (an `<Outlet />` inside), mounted once for both. */
  frame?: ReactElement;
  /**
   * What must be there before anything is drawn (e.g. the words of the visitor's language); the server
   * is asked meanwhile. If it fails, the app is drawn anyway, with what it has (its default language).
   */
  ready?: Promise<void>;
}

const nothingYet = () => null;

/** Renders the app into the page's #root element (see packages/ui/build/vite-app-config.ts). */
export function startCoverlineApp({ app, routes, loadCacheConfig, frame, ready = Promise.resolve() }: StartCoverlineAppOptions): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to start the app in.');
  // Asked now, the answer travels while the page's own code (a lazy route) downloads.
  startSession(app);
  // Loaded once; React Router calls a route's `lazy` only the first time it matches.
  const apolloLayout = {
    lazy: async () => {
      const [{ loadApolloLayout }, cacheConfig] = await Promise.all([import('./apollo-route'), loadCacheConfig?.()]);
      return { Component: await loadApolloLayout(app, cacheConfig) };
    },
    children: routes.withApollo,
  } satisfies RouteObject;
  // Below the root that names each page in the tab and moves focus to its h1 after a navigation.
  const pages: RouteObject[] = [...routes.withoutApollo, apolloLayout];
  // Until the first page's code has arrived (its lazy route, preloaded with the page) nothing is drawn:
  // the page paints once, in the right language, rather than a loader in the default one first.
  const router = createBrowserRouter([{ element: <NavigationRoot app={app} />, HydrateFallback: nothingYet, children: frame ? [{ element: frame, children: pages }] : pages }], {
    basename: appBasePath(app),
  });
  return ready.catch(() => undefined).then(() =>
    createRoot(container).render(
      <StrictMode>
        <CoverlineProvider>
          <RouterProvider router={router} />
        </CoverlineProvider>
      </StrictMode>,
    ),
  );
}
