// The "Work history" section of a contractor's profile, with "+ Add job assignment" beside it.
import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Section } from '@coverline/ui';
import type { AssignmentCard_AssignmentFragment } from '../../gql/graphql';
import { AssignmentCard } from './AssignmentCard';

export function WorkHistory({
  contractorId,
  contractorFirstName,
  canAddAssignment,
  assignments,
}: {
  contractorId: string;
  contractorFirstName: string;
  /** An archived contractor gets no new assignments. */
  canAddAssignment: boolean;
  assignments: readonly AssignmentCard_AssignmentFragment[];
}) {
  return (
    <Section
      title="Work history"
      headingId="work-history"
      withCard={false}
      description={
        assignments.length === 0
          ? undefined
          : `${assignments.length === 1 ? '1 assignment' : `${assignments.length} assignments`}, newest first.`
      }
      actions={
        canAddAssignment ? (
          <Button component={Link} to={`/contractors/${contractorId}/assignments/new`} leftSection={<span aria-hidden="true">+</span>}>
            Add job assignment
          </Button>
        ) : undefined
      }
    >
      {assignments.length === 0 ? (
        <Text c="dimmed" bg="white" p="lg" ta="center" style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}>
          {canAddAssignment ? `No assignments yet. Add the first one to start ${contractorFirstName}'s coverage.` : 'No assignments.'}
        </Text>
      ) : (
        <Stack gap="md">
          {assignments.map((assignment) => (
            <AssignmentCard key={assignment.id} assignment={assignment} contractorFirstName={contractorFirstName} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
