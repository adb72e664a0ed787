// The agency's invoices: number, PO, period, total, status and the PDF, with Mark paid / Void while
// one is issued. A table on wide screens; on a phone one card per invoice, so nothing scrolls sideways.
import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Anchor, Box, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatCents, INVOICE_STATUS_LABELS, NO_PO_LABEL } from '@coverline/domain';
import { ConfirmDialog, DataTable, StatusBadge, dataTableColumnHelper, errorMessage, formatDateRange, type StatusTone } from '@coverline/ui';
import { graphql } from '../../gql';
import type { InvoiceList_InvoiceFragment } from '../../gql/graphql';

export const InvoiceList_invoice = graphql(`
  fragment InvoiceList_invoice on Invoice {
    id
    number
    poNumber
    status
    totalCents
    pdfUrl
    periodStart
    periodEnd
    viewerCanChange
    lineCount
  }
`);

const MarkInvoicePaidMutation = graphql(`
  mutation MarkInvoicePaid($id: ID!) {
    markInvoicePaid(id: $id) {
      id
      ...InvoiceList_invoice
    }
  }
`);

const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!) {
    voidInvoice(id: $id) {
      id
      ...InvoiceList_invoice
    }
  }
`);

type Row = InvoiceList_InvoiceFragment;
type Change = { invoice: Row; to: 'PAID' | 'VOID' };

const TONES: Record<Row['status'], StatusTone> = { ISSUED: 'info', PAID: 'success', VOID: 'neutral' };

function StatusOf({ invoice }: { invoice: Row }) {
  return <StatusBadge tone={TONES[invoice.status]}>{INVOICE_STATUS_LABELS[invoice.status]}</StatusBadge>;
}

function PdfLink({ invoice }: { invoice: Row }) {
  return (
    <Anchor href={invoice.pdfUrl} size="sm" fw={600} download>
      PDF<span className="coverline-visually-hidden"> of invoice {invoice.number}</span>
    </Anchor>
  );
}

function Actions({ invoice, onChange }: { invoice: Row; onChange: (change: Change) => void }) {
  if (!invoice.viewerCanChange) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Button size="compact-sm" variant="default" onClick={() => onChange({ invoice, to: 'PAID' })}>
        Mark paid<span className="coverline-visually-hidden"> {invoice.number}</span>
      </Button>
      <Button size="compact-sm" variant="default" c="red.9" onClick={() => onChange({ invoice, to: 'VOID' })}>
        Void<span className="coverline-visually-hidden"> {invoice.number}</span>
      </Button>
    </Group>
  );
}

const column = dataTableColumnHelper<Row>();

function columns(onChange: (change: Change) => void) {
  return column.columns([
    column.accessor('number', { header: 'Number', cell: ({ getValue }) => <Text size="sm" fw={600}>{getValue()}</Text>, meta: { nowrap: true } }),
    column.accessor('poNumber', { header: 'PO number', cell: ({ getValue }) => getValue() ?? <Text span size="sm" c="dimmed">{NO_PO_LABEL}</Text> }),
    column.display({ id: 'period', header: 'Period', cell: ({ row }) => formatDateRange(row.original.periodStart, row.original.periodEnd), meta: { nowrap: true } }),
    column.display({ id: 'lines', header: 'Assignments', cell: ({ row }) => row.original.lineCount, meta: { align: 'right' } }),
    column.accessor('totalCents', { header: 'Total', cell: ({ getValue }) => formatCents(getValue()), meta: { align: 'right', nowrap: true } }),
    column.display({ id: 'status', header: 'Status', cell: ({ row }) => <StatusOf invoice={row.original} /> }),
    column.display({ id: 'pdf', header: 'PDF', cell: ({ row }) => <PdfLink invoice={row.original} /> }),
    column.display({ id: 'actions', header: 'Actions', cell: ({ row }) => <Actions invoice={row.original} onChange={onChange} /> }),
  ]);
}

function InvoiceCard({ invoice, onChange }: { invoice: Row; onChange: (change: Change) => void }) {
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{invoice.number}</Text>
          <StatusOf invoice={invoice} />
        </Group>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          <Text size="sm" c="dimmed">PO number</Text>
          <Text size="sm">{invoice.poNumber ?? NO_PO_LABEL}</Text>
          <Text size="sm" c="dimmed">Period</Text>
          <Text size="sm">{formatDateRange(invoice.periodStart, invoice.periodEnd)}</Text>
          <Text size="sm" c="dimmed">Total</Text>
          <Text size="sm" fw={600}>
            {formatCents(invoice.totalCents)} ({invoice.lineCount} {invoice.lineCount === 1 ? 'assignment' : 'assignments'})
          </Text>
        </SimpleGrid>
        <Group justify="space-between" gap="xs">
          <PdfLink invoice={invoice} />
          <Actions invoice={invoice} onChange={onChange} />
        </Group>
      </Stack>
    </Card>
  );
}

const CHANGE_WORDS = {
  PAID: { title: 'Mark invoice paid', confirm: 'Mark paid', text: 'Record that this invoice has been paid. This cannot be undone.' },
  VOID: { title: 'Void invoice', confirm: 'Void invoice', text: 'A void invoice is kept but no longer due, and its assignments are not invoiced again. This cannot be undone.' },
} as const;

export function InvoiceList({ invoices, empty }: { invoices: Row[]; empty: React.ReactNode }) {
  const narrow = useMediaQuery('(max-width: 48em)');
  const [change, setChange] = useState<Change | null>(null);
  const [markPaid, paid] = useMutation(MarkInvoicePaidMutation);
  const [voidInvoice, voided] = useMutation(VoidInvoiceMutation);
  const [error, setError] = useState<string | null>(null);
  // The columns call back into this list's state; setChange never changes, so they are made once.
  const tableColumns = useMemo(() => columns(setChange), []);

  const close = () => {
    setChange(null);
    setError(null);
  };
  const confirm = async () => {
    if (!change) return;
    setError(null);
    try {
      const variables = { id: change.invoice.id };
      await (change.to === 'PAID' ? markPaid({ variables }) : voidInvoice({ variables }));
      close();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <>
      {narrow ? (
        invoices.length === 0 ? (
          empty
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Invoices">
            {invoices.map((invoice) => (
              <InvoiceCard key={invoice.id} invoice={invoice} onChange={setChange} />
            ))}
          </Stack>
        )
      ) : (
        <Card withBorder radius="md" padding={0}>
          <DataTable caption="Invoices" columns={tableColumns} data={invoices} getRowId={(row) => row.id} empty={<Box p="md">{empty}</Box>} />
        </Card>
      )}
      <ConfirmDialog
        opened={change !== null}
        title={change ? `${CHANGE_WORDS[change.to].title} ${change.invoice.number}` : ''}
        confirmLabel={change ? CHANGE_WORDS[change.to].confirm : ''}
        dismissLabel="Go back"
        danger={change?.to === 'VOID'}
        loading={paid.loading || voided.loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={close}
      >
        {change ? (
          <Text size="sm">
            {formatCents(change.invoice.totalCents)} for {change.invoice.poNumber ? `PO ${change.invoice.poNumber}` : 'assignments without a PO number'}. {CHANGE_WORDS[change.to].text}
          </Text>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
