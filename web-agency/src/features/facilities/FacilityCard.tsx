// One of the agency's facilities: its address and contact (with Edit), who can open it in the
// Compliance Hub (with removing them and giving someone else access), and whether its Hub users may
// download every certificate as one ZIP.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Divider, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { ErrorAlert, errorMessage } from '@coverline/ui';
import { graphql } from '../../gql';
import type { FacilityCard_FacilityFragment } from '../../gql/graphql';
import { EmailInviteForm } from '../../components/EmailInviteForm';
import { addressInWords } from '../assignments/words';
import { FacilityFormDialog } from './FacilityFormDialog';
import { HubAccessList } from './HubAccessList';

export const FacilityCard_facility = graphql(`
  fragment FacilityCard_facility on Facility {
    id
    name
    addressLine1
    city
    state
    postalCode
    contactEmail
    bulkDownloadEnabled
    team {
      id
      email
      lastSignInAt
    }
  }
`);

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

export interface FacilityCardProps {
  facility: FacilityCard_FacilityFragment;
  /** After something that changes the list: an edit (the order is by name), access given or removed. */
  onChanged: () => void;
}

export function FacilityCard({ facility, onChanged }: FacilityCardProps) {
  const [setBulk] = useMutation(SetFacilityBulkDownloadMutation);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [invite] = useMutation(InviteFacilityUserMutation);
  const [editing, setEditing] = useState(false);
  const headingId = `facility-${facility.id}`;
  const address = addressInWords(facility);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} miw={0}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} miw={0}>
            <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {facility.name}
            </Title>
            <Text size="sm" c="dimmed">
              {address ?? 'No address yet'}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {facility.contactEmail ? `Contact: ${facility.contactEmail}` : 'No contact yet'}
            </Text>
          </Stack>
          <Button variant="default" size="xs" onClick={() => setEditing(true)} style={{ flexShrink: 0 }}>
            Edit<span className="coverline-visually-hidden"> {facility.name}</span>
          </Button>
        </Group>
        <Divider />
        <HubAccessList facility={facility} members={facility.team} onRevoked={onChanged} />
        <EmailInviteForm
          inline
          label="Give a facility manager access"
          description="They sign in by email link; no password."
          placeholder="name@facility.org"
          submitLabel="Send access link"
          failureTitle="The access was not given"
          sentMessage={(email) => `${email} can now sign in to the Compliance Hub for ${facility.name}: we emailed them a link.`}
          invite={async (email) => {
            await invite({ variables: { facilityId: facility.id, email } });
            onChanged();
          }}
        />
        <Divider />
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
      </Stack>
      <FacilityFormDialog
        facility={facility}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
      />
    </Paper>
  );
}
