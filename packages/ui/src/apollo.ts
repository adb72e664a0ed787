// What every app's Apollo HttpLink needs: the same-origin endpoint and the app header, from which
// the server picks that app's session cookie (it doubles as CSRF protection); and the app's path.
export type CoverlineApp = 'agency' | 'facility' | 'contractor';

export const COVERLINE_APP_HEADER = 'x-coverline-app';

export function coverlineHttpHeaders(app: CoverlineApp): Record<string, string> {
  return { [COVERLINE_APP_HEADER]: app };
}

/** Options for `new HttpLink(...)`. */
export function coverlineHttpLinkOptions(app: CoverlineApp) {
  return {
    uri: '/graphql',
    credentials: 'same-origin' as const,
    headers: coverlineHttpHeaders(app),
  };
}

/**
 * Where the server serves the app, as Vite's `base` and the router's basename. The trailing slash
 * matters: the app's home then links to '/agency/', the address the server serves, rather than
 * '/agency', which neither the server's static files nor `vite preview` answer.
 */
export function appBasePath(app: CoverlineApp): string {
  return `/${app}/`;
}
