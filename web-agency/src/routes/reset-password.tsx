import { Anchor, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard } from '@coverline/ui';
import { ResetPasswordForm } from '../features/password-reset/ResetPasswordForm';

export function ResetPasswordRoute() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');

  if (!token) {
    return (
      <AuthCard appName="Agency" title="Reset link not valid">
        <Text>This link has no reset code. Open the link from your email again, or ask for a new one.</Text>
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </AuthCard>
    );
  }
  return (
    <AuthCard appName="Agency" title="Choose a new password" description="Saving it signs you in here and signs you out everywhere else.">
      <ResetPasswordForm token={token} onReset={() => void navigate('/', { replace: true })} />
    </AuthCard>
  );
}
