import { useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '@coverline/ui';
import { InvalidSignInLink, RedeemMagicLink } from '../features/sign-in/RedeemMagicLink';

export function SignInConfirmRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');

  return (
    <AuthCard appName="Compliance Hub" title="Finish signing in">
      {token ? (
        <RedeemMagicLink token={token} onSignedIn={() => void navigate('/', { replace: true })} />
      ) : (
        <InvalidSignInLink />
      )}
    </AuthCard>
  );
}
