// The missing PO numbers box at the top of the Contractors tab: how many opted-in assignments have no
// PO number yet (rule 6, counted by the server), and the way to the list where they are entered.
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../gql';

const MissingPoNumbersBoxQuery = graphql(`
  query MissingPoNumbersBox {
    assignments(filter: { missingPoNumber: true }, first: 1) {
      totalCount
    }
  }
`);

export function MissingPoNumbersBox() {
  const { data } = useQuery(MissingPoNumbersBoxQuery, { fetchPolicy: 'cache-and-network' });
  const count = data?.assignments.totalCount;
  if (count === undefined) return null;
  const missing = count > 0;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-label="Missing PO numbers"
      bg={missing ? 'orange.0' : undefined}
      style={missing ? { borderColor: 'var(--mantine-color-orange-4)' } : undefined}
    >
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
          <Text fw={700} role="status" data-testid="missing-po-count">
            {missing ? `${count} ${count === 1 ? 'assignment is' : 'assignments are'} missing a PO number` : 'No PO numbers missing'}
          </Text>
          <Text size="sm" c="gray.8">
            {missing
              ? 'Their contractors have opted in. Enter PO numbers so the invoices reach the right purchase order.'
              : 'Every opted-in assignment has a PO number.'}
          </Text>
        </Stack>
        {missing ? (
          <Button component={Link} to="/assignments/missing-po" variant="filled" color="#8a3106">
            Enter PO numbers
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
