import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { AuthCard } from '@coverline/ui';
import { ForgotPasswordForm } from '../features/password-reset/ForgotPasswordForm';

export function ForgotPasswordRoute() {
  return (
    <AuthCard appName="Agency" title="Reset your password" description="Enter the email you sign in with. We'll email you a link to choose a new password.">
      <ForgotPasswordForm />
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign-in
      </Anchor>
    </AuthCard>
  );
}
