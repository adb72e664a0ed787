// Guards every page behind sign-in and frames it with the Compliance Hub layout.
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout, ViewerGate, roleLabel, type AppNavItem } from '@coverline/ui';
import { useViewer, type SignedInContext } from '../features/session/viewer';
import { useSignOut } from '../features/session/use-sign-out';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Certificates', to: '/' },
  { label: 'Audit', to: '/audit' },
  { label: 'Team', to: '/team' },
];

export function SignedInRoute() {
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    <ViewerGate
      loading={loading}
      error={error}
      allowed={viewer?.role === 'FACILITY_USER'}
      signedOut={<Navigate to="/sign-in" replace />}
      onRetry={() => void refetch()}
    >
      {viewer ? (
        <AppLayout
          appTitle="Compliance Hub"
          navItems={NAV_ITEMS}
          linkComponent={Link}
          currentPath={location.pathname}
          viewerName={viewer.name}
          viewerRole={roleLabel(viewer.role)}
          onSignOut={() => void signOut()}
          signingOut={signingOut}
        >
          <Outlet context={{ viewer } satisfies SignedInContext} />
        </AppLayout>
      ) : null}
    </ViewerGate>
  );
}
