// Asks for a one-time sign-in link by email; facility users have no password.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { magicLinkRequestSchema, type MagicLinkRequest } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';

const RequestMagicLinkMutation = graphql(`
  mutation RequestMagicLink($email: String!) {
    requestMagicLink(email: $email)
  }
`);

const FIELDS = ['email'] as const;

export function MagicLinkRequestForm({ onSent }: { onSent: (email: string) => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [requestMagicLink] = useMutation(RequestMagicLinkMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MagicLinkRequest>({
    resolver: zodResolver(magicLinkRequestSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await requestMagicLink({ variables: { email } });
      onSent(email);
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title="We could not send the link" message={formError} /> : null}
        <TextInput
          label="Work email"
          type="email"
          autoComplete="email"
          required
          error={errors.email?.message}
          {...register('email')}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Email me a sign-in link
        </Button>
      </Stack>
    </form>
  );
}
