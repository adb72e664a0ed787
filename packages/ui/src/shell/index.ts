// The app shell shared by the three apps: starting an app, who is signed in, signing out, and the
// signed-in frame. A separate entry from '@coverline/ui' because it needs Apollo Client and React Router
// (Apollo only in the modules the Apollo layout route loads: see start-app.tsx).
export {
  ViewerQuery,
  rememberViewer,
  useSignedInViewer,
  useViewer,
  type SignedInContext,
  type Viewer,
  type ViewerRole,
} from './viewer';
export { SignedInFrame, SignedInRoute, type SignedInFrameProps, type SignedInRouteProps } from './SignedInFrame';
export { startCoverlineApp, type CoverlineRoutes } from './start-app';
export { refreshSessionViewer, requestGraphQL, setSessionViewer, useSessionViewer } from './session';
export { lazyRoute, lazySignedInRoute, lazyNotFoundRoute } from './lazy-routes';
export { usePageTitle, type CoverlineRouteHandle } from './navigation-root';
// For a request the Apollo link cannot make, e.g. an upload that reports its progress.
export { appBasePath, coverlineHttpHeaders } from '../apollo';
export { NotFoundRoute, type NotFoundRouteProps } from './NotFoundRoute';
