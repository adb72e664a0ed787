// One of the agency's facilities: whether its Compliance Hub users may download every certificate
// as one ZIP, and giving a facility manager access by email.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ErrorAlert, errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';
import { EmailInviteForm } from '../../components/EmailInviteForm';

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

export function FacilityCard({ facility }: { facility: { id: string; name: string; city?: string | null; state?: string | null; bulkDownloadEnabled: boolean } }) {
  const [setBulk] = useMutation(SetFacilityBulkDownloadMutation);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [invite] = useMutation(InviteFacilityUserMutation);
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
        <EmailInviteForm
          inline
          label="Give a facility manager access"
          description="They sign in by email link; no password."
          placeholder="name@facility.org"
          submitLabel="Send access link"
          failureTitle="The access was not given"
          sentMessage={(email) => `${email} can now sign in to the Compliance Hub for ${facility.name}: we emailed them a link.`}
          invite={(email) => invite({ variables: { facilityId: facility.id, email } })}
        />
      </Stack>
    </Paper>
  );
}
