// Audit reconciliation: the auditor's schedule of payments in, each payment matched to the
// certificate that covered its contractor that day, out as totals, rows, a CSV and an audit packet.
import { useMemo, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatCents, RECONCILIATION_STATUS_LABELS, RECONCILIATION_STATUSES } from '@coverline/domain';
import { DataTable, ErrorAlert, StatusBadge, dataTableColumnHelper, errorMessage, formatDate, type DataTableColumns } from '@coverline/ui';
import { graphql } from '../../gql';
import type { PaymentReconciliationFieldsFragment, PaymentSchedulePreviewQuery, ReconciliationStatus } from '../../gql/graphql';
import { ReconciliationTotalsChart, STATUS_TONES } from './ReconciliationTotalsChart';

const PaymentSchedulePreviewQueryDocument = graphql(`
  query PaymentSchedulePreview($facilityId: ID!, $csv: String!) {
    paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {
      headers
      rows
      rowCount
      suggestedMapping {
        contractorName
        email
        paymentDate
        amount
      }
    }
  }
`);

export const PaymentReconciliationFields = graphql(`
  fragment PaymentReconciliationFields on PaymentReconciliation {
    id
    fileName
    csvUrl
    packetUrl
    totals {
      status
      count
      amountCents
    }
    rows {
      line
      contractorName
      email
      paymentDate
      amountCents
      status
      note
      candidateCertificateNumbers
      certificate {
        number
        downloadUrl
      }
    }
  }
`);

const ReconcilePaymentsMutation = graphql(`
  mutation ReconcilePayments($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {
    reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {
      ...PaymentReconciliationFields
    }
  }
`);

type Mapping = { contractorName: string | null; email: string | null; paymentDate: string | null; amount: string | null };
type Preview = PaymentSchedulePreviewQuery['paymentSchedulePreview'];
type FileRow = Preview['rows'][number];
type ResultRow = PaymentReconciliationFieldsFragment['rows'][number];

const fileColumn = dataTableColumnHelper<FileRow>();

/** One column for each of the file's headers, in the file's order. */
function fileColumns(headers: readonly string[]): DataTableColumns<FileRow> {
  return fileColumn.columns(headers.map((header, index) => fileColumn.accessor((row) => row[index] ?? '', { id: String(index), header })));
}

const resultColumn = dataTableColumnHelper<ResultRow>();

const RESULT_COLUMNS = resultColumn.columns([
  resultColumn.accessor('line', { header: 'Line' }),
  resultColumn.accessor((row) => row.contractorName ?? row.email, { id: 'contractor', header: 'Contractor' }),
  resultColumn.accessor('paymentDate', { header: 'Paid on', meta: { nowrap: true }, cell: ({ getValue }) => formatDate(getValue()) }),
  resultColumn.accessor('amountCents', { header: 'Amount', meta: { align: 'right' }, cell: ({ getValue }) => formatCents(getValue()) }),
  resultColumn.accessor('status', {
    header: 'Result',
    cell: ({ getValue }) => <StatusBadge tone={STATUS_TONES[getValue()]}>{RECONCILIATION_STATUS_LABELS[getValue()]}</StatusBadge>,
  }),
  resultColumn.display({
    id: 'certificate',
    header: 'Certificate or reason',
    cell: ({ row: { original } }) =>
      original.certificate ? (
        <a href={original.certificate.downloadUrl} download>
          {original.certificate.number}
        </a>
      ) : (
        <Text size="sm">{original.note}</Text>
      ),
  }),
]);

const COLUMNS: { key: keyof Mapping; label: string; description: string }[] = [
  { key: 'contractorName', label: 'Contractor name', description: 'Name or email is needed' },
  { key: 'email', label: 'Contractor email', description: 'Name or email is needed' },
  { key: 'paymentDate', label: 'Payment date', description: 'Required' },
  { key: 'amount', label: 'Amount', description: 'Required' },
];

function MappingStep({ preview, mapping, onChange }: { preview: Preview; mapping: Mapping; onChange: (mapping: Mapping) => void }) {
  const options = [{ value: '', label: 'Not in this file' }, ...preview.headers.map((header) => ({ value: header, label: header }))];
  const columns = useMemo(() => fileColumns(preview.headers), [preview.headers]);
  return (
    <Stack gap="md">
      <Text size="sm">
        {preview.rowCount === 1 ? '1 payment' : `${preview.rowCount} payments`} found. Check which column holds what, then reconcile.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {COLUMNS.map((column) => (
          <Select
            key={column.key}
            label={column.label}
            description={column.description}
            data={options}
            value={mapping[column.key] ?? ''}
            onChange={(value) => onChange({ ...mapping, [column.key]: value ? value : null })}
            allowDeselect={false}
          />
        ))}
      </SimpleGrid>
      <DataTable
        caption="The first rows of the file"
        columns={columns}
        data={preview.rows}
        getRowId={(_row, index) => String(index)}
        withTableBorder
        verticalSpacing="xs"
      />
    </Stack>
  );
}

