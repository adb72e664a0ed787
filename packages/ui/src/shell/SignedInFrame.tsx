// The signed-in frame of every app: the viewer query decides between a loader, an error with a
// retry, the signed-out page and the app's layout (the viewer, Sign out, navigation) around the page.
import type { ReactNode } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout, type AppNavItem } from '../AppLayout';
import { PageHeader } from '../PageHeader';
import { PortalLayout } from '../PortalLayout';
import { NotFoundRoute, type NotFoundRouteProps } from './NotFoundRoute';
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
  /** `portal`: the contractor's frame (PortalLayout), the same as around the opt-in form they came by. */
  layout?: 'app' | 'portal';
  /** In the portal's header, before "Sign out" (the contractor app's language switcher). */
  headerAction?: ReactNode;
}

export function SignedInFrame({ role, appTitle, navItems, signedOut, signedOutPath, children, layout = 'app', headerAction }: SignedInFrameProps) {
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
      {viewer && layout === 'portal' ? (
        <PortalLayout agencyName={viewer.agency?.name} onSignOut={() => void signOut()} signingOut={signingOut} headerAction={headerAction}>
          {children(viewer)}
        </PortalLayout>
      ) : viewer ? (
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

export type SignedInNotFoundRouteProps = NotFoundRouteProps & { frame: SignedInRouteProps };

/**
 * The app's catch-all route: to a signed-in viewer, the page inside the app's frame, navigation and
 * all, so one wrong address does not lose the way around; to anyone else, the page on its own.
 */
export function SignedInNotFoundRoute({ frame, appName, homeLabel }: SignedInNotFoundRouteProps) {
  const labels = useUiLabels();
  return (
    <SignedInFrame {...frame} signedOut={<NotFoundRoute appName={appName} homeLabel={homeLabel} />} signedOutPath={SIGN_IN_PATH}>
      {() => (
        <Stack gap="lg" align="flex-start">
          <PageHeader title={labels.pageNotFound} />
          <Text>{labels.pageNotFoundDescription}</Text>
          <Button component={Link} to="/">
            {homeLabel}
          </Button>
        </Stack>
      )}
    </SignedInFrame>
  );
}
