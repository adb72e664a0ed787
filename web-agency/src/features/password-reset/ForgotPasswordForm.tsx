// Asks for a password-reset link. The answer is the same whether or not the email has an account,
// so the page cannot be used to find out who has one.
import { useMutation } from '@apollo/client/react';
import { passwordResetRequestSchema } from '@coverline/domain';
import { EmailRequestForm, fromSafeParse } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_LINK_SENT = "If that email belongs to a Coverline account, we've sent a link to choose a new password. It works for 30 minutes.";

export function ForgotPasswordForm() {
  const [requestPasswordReset] = useMutation(RequestPasswordResetMutation);
  return (
    <EmailRequestForm
      validate={(values) => fromSafeParse(passwordResetRequestSchema.safeParse(values))}
      send={(email) => requestPasswordReset({ variables: { email } })}
      label="Work email"
      autoComplete="username"
      submitLabel="Send reset link"
      errorTitle="We could not send the link"
      sentMessage={RESET_LINK_SENT}
    />
  );
}
