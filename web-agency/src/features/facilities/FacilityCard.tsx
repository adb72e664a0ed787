// One of the agency's facilities: whether its Compliance Hub users may download every certificate
// as one ZIP, and giving a facility manager access by email.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { Alert, Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { emailSchema } from '@coverline/domain';
import { ErrorAlert, applyGraphQLError, errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';

const SetFacilityBulkDownloadMutation = graphql(`
  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {
    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {
      id
      bulkDownloadEnabled
    }
  }
`);

const InviteFacilityUserMutation = graphql(`
  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {
    inviteFacilityUser(facilityId: $facilityId, email: $email)
  }
`);

const inviteSchema = z.object({ email: emailSchema });
type InviteInput = z.infer<typeof inviteSchema>;

export function FacilityCard({ facility }: { facility: { id: string; name: string; city?: string | null; state?: string | null; bulkDownloadEnabled: boolean } }) {
  const [setBulk] = useMutation(SetFacilityBulkDownloadMutation);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [invite] = useMutation(InviteFacilityUserMutation);
  const [invited, setInvited] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteInput>({ resolver: zodResolver(inviteSchema), defaultValues: { email: '' } });

  const onInvite = handleSubmit(async ({ email }) => {
    setFormError(null);
    setInvited(null);
    try {
      await invite({ variables: { facilityId: facility.id, email } });
      setInvited(email);
      reset();
    } catch (error) {
      setFormError(applyGraphQLError(error, ['email'] as const, (field, message) => setError(field, { message })));
    }
  });

  const headingId = `facility-${facility.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            {facility.name}
          </Title>
          {facility.city ? (
            <Text size="sm" c="dimmed">
              {facility.city}
              {facility.state ? `, ${facility.state}` : ''}
            </Text>
          ) : null}
        </Stack>
        <Switch
          label="Bulk download in the Compliance Hub"
          description="Its managers can download every certificate matching their filters as one ZIP."
          checked={facility.bulkDownloadEnabled}
          onChange={(event) => {
            setBulkError(null);
            const enabled = event.currentTarget.checked;
            // Optimistic, so the switch moves at once; a refusal puts it back. The cache needs the type name.
            const optimistic = { __typename: 'Facility' as const, id: facility.id, bulkDownloadEnabled: enabled };
            setBulk({ variables: { facilityId: facility.id, enabled }, optimisticResponse: { setFacilityBulkDownload: optimistic } }).catch((error: unknown) => setBulkError(errorMessage(error)));
          }}
        />
        {bulkError ? <ErrorAlert title="The setting was not saved" message={bulkError} /> : null}
        <form onSubmit={onInvite} noValidate>
          <Stack gap="xs">
            {invited ? (
              <Alert color="green" variant="light" role="status">
                {invited} can now sign in to the Compliance Hub for {facility.name}: we emailed them a link.
              </Alert>
            ) : null}
            {formError ? <ErrorAlert title="The access was not given" message={formError} /> : null}
            <Group align="flex-end" gap="sm">
              <TextInput
                label="Give a facility manager access"
                description="They sign in by email link; no password."
                placeholder="name@facility.org"
                type="email"
                autoComplete="off"
                error={errors.email?.message}
                style={{ flex: '1 1 260px' }}
                {...register('email')}
              />
              <Button type="submit" variant="light" loading={isSubmitting}>
                Send access link
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
