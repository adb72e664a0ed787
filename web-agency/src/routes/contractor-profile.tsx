// A contractor's profile: who they are, their personal link, their work history with its
// certificates, the opt-ins they signed, and the reminders they were sent.
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { ContractorHeader } from '../features/contractor-profile/ContractorHeader';
import { WorkHistory } from '../features/assignments/WorkHistory';
import { ReminderHistory } from '../features/contractor-profile/ReminderHistory';
import { SignedOptIns } from '../features/contractor-profile/SignedOptIns';
import {
  AssignmentCreatedAlert,
  type CreatedAssignmentNotice,
} from '../features/assignments/AssignmentCreatedAlert';

const ContractorProfileRouteQuery = graphql(`
  query ContractorProfileRoute($id: ID!) {
    contractor(id: $id) {
      id
      ...ContractorHeader_contractor
      assignments {
        id
        payer
        ...AssignmentCard_assignment
      }
      signedOptIns {
        id
        ...SignedOptIns_optIn
      }
      reminders {
        id
        ...ReminderHistory_reminder
      }
    }
  }
`);

/** Router state left by "Add job assignment" after Create. */
export interface ContractorProfileState {
  created?: CreatedAssignmentNotice;
}

export function ContractorProfileRoute() {
  const { contractorId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const created = (location.state as ContractorProfileState | null)?.created;
  const { data, loading, error, refetch } = useQuery(ContractorProfileRouteQuery, {
    variables: { id: contractorId },
    fetchPolicy: 'cache-and-network',
  });

  if (!data && loading) return <LoadingIndicator label="Loading the contractor" />;
  if (!data && error) {
    return <ErrorAlert error={error} title="This profile could not load" onRetry={() => void refetch()} />;
  }
  const contractor = data?.contractor;
  if (!contractor) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader title="Contractor not found" description="There is no contractor of your agency at this address." />
        <Button component={Link} to="/contractors">
          Back to contractors
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="xl" maw={1120}>
      {created ? (
        <AssignmentCreatedAlert
          notice={created}
          onClose={() => void navigate(location.pathname, { replace: true, state: null })}
        />
      ) : null}
      <ContractorHeader
        contractor={contractor}
        paysForCoverage={contractor.assignments.some((assignment) => assignment.payer === 'CONTRACTOR')}
        onChanged={() => void refetch()}
      />
      <WorkHistory
        contractorId={contractor.id}
        contractorFirstName={contractor.firstName}
        canAddAssignment={!contractor.archived}
        assignments={contractor.assignments}
      />
      <SignedOptIns optIns={contractor.signedOptIns} />
      <ReminderHistory reminders={contractor.reminders} />
    </Stack>
  );
}
