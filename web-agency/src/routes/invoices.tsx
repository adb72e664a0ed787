// The Invoices page: every invoice of the agency, newest first, and "Issue invoices now" for what the
// monthly run (on the 1st, in the agency's time zone) has not invoiced yet.
import { useCallback, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ConfirmDialog, ErrorAlert, LoadingIndicator, PageHeader, errorMessage } from '@coverline/ui';
import { graphql } from '../gql';
import { InvoiceList } from '../features/invoices/InvoiceList';

const PAGE_SIZE = 50;

const InvoicesRouteQuery = graphql(`
  query InvoicesRoute($first: Int, $after: String) {
    invoices(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...InvoiceList_invoice
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const IssueInvoicesMutation = graphql(`
  mutation IssueInvoices {
    issueInvoices {
      id
      number
    }
  }
`);

export function InvoicesRoute() {
  const { data, error, refetch, fetchMore } = useQuery(InvoicesRouteQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const [issue, issuing] = useMutation(IssueInvoicesMutation, { refetchQueries: ['InvoicesRoute'], awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState(false);
  const [issueError, setIssueError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const connection = data?.invoices;

  const issueNow = useCallback(async () => {
    setIssueError(null);
    try {
      const result = await issue();
      const numbers = result.data?.issueInvoices.map((invoice) => invoice.number) ?? [];
      setNotice(numbers.length === 0 ? 'Nothing to invoice: every covered, agency-paid assignment is invoiced already.' : `Issued and emailed ${numbers.length === 1 ? 'invoice' : 'invoices'} ${numbers.join(', ')}.`);
      setConfirming(false);
    } catch (failure) {
      setIssueError(errorMessage(failure));
    }
  }, [issue]);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Invoices"
        description="Agency-paid premiums, one invoice per PO number (and one for assignments without a PO number), issued on the 1st of each month for the month before and emailed to each PO contact and your billing email."
        actions={<Button onClick={() => setConfirming(true)}>Issue invoices now</Button>}
      />
      {notice ? (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)} closeButtonLabel="Dismiss">
          {notice}
        </Alert>
      ) : null}
      {error && !connection ? (
        <ErrorAlert error={error} title="The invoices could not load" onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingIndicator label="Loading invoices" />
      ) : (
        <InvoiceList
          invoices={connection.edges.map((edge) => edge.node)}
          empty={
            <Stack align="center" gap={4} py="xl">
              <Text fw={600}>No invoices yet</Text>
              <Text size="sm" c="dimmed">
                Invoices appear here once agency-paid coverage has bound.
              </Text>
            </Stack>
          }
        />
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            Load more
          </Button>
        </Group>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title="Issue invoices now"
        confirmLabel="Issue and email invoices"
        loading={issuing.loading}
        error={issueError}
        onConfirm={() => void issueNow()}
        onClose={() => {
          setConfirming(false);
          setIssueError(null);
        }}
      >
        <Text size="sm">
          Everything covered, agency-paid and not invoiced yet that starts by today is invoiced now, one invoice per PO number, and each invoice is
          emailed with its PDF to the PO contact and your billing email. The monthly run then invoices only what is left.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
