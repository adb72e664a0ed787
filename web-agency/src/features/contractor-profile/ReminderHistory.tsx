// Every opt-in reminder a contractor was sent, newest first: when, and automatic or by whom.
import { Table, Text } from '@mantine/core';
import { Section, formatDateTime } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ReminderHistory_ReminderFragment } from '../../gql/graphql';

export const ReminderHistory_reminder = graphql(`
  fragment ReminderHistory_reminder on OptInReminder {
    id
    sentAt
    kind
    scheduleDay
    sentByType
    sentByName
  }
`);

function sentBy(reminder: ReminderHistory_ReminderFragment): string {
  if (reminder.kind === 'AUTOMATIC') return `Automatic (day ${reminder.scheduleDay ?? '?'})`;
  const name = reminder.sentByName ?? 'A team member';
  return reminder.sentByType === 'API_KEY' ? `API key “${name}”` : name;
}

export function ReminderHistory({ reminders }: { reminders: readonly ReminderHistory_ReminderFragment[] }) {
  return (
    <Section title="Reminders" headingId="reminder-history" description="Opt-in reminders sent, newest first.">
      {reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          No reminders sent yet.
        </Text>
      ) : (
        <Table verticalSpacing="xs" layout="fixed" aria-labelledby="reminder-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Sent</Table.Th>
              <Table.Th scope="col">By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reminders.map((reminder) => (
              <Table.Tr key={reminder.id}>
                <Table.Td>{formatDateTime(reminder.sentAt)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{sentBy(reminder)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
