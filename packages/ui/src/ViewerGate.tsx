// Decides what a signed-in page shows while the viewer query runs, fails, or finds nobody.
import type { ReactNode } from 'react';
import { AuthCard } from './AuthCard';
import { ErrorAlert } from './ErrorAlert';
import { FullPageLoader } from './FullPageLoader';
import { graphQLErrorCode } from './errors';
import { useUiLabels } from './labels';

export interface ViewerGateProps {
  loading: boolean;
  error?: unknown;
  /** True when the viewer is signed in to this app with the right role. */
  allowed: boolean;
  /** Rendered when nobody (or somebody without access) is signed in, e.g. a redirect. */
  signedOut: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

export function ViewerGate({ loading, error, allowed, signedOut, onRetry, children }: ViewerGateProps) {
  const labels = useUiLabels();
  if (loading) return <FullPageLoader />;
  if (error !== undefined && error !== null) {
    // An expired session is simply "signed out"; anything else deserves a message and a retry.
    if (graphQLErrorCode(error) === 'UNAUTHENTICATED') return <>{signedOut}</>;
    return (
      <AuthCard title={labels.pageCouldNotLoad}>
        <ErrorAlert error={error} title={labels.somethingWentWrong} onRetry={onRetry} />
      </AuthCard>
    );
  }
  if (!allowed) return <>{signedOut}</>;
  return <>{children}</>;
}
