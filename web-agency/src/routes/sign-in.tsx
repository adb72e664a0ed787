import { Navigate, useLocation, useNavigate } from 'react-router';
import { AuthCard, DemoHint } from '@coverline/ui';
import { SignInForm } from '../features/sign-in/SignInForm';
import { useSessionViewer } from '@coverline/ui/shell';

/** Where the guard sent the visitor from, so signing in takes them back there. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : '/';
}

export function SignInRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  // A failed viewer query just leaves the form in place: signing in is the way forward anyway.
  const { viewer } = useSessionViewer();
  const destination = returnPath(location.state);

  if (viewer?.role === 'AGENCY_MEMBER') return <Navigate to={destination} replace />;

  return (
    <AuthCard
      appName="Agency"
      title="Sign in"
      description="Manage your contractors, their assignments and certificates."
    >
      <SignInForm onSignedIn={() => void navigate(destination, { replace: true })} />
      {import.meta.env.DEV ? <DemoHint>Demo: rep@acme.test / coverline-demo</DemoHint> : null}
    </AuthCard>
  );
}
