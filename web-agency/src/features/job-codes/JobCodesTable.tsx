// The catalogue's job codes with one state's rates: workers' compensation per $100 of wage, general
// liability per $1,000, each with its minimum premium; "Estimate" opens the budget calculator on a row.
import { useMemo } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { basisOfCoverage, describeRate, formatCents, type CoverageType } from '@coverline/domain';
import { DataTable, dataTableColumnHelper } from '@coverline/ui';
import { graphql } from '../../gql';
import type { JobCodesTable_JobCodeFragment } from '../../gql/graphql';

export const JobCodesTable_jobCode = graphql(`
  fragment JobCodesTable_jobCode on JobCode {
    id
    code
    title
    description
    wcClassCode
    glClassCode
    rates @include(if: $withRates) {
      state
      coverageType
      rate
      minimumPremiumCents
    }
  }
`);

type Row = JobCodesTable_JobCodeFragment;

function RateCell({ row, coverageType }: { row: Row; coverageType: CoverageType }) {
  const rate = row.rates?.find((r) => r.coverageType === coverageType);
  if (!rate) {
    return (
      <Text size="sm" c="gray.7">
        No rate in this state
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">{describeRate(rate.rate, basisOfCoverage(coverageType))}</Text>
      <Text size="xs" c="gray.7">
        {rate.minimumPremiumCents > 0 ? `Minimum premium ${formatCents(rate.minimumPremiumCents)}` : 'No minimum premium'}
      </Text>
    </Stack>
  );
}

const column = dataTableColumnHelper<Row>();

function columnsFor(onEstimate: (row: Row) => void, withRates: boolean) {
  return column.columns([
    column.display({
      id: 'jobCode',
      header: 'Job code',
      cell: ({ row }) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {row.original.title}
          </Text>
          <Text size="xs" c="gray.7">
            {row.original.code}
            {row.original.wcClassCode ? ` · WC class ${row.original.wcClassCode}` : ''}
            {row.original.glClassCode ? ` · GL class ${row.original.glClassCode}` : ''}
          </Text>
          <Text size="xs" c="gray.7" maw={420}>
            {row.original.description}
          </Text>
        </Stack>
      ),
    }),
    ...(withRates
      ? [
          column.display({ id: 'wc', header: "Workers' compensation", cell: ({ row }) => <RateCell row={row.original} coverageType="WORKERS_COMPENSATION" /> }),
          column.display({ id: 'gl', header: 'General liability', cell: ({ row }) => <RateCell row={row.original} coverageType="GENERAL_LIABILITY" /> }),
        ]
      : []),
    column.display({
      id: 'estimate',
      header: 'Budget',
      cell: ({ row }) => (
        <Button size="xs" variant="default" onClick={() => onEstimate(row.original)} aria-label={`Estimate ${row.original.title}`}>
          Estimate
        </Button>
      ),
    }),
  ]);
}

export function JobCodesTable({ jobCodes, withRates, busy, onEstimate }: { jobCodes: readonly Row[]; withRates: boolean; busy: boolean; onEstimate: (row: Row) => void }) {
  const columns = useMemo(() => columnsFor(onEstimate, withRates), [onEstimate, withRates]);
  return (
    <DataTable
      caption="Job codes"
      columns={columns}
      data={jobCodes}
      getRowId={(row) => row.id}
      busy={busy}
      stackBelow="sm"
      verticalSpacing="sm"
      empty={<Text c="gray.7">No job code matches this search.</Text>}
    />
  );
}
