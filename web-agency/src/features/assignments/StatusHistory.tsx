// Every status change of an assignment: when, from, to, who, and why.
import { Table, Text } from '@mantine/core';
import { ASSIGNMENT_STATUS_LABELS } from '@coverline/domain';
import { formatDateTime } from '@coverline/ui';
import type { AssignmentCard_AssignmentFragment } from '../../gql/graphql';
import { actorInWords } from './words';

type Change = AssignmentCard_AssignmentFragment['statusHistory'][number];

export function StatusHistory({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No status changes recorded yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" fz="sm" withTableBorder>
        <Table.Caption className="coverline-visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={`${change.at}-${change.toStatus}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.at)}</Table.Td>
              <Table.Td>{change.fromStatus ? ASSIGNMENT_STATUS_LABELS[change.fromStatus] : 'Created'}</Table.Td>
              <Table.Td fw={600}>{ASSIGNMENT_STATUS_LABELS[change.toStatus]}</Table.Td>
              <Table.Td>{actorInWords(change.actorType)}</Table.Td>
              <Table.Td>{change.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