function ResultRows({ rows }: { rows: readonly ResultRow[] }) {
  const [shown, setShown] = useState<'ALL' | ReconciliationStatus>('ALL');
  const visible = shown === 'ALL' ? rows : rows.filter((row) => row.status === shown);
  // Four choices side by side are wider than a phone: there they stack.
  const narrow = useMediaQuery('(max-width: 29.99em)');
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show payments"
        value={shown}
        onChange={(value) => setShown(value as typeof shown)}
        data={[{ value: 'ALL', label: 'All' }, ...RECONCILIATION_STATUSES.map((status) => ({ value: status, label: RECONCILIATION_STATUS_LABELS[status] }))]}
        orientation={narrow ? 'vertical' : 'horizontal'}
        fullWidth={narrow}
        style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
      />
      <DataTable caption="Reconciled payments" columns={RESULT_COLUMNS} data={visible} getRowId={(row) => String(row.line)} minWidth={640} stackBelow="sm" striped />
    </Stack>
  );
}

export function PaymentReconciliation({ facility }: { facility: { id: string; name: string } }) {
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({ contractorName: null, email: null, paymentDate: null, amount: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [reconcile, reconciling] = useMutation(ReconcilePaymentsMutation, { refetchQueries: ['FacilityReconciliations'] });
  const [result, setResult] = useState<PaymentReconciliationFieldsFragment | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setProblem(null);
    if (!chosen) return;
    setReading(true);
    try {
      const text = await chosen.text();
      const { data } = await client.query({ query: PaymentSchedulePreviewQueryDocument, variables: { facilityId: facility.id, csv: text }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('The file could not be read.');
      setCsv(text);
      setPreview(data.paymentSchedulePreview);
      const suggested = data.paymentSchedulePreview.suggestedMapping;
      setMapping({ contractorName: suggested.contractorName ?? null, email: suggested.email ?? null, paymentDate: suggested.paymentDate ?? null, amount: suggested.amount ?? null });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setReading(false);
    }
  };

  const run = async () => {
    if (!csv) return;
    setProblem(null);
    try {
      const { data } = await reconcile({ variables: { facilityId: facility.id, csv, mapping, fileName: file?.name ?? null } });
      if (data) setResult(data.reconcilePayments);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reconcile-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Text id="reconcile-heading" fw={700} component="h2" size="md" m={0}>
            Reconcile an audit schedule
          </Text>
          <Text size="sm" c="dimmed">
            Upload the payments your auditor works from (a CSV with the contractor&apos;s name or email, the payment date and the
            amount). Each payment is matched to the certificate that covered that contractor here that day.
          </Text>
        </Stack>
        <FileInput
          label="Payment schedule (CSV)"
          placeholder="Choose a file"
          accept=".csv,text/csv"
          value={file}
          onChange={(chosen) => void choose(chosen)}
          clearable
          clearButtonProps={{ 'aria-label': 'Remove the file' }}
          disabled={reading}
          style={{ maxWidth: 420 }}
        />
        {problem ? <ErrorAlert title="The schedule could not be reconciled" message={problem} /> : null}
        {preview && !result ? (
          <>
            <MappingStep preview={preview} mapping={mapping} onChange={setMapping} />
            <Button onClick={() => void run()} loading={reconciling.loading} style={{ alignSelf: 'flex-start' }}>
              Reconcile {preview.rowCount === 1 ? '1 payment' : `${preview.rowCount} payments`}
            </Button>
          </>
        ) : null}
        {result ? (
          <Stack gap="md">
            <ReconciliationTotalsChart totals={result.totals} />
            <Group gap="sm">
              <Button component="a" href={result.csvUrl} download variant="light">
                Download results (CSV)
              </Button>
              <Button component="a" href={result.packetUrl} download>
                Download audit packet (ZIP)
              </Button>
            </Group>
            {result.totals.some((total) => total.status !== 'MATCHED' && total.count > 0) ? (
              <Alert color="orange" variant="light" title="Some payments need a look">
                Unmatched payments had no coverage that day at {facility.name}; ambiguous ones could belong to more than one
                certificate. Ask your staffing partner about them.
              </Alert>
            ) : null}
            <ResultRows rows={result.rows} />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
