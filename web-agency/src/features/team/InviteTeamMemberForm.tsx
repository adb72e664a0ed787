// Invites a colleague to the agency by email; they set their own password from the link.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { emailSchema } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError } from '@coverline/ui';
import { graphql } from '../../gql';

const InviteTeamMemberMutation = graphql(`
  mutation InviteTeamMember($email: String!) {
    inviteTeamMember(email: $email)
  }
`);

const inviteSchema = z.object({ email: emailSchema });
type InviteInput = z.infer<typeof inviteSchema>;

const FIELDS = ['email'] as const;

export function InviteTeamMemberForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const [invitedEmail, setInvitedEmail] = useState<string | null>(null);
  const [inviteTeamMember] = useMutation(InviteTeamMemberMutation);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteInput>({ resolver: zodResolver(inviteSchema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    setInvitedEmail(null);
    try {
      await inviteTeamMember({ variables: { email } });
      setInvitedEmail(email);
      reset();
    } catch (error) {
      setFormError(applyGraphQLError(error, FIELDS, (field, message) => setError(field, { message })));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={520}>
        {invitedEmail ? (
          <Alert color="green" variant="light" role="status">
            Invitation sent to {invitedEmail}
          </Alert>
        ) : null}
        {formError ? <ErrorAlert title="The invitation was not sent" message={formError} /> : null}
        <TextInput
          label="Colleague's work email"
          type="email"
          autoComplete="off"
          required
          error={errors.email?.message}
          {...register('email')}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Send invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
