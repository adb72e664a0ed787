// Guards every page behind sign-in and frames it with the agency layout.
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout, ViewerGate, roleLabel, type AppNavItem } from '@coverline/ui';
import { useViewer, type SignedInContext } from '../features/session/viewer';
import { useSignOut } from '../features/session/use-sign-out';

const NAV_ITEMS: AppNavItem[] = [
  { label: 'Overview', to: '/' },
  { label: 'Contractors', to: '/contractors' },
  { label: 'Facilities', to: '/facilities' },
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
      allowed={viewer?.role === 'AGENCY_MEMBER'}
      signedOut={<Navigate to="/sign-in" replace state={{ from: location.pathname }} />}
      onRetry={() => void refetch()}
    >
      {viewer ? (
        <AppLayout
          appTitle={viewer.agency?.name ?? 'Agency'}
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
