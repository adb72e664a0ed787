// Asks for a password-reset link. The answer is the same whether or not the email has an account,
// so the page cannot be used to find out who has one.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { passwordResetRequestSchema, type PasswordResetRequest } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const FIELDS = ['email'] as const;

export const RESET_LINK_SENT = "If that email belongs to a Coverline account, we've sent a link to choose a new password. It works for 30 minutes.";

export function ForgotPasswordForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [requestPasswordReset] = useMutation(RequestPasswordResetMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PasswordResetRequest>({ resolver: zodResolver(passwordResetRequestSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    setSent(false);
    try {
      await requestPasswordReset({ variables: { email } });
      setSent(true);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title="We could not send the link" message={formError} /> : null}
        {sent ? (
          <Alert color="green" variant="light" role="status" title="Check your email">
            {RESET_LINK_SENT}
          </Alert>
        ) : null}
        <TextInput label="Work email" type="email" autoComplete="username" required error={errors.email?.message} {...register('email')} />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Send reset link
        </Button>
      </Stack>
    </form>
  );
}
