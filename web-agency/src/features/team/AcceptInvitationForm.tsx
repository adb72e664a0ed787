// A new team member chooses their name and password; accepting the invitation signs them in.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { acceptInvitationSchema, type AcceptInvitationInput } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { graphql } from '../../gql';
import { rememberViewer } from '@coverline/ui/shell';

const AcceptTeamInvitationMutation = graphql(`
  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {
    acceptTeamInvitation(token: $token, name: $name, password: $password) {
      ...ViewerFields
    }
  }
`);

const FIELDS = ['name', 'password', 'confirmPassword'] as const;

export interface AcceptInvitationFormProps {
  token: string;
  email: string;
  onAccepted: () => void;
}

export function AcceptInvitationForm({ token, email, onAccepted }: AcceptInvitationFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [acceptInvitation] = useMutation(AcceptTeamInvitationMutation);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { name: '', password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ name, password }) => {
    setFormError(null);
    try {
      await acceptInvitation({
        variables: { token, name, password },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.acceptTeamInvitation);
        },
      });
      onAccepted();
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {formError ? <ErrorAlert title="We could not set up your account" message={formError} /> : null}
        <TextInput label="Email" value={email} readOnly autoComplete="username" />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          error={errors.name?.message}
          {...register('name')}
        />
        <NewPasswordFields register={register} errors={errors} label="Password" />
        <Button type="submit" loading={isSubmitting} fullWidth>
          Set password and sign in
        </Button>
      </Stack>
    </form>
  );
}
