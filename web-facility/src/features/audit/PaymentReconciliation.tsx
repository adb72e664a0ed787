// Audit reconciliation: the auditor's schedule of payments in, each payment matched to the
// certificate that covered its contractor's work (its work period, else the payment date), out as
// totals, per-payee totals, rows with any estimated exposure, a CSV and an audit packet.
import { useMemo, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatCents, RECONCILIATION_STATUS_LABELS, RECONCILIATION_STATUSES, usStateName } from '@coverline/domain';
import { DataTable, ErrorAlert, StatusBadge, dataTableColumnHelper, errorMessage, formatDate, formatDateRange, type DataTableColumns } from '@coverline/ui';
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
        legalName
        email
        fein
        paymentDate
        amount
        workFrom
        workTo
        workState
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
    period {
      from
      to
    }
    payees {
      payee
      fein
      email
      count
      amountCents
      matchedCents
      unmatchedCents
      ambiguousCents
      exposurePremiumCents
      unpricedCount
    }
    rows {
      line
      contractorName
      legalName
      email
      fein
      paymentDate
      workFrom
      workTo
      workState
      amountCents
      status
      basis
      note
      candidateCertificateNumbers
      certificate {
        number
        downloadUrl
        workState
        effectiveDate
        endDate
      }
      exposure {
        payrollCents
        premiumCents
        explanation
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

type Preview = PaymentSchedulePreviewQuery['paymentSchedulePreview'];
type Mapping = Preview['suggestedMapping'];
type Payee = PaymentReconciliationFieldsFragment['payees'][number];
type FileRow = Preview['rows'][number];
type ResultRow = PaymentReconciliationFieldsFragment['rows'][number];

const fileColumn = dataTableColumnHelper<FileRow>();

/** One column for each of the file's headers, in the file's order. */
function fileColumns(headers: readonly string[]): DataTableColumns<FileRow> {
  return fileColumn.columns(headers.map((header, index) => fileColumn.accessor((row) => row[index] ?? '', { id: String(index), header })));
}

const resultColumn = dataTableColumnHelper<ResultRow>();

function stateOf(code: string | null | undefined): string | null {
  return code ? (usStateName(code) ?? code) : null;
}

/** Who was paid, as the schedule names them: the name, then the legal name and FEIN when it gives them. */
function PayeeName({ name, legalName = null, fein }: { name: string; legalName?: string | null; fein: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{name}</Text>
      {legalName && legalName !== name ? (
        <Text size="xs" c="dimmed">
          {legalName}
        </Text>
      ) : null}
      {fein ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          FEIN {fein}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The days the payment is for, and where, as the schedule gives them. */
function WorkCell({ row }: { row: ResultRow }) {
  const state = stateOf(row.workState);
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {row.workFrom && row.workTo ? formatDateRange(row.workFrom, row.workTo) : 'Not given'}
      </Text>
      {state ? (
        <Text size="xs" c="dimmed">
          {state}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The premium an auditor may add for the payee's unmatched payments, and how many of them had no class rate to price them. */
function exposureText(payee: Payee): string {
  if (payee.unmatchedCents === 0) return 'None';
  const unpriced = `${payee.unpricedCount} payment${payee.unpricedCount === 1 ? '' : 's'} without a class rate`;
  if (payee.exposurePremiumCents === 0 && payee.unpricedCount > 0) return `Unknown: ${unpriced}`;
  return payee.unpricedCount > 0 ? `${formatCents(payee.exposurePremiumCents)}, and ${unpriced}` : formatCents(payee.exposurePremiumCents);
}

/** The certificate a payment matched, with where and when it covers; or why none did, and what that may cost. */
function OutcomeCell({ row }: { row: ResultRow }) {
  const { certificate } = row;
  return (
    <Stack gap={2}>
      <Text size="sm">{row.basis}</Text>
      {certificate ? (
        <Text size="sm">
          <a href={certificate.downloadUrl} download>
            {certificate.number}
          </a>
          {' · '}
          {[stateOf(certificate.workState), formatDateRange(certificate.effectiveDate, certificate.endDate)].filter(Boolean).join(', ')}
        </Text>
      ) : null}
      {row.note ? <Text size="sm">{row.note}</Text> : null}
      {row.exposure ? (
        <Text size="sm" fw={600}>
          {row.exposure.explanation}
        </Text>
      ) : null}
    </Stack>
  );
}

const RESULT_COLUMNS = resultColumn.columns([
  resultColumn.accessor('line', { header: 'Line' }),
  resultColumn.display({
    id: 'payee',
    header: 'Payee',
    cell: ({ row: { original } }) => <PayeeName name={original.contractorName ?? original.legalName ?? original.email ?? ''} legalName={original.legalName} fein={original.fein} />,
  }),
  resultColumn.display({ id: 'work', header: 'Work period', cell: ({ row }) => <WorkCell row={row.original} /> }),
  resultColumn.accessor('paymentDate', { header: 'Paid on', meta: { nowrap: true }, cell: ({ getValue }) => formatDate(getValue()) }),
  resultColumn.accessor('amountCents', { header: 'Amount', meta: { align: 'right', nowrap: true }, cell: ({ getValue }) => formatCents(getValue()) }),
  resultColumn.accessor('status', {
    header: 'Result',
    cell: ({ getValue }) => <StatusBadge tone={STATUS_TONES[getValue()]}>{RECONCILIATION_STATUS_LABELS[getValue()]}</StatusBadge>,
  }),
  resultColumn.display({ id: 'outcome', header: 'How it matched', cell: ({ row }) => <OutcomeCell row={row.original} /> }),
]);

const payeeColumn = dataTableColumnHelper<Payee>();

const PAYEE_COLUMNS = payeeColumn.columns([
  payeeColumn.display({
    id: 'payee',
    header: 'Payee',
    cell: ({ row: { original } }) => <PayeeName name={original.payee} fein={original.fein} />,
  }),
  payeeColumn.accessor('count', { header: 'Payments', meta: { align: 'right' } }),
  payeeColumn.accessor('amountCents', { header: 'Paid', meta: { align: 'right', nowrap: true }, cell: ({ getValue }) => formatCents(getValue()) }),
  payeeColumn.accessor('matchedCents', { header: 'Matched', meta: { align: 'right', nowrap: true }, cell: ({ getValue }) => formatCents(getValue()) }),
  payeeColumn.accessor((payee) => payee.unmatchedCents + payee.ambiguousCents, {
    id: 'open',
    header: 'Unmatched or ambiguous',
    meta: { align: 'right', nowrap: true },
    cell: ({ getValue }) => formatCents(getValue()),
  }),
  payeeColumn.display({
    id: 'exposure',
    header: 'Estimated premium exposure',
    meta: { align: 'right' },
    cell: ({ row }) => exposureText(row.original),
  }),
]);

const COLUMNS: { key: keyof Mapping; label: string; description: string }[] = [
  { key: 'contractorName', label: 'Contractor name', description: 'A name, legal name or email is needed' },
  { key: 'email', label: 'Contractor email', description: 'A name, legal name or email is needed' },
  { key: 'paymentDate', label: 'Payment date', description: 'Required' },
  { key: 'amount', label: 'Amount', description: 'Required' },
];

// Auditors match on when the work was done: with these, a payment made after the work is still matched.
const WORK_COLUMNS: { key: keyof Mapping; label: string; description: string }[] = [
  { key: 'workFrom', label: 'Work from', description: 'Optional; with work to, payments match on the work period' },
  { key: 'workTo', label: 'Work to', description: 'Optional; the last day of the work paid for' },
  { key: 'workState', label: 'Work state', description: 'Optional; only a certificate for that state matches' },
  { key: 'legalName', label: 'Legal name', description: 'Optional; matched like the name' },
  { key: 'fein', label: 'FEIN', description: 'Optional; NN-NNNNNNN, groups the payee totals' },
];

function MappingStep({ preview, mapping, onChange }: { preview: Preview; mapping: Mapping; onChange: (mapping: Mapping) => void }) {
  const options = [{ value: '', label: 'Not in this file' }, ...preview.headers.map((header) => ({ value: header, label: header }))];
  const columns = useMemo(() => fileColumns(preview.headers), [preview.headers]);
  return (
    <Stack gap="md">
      <Text size="sm">
        {preview.rowCount === 1 ? '1 payment' : `${preview.rowCount} payments`} found. Check which column holds what, then reconcile.
      </Text>
      {[COLUMNS, WORK_COLUMNS].map((group, index) => (
        <SimpleGrid key={index} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {group.map((column) => (
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
      ))}
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

const WRAPPING_BUTTON = { root: { height: 'auto', paddingBlock: 10 }, label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

const NO_MAPPING: Mapping = { contractorName: null, legalName: null, email: null, fein: null, paymentDate: null, amount: null, workFrom: null, workTo: null, workState: null };

/** The mapping's fields alone: the query's answer also carries __typename, which the mutation's input refuses. */
function mappingOf(suggested: Mapping): Mapping {
  return Object.fromEntries(Object.keys(NO_MAPPING).map((key) => [key, suggested[key as keyof Mapping] ?? null])) as Mapping;
}

/** Each payee's payments added up over the audit period: what an auditor totals before looking row by row. */
function PayeeTotals({ result }: { result: PaymentReconciliationFieldsFragment }) {
  const { period } = result;
  return (
    <Stack gap="xs" component="section" aria-labelledby="payee-totals-heading">
      <Text id="payee-totals-heading" fw={700} component="h3" size="sm" m={0}>
        Totals by payee{period ? `, ${formatDateRange(period.from, period.to)}` : ''}
      </Text>
      <DataTable caption="Totals by payee" columns={PAYEE_COLUMNS} data={result.payees} getRowId={(_payee, index) => String(index)} minWidth={720} stackBelow="sm" />
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
      <DataTable caption="Reconciled payments" columns={RESULT_COLUMNS} data={visible} getRowId={(row) => String(row.line)} minWidth={960} stackBelow="md" striped />
    </Stack>
  );
}

export function PaymentReconciliation({ facility }: { facility: { id: string; name: string } }) {
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping>(NO_MAPPING);
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
      setMapping(mappingOf(data.paymentSchedulePreview.suggestedMapping));
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
            amount; add the work period and work state if you have them). Each payment is matched to the certificate that covered
            the work it pays for here, and to the payment date only when the schedule gives no work period.
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
              {/* Their labels may wrap: on a phone one is wider than the screen. */}
              <Button component="a" href={result.csvUrl} download variant="light" styles={WRAPPING_BUTTON}>
                Download results (CSV)
              </Button>
              <Button component="a" href={result.packetUrl} download styles={WRAPPING_BUTTON}>
                Download audit packet (ZIP)
              </Button>
            </Group>
            {result.totals.some((total) => total.status !== 'MATCHED' && total.count > 0) ? (
              <Alert color="orange" variant="light" title="Some payments need a look">
                Unmatched payments had no valid certificate at {facility.name} for the work they pay for; an auditor may add them to
                your payroll, and each row estimates what that could cost. Ambiguous ones could belong to more than one certificate.
                Ask your staffing partner about them.
              </Alert>
            ) : null}
            <PayeeTotals result={result} />
            <ResultRows rows={result.rows} />
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
