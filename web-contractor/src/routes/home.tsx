import { Text } from '@mantine/core';
import { AppLayout, AuthCard, ViewerGate, roleLabel } from '@coverline/ui';
import { CoverageSummary } from '../features/profile/CoverageSummary';
import { useSignOut } from '../features/session/use-sign-out';
import { useViewer } from '../features/session/viewer';

function SignedOutHome() {
  return (
    <AuthCard appName="My coverage" title="Your coverage">
      <Text>Open the link in your email to see your coverage.</Text>
    </AuthCard>
  );
}

export function HomeRoute() {
  const { viewer, loading, error, refetch } = useViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    <ViewerGate
      loading={loading}
      error={error}
      allowed={viewer?.role === 'CONTRACTOR'}
      signedOut={<SignedOutHome />}
      onRetry={() => void refetch()}
    >
      {viewer ? (
        <AppLayout
          appTitle="My coverage"
          viewerName={viewer.name}
          viewerRole={roleLabel(viewer.role)}
          onSignOut={() => void signOut()}
          signingOut={signingOut}
        >
          <CoverageSummary viewer={viewer} />
        </AppLayout>
      ) : null}
    </ViewerGate>
  );
}
