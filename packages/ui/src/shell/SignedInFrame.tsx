// The signed-in frame of every app: the viewer query decides between a loader, an error with a
// retry, the signed-out page and the app's layout (the viewer, Sign out, navigation) around the page.
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout, type AppNavItem } from '../AppLayout';
import { ViewerGate } from '../ViewerGate';
import { useUiLabels } from '../labels';
import { useSignOut } from './use-sign-out';
import { useViewer, type SignedInContext, type Viewer, type ViewerRole } from './viewer';

export interface SignedInFrameProps {
  /** The role this app is for; anybody else is treated as signed out. */
  role: ViewerRole;
  /** Shown after the product mark: fixed, or read from the viewer (e.g. the agency's name). */
  appTitle: string | ((viewer: Viewer) => string);
  navItems?: readonly AppNavItem[];
  /** What a visitor who is not signed in with `role` sees, e.g. a redirect to the sign-in page. */
  signedOut: ReactNode;
  /** Where Sign out leads. */
  signedOutPath: string;
  /** The page, for the signed-in viewer. */
  children: (viewer: Viewer) => ReactNode;
}

export function SignedInFrame({ role, appTitle, navItems, signedOut, signedOutPath, children }: SignedInFrameProps) {
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  const { signOut, signingOut } = useSignOut(signedOutPath);
  const labels = useUiLabels();

  return (
    <ViewerGate
      loading={loading}
      error={error}
      allowed={viewer?.role === role}
      signedOut={signedOut}
      onRetry={() => void refetch()}
    >
      {viewer ? (
        <AppLayout
          appTitle={typeof appTitle === 'function' ? appTitle(viewer) : appTitle}
          navItems={navItems}
          linkComponent={Link}
          currentPath={location.pathname}
          viewerName={viewer.name}
          viewerRole={labels.roleLabel(viewer.role)}
          onSignOut={() => void signOut()}
          signingOut={signingOut}
        >
          {children(viewer)}
        </AppLayout>
      ) : null}
    </ViewerGate>
  );
}

export type SignedInRouteProps = Pick<SignedInFrameProps, 'role' | 'appTitle' | 'navItems'>;

/** Every app's sign-in page: visitors are sent there (with where they came from) and Sign out leads there. */
const SIGN_IN_PATH = '/sign-in';

/**
 * A layout route that guards its child routes behind sign-in and frames them; the children read the
 * viewer with `useSignedInViewer()`.
 */
export function SignedInRoute(frame: SignedInRouteProps) {
  const location = useLocation();
  return (
    <SignedInFrame
      {...frame}
      signedOut={<Navigate to={SIGN_IN_PATH} replace state={{ from: location.pathname }} />}
      signedOutPath={SIGN_IN_PATH}
    >
      {(viewer) => <Outlet context={{ viewer } satisfies SignedInContext} />}
    </SignedInFrame>
  );
}
