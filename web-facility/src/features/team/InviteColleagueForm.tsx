// Invite a colleague by email to some of the facilities the inviter oversees: one email, one link.
import { useState } from 'react';
import { useForm, Controller } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { Alert, Button, Checkbox, Paper, Stack, Text, TextInput } from '@mantine/core';
import { emailSchema } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError, fromSafeParse, validationResolver } from '@coverline/ui';
import { graphql } from '../../gql';

const InviteFacilityTeamMemberMutation = graphql(`
  mutation InviteFacilityTeamMember($email: String!, $facilityIds: [ID!]!) {
    inviteFacilityTeamMember(email: $email, facilityIds: $facilityIds)
  }
`);

const inviteSchema = z.object({
  email: emailSchema,
  facilityIds: z.array(z.string()).min(1, 'Choose at least one facility.'),
});
type InviteValues = { email: string; facilityIds: string[] };

const resolver = validationResolver<InviteValues, z.output<typeof inviteSchema>>((values) => fromSafeParse(inviteSchema.safeParse(values)));

export function InviteColleagueForm({
  facilities,
  defaultFacilityId,
  onInvited,
}: {
  facilities: readonly { id: string; name: string }[];
  defaultFacilityId: string;
  onInvited: () => void;
}) {
  const [invite] = useMutation(InviteFacilityTeamMemberMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues, unknown, z.output<typeof inviteSchema>>({ defaultValues: { email: '', facilityIds: [defaultFacilityId] }, resolver });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSentTo(null);
    try {
      await invite({ variables: values });
      setSentTo(values.email);
      reset({ email: '', facilityIds: [defaultFacilityId] });
      onInvited();
    } catch (error) {
      setFormError(applyGraphQLError(error, ['email', 'facilityIds'] as const, (field, message) => setError(field, { message })));
    }
  });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="invite-heading">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text id="invite-heading" fw={700} component="h2" size="md" m={0}>
              Invite a colleague
            </Text>
            <Text size="sm" c="dimmed">
              They get an email with a sign-in link and see the certificates of the facilities you choose. No password needed.
            </Text>
          </Stack>
          {sentTo ? (
            <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setSentTo(null)}>
              Invitation sent to {sentTo}.
            </Alert>
          ) : null}
          {formError ? <ErrorAlert title="The invitation was not sent" message={formError} /> : null}
          <TextInput label="Work email" type="email" autoComplete="off" error={errors.email?.message} {...register('email')} />
          {facilities.length > 1 ? (
            <Controller
              control={control}
              name="facilityIds"
              render={({ field }) => (
                <Checkbox.Group label="Facilities they can see" value={field.value} onChange={field.onChange} error={errors.facilityIds?.message}>
                  <Stack gap="xs" mt="xs">
                    {facilities.map((facility) => (
                      <Checkbox key={facility.id} value={facility.id} label={facility.name} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
          ) : null}
          <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
            Send invitation
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
