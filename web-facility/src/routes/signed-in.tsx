// Guards every page behind sign-in and frames it with the Compliance Hub layout.
import { Navigate, Outlet } from 'react-router';
import { AppLayout, ViewerGate, roleLabel } from '@coverline/ui';
import { useViewer, type SignedInContext } from '../features/session/viewer';
import { useSignOut } from '../features/session/use-sign-out';

export function SignedInRoute() {
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
