// Route-level code splitting: a route's module, and whatever only it imports (charts, tables, date
// pickers, upload zones), is fetched when the route first matches, so an app's first page downloads
// the shell and itself, not every page of the app. React Router loads the lazy modules of all the
// matched routes at once (the signed-in frame and the page inside it arrive together).
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { SignedInNotFoundRouteProps, SignedInRouteProps } from './SignedInFrame';

type LazyRoute = NonNullable<RouteObject['lazy']> & (() => Promise<object>);

/** A route whose page is the export `name` of the module `load` imports, e.g. `lazyRoute(() => import('./routes/team'), 'TeamRoute')`. */
export function lazyRoute<Module, Name extends keyof Module & string>(load: () => Promise<Module>, name: Name): LazyRoute {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** The signed-in frame around an app's pages (`SignedInRoute`), loaded with the first page that needs it. */
export function lazySignedInRoute(frame: SignedInRouteProps): LazyRoute {
  return async () => {
    const { SignedInRoute } = await import('./SignedInFrame');
    return { element: <SignedInRoute {...frame} /> };
  };
}

/** The catch-all route of an app with a signed-in frame: the not-found page inside it when signed in (SignedInNotFoundRoute). */
export function lazyNotFoundRoute(props: SignedInNotFoundRouteProps): LazyRoute {
  return async () => {
    const { SignedInNotFoundRoute } = await import('./SignedInFrame');
    return { element: <SignedInNotFoundRoute {...props} /> };
  };
}
