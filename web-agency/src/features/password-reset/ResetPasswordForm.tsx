// Chooses a new password from a reset link: the same rules as an invitation's. Saving it signs the
// member in (and signs out every other session they had).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { resetPasswordSchema, type ResetPasswordInput } from '@coverline/domain';
import { ErrorAlert, graphQLFieldErrors, applyGraphQLError } from '@coverline/ui';
import { rememberViewer } from '@coverline/ui/shell';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { graphql } from '../../gql';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      ...ViewerFields
    }
  }
`);

const FIELDS = ['password', 'confirmPassword'] as const;

export function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [linkExpired, setLinkExpired] = useState(false);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { password: '', confirmPassword: '' } });

  const onSubmit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await resetPassword({
        variables: { token, password },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.resetPassword);
        },
      });
      onReset();
    } catch (error) {
      // A refused link is not something to fix in this form: offer a new one instead.
      setLinkExpired('token' in graphQLFieldErrors(error));
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title="Your password was not changed" message={formError} /> : null}
        {linkExpired ? (
          <Text size="sm">
            <Anchor component={Link} to="/forgot-password">
              Ask for a new link
            </Anchor>
          </Text>
        ) : null}
        <NewPasswordFields register={register} errors={errors} label="New password" />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Save and sign in
        </Button>
      </Stack>
    </form>
  );
}
