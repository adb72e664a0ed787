// The contractors list: who they are, where their coverage stands (one word a rep can act on), their
// current assignment and the coverage it requires, and where they work. Rows can be selected for a
// bulk action; the sortable headers ask the server for another order.
import { useMemo } from 'react';
import { Anchor, Checkbox, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COVERAGE_TYPE_LABELS, usStateName } from '@coverline/domain';
import { DataTable, dataTableColumnHelper, formatDateRange, type DataTableSort } from '@coverline/ui';
import { graphql } from '../../gql';
import type { ContractorOrderField, ContractorsTable_ContractorFragment, SortDirection } from '../../gql/graphql';
import { CoverageStatusBadge } from './CoverageStatusBadge';

export const ContractorsTable_contractor = graphql(`
  fragment ContractorsTable_contractor on Contractor {
    id
    firstName
    lastName
    email
    workState
    coverageStatus
    coverageStatusLabel
    currentAssignment {
      id
      jobName
      effectiveDate
      endDate
      jobCategory {
        id
        coverageTypes
      }
    }
  }
`);

type Row = ContractorsTable_ContractorFragment;

/** Which column sorts by which of the API's orders. */
const SORT_COLUMNS: Record<string, ContractorOrderField> = { name: 'NAME', coverageStatus: 'COVERAGE_STATUS', workState: 'WORK_STATE' };

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  toggleAll: (ids: readonly string[]) => void;
}

const column = dataTableColumnHelper<Row>();

function columnsFor(selection: Selection, pageIds: readonly string[]) {
  const allSelected = pageIds.length > 0 && pageIds.every((id) => selection.selected.has(id));
  const someSelected = pageIds.some((id) => selection.selected.has(id));
  return column.columns([
    column.display({
      id: 'select',
      meta: { label: 'Select' },
      header: () => (
        <Checkbox
          aria-label="Select every contractor shown"
          checked={allSelected}
          indeterminate={someSelected && !allSelected}
          onChange={() => selection.toggleAll(pageIds)}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={`Select ${row.original.firstName} ${row.original.lastName}`}
          checked={selection.selected.has(row.original.id)}
          onChange={() => selection.toggle(row.original.id)}
        />
      ),
    }),
    column.display({
      id: 'name',
      header: 'Name',
      meta: { sortable: true },
      cell: ({ row }) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/contractors/${row.original.id}`} fw={600}>
            {row.original.firstName} {row.original.lastName}
          </Anchor>
          <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {row.original.email}
          </Text>
        </Stack>
      ),
    }),
    column.accessor('coverageStatus', {
      header: 'Coverage status',
      meta: { sortable: true, nowrap: true },
      cell: ({ row }) => <CoverageStatusBadge status={row.original.coverageStatus} label={row.original.coverageStatusLabel} />,
    }),
    column.display({
      id: 'currentAssignment',
      header: 'Current assignment',
      cell: ({ row }) => {
        const assignment = row.original.currentAssignment;
        return assignment ? (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {assignment.jobName}
            </Text>
            <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
              {formatDateRange(assignment.effectiveDate, assignment.endDate)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            None
          </Text>
        );
      },
    }),
    column.display({
      id: 'requiredCoverage',
      header: 'Required coverage',
      cell: ({ row }) => {
        const types = row.original.currentAssignment?.jobCategory.coverageTypes ?? [];
        return types.length > 0 ? (
          <Text size="sm">{types.map((type) => COVERAGE_TYPE_LABELS[type]).join(', ')}</Text>
        ) : (
          <Text size="sm" c="gray.7">
            None
          </Text>
        );
      },
    }),
    column.accessor('workState', {
      header: 'Work state',
      meta: { sortable: true, nowrap: true },
      cell: ({ getValue }) => {
        const state = getValue();
        return state ? (
          <Text size="sm">{usStateName(state) ?? state}</Text>
        ) : (
          <Text size="sm" c="gray.7">
            Not set
          </Text>
        );
      },
    }),
  ]);
}

export function ContractorsTable({
  contractors,
  empty,
  sort,
  onSortChange,
  selection,
  busy,
}: {
  contractors: Row[];
  empty: React.ReactNode;
  sort: { field: ContractorOrderField; direction: SortDirection };
  onSortChange: (sort: { field: ContractorOrderField; direction: SortDirection }) => void;
  selection: Selection;
  busy?: boolean;
}) {
  const columns = useMemo(() => columnsFor(selection, contractors.map((contractor) => contractor.id)), [selection, contractors]);
  const columnId = Object.entries(SORT_COLUMNS).find(([, field]) => field === sort.field)?.[0] ?? 'name';
  const tableSort: DataTableSort = { columnId, direction: sort.direction === 'ASC' ? 'asc' : 'desc' };
  return (
    <DataTable
      caption="Contractors"
      columns={columns}
      data={contractors}
      getRowId={(row) => row.id}
      empty={empty}
      minWidth={820}
      stackBelow="sm"
      busy={busy}
      sort={tableSort}
      onSortChange={(next) => {
        const field = SORT_COLUMNS[next.columnId];
        if (field) onSortChange({ field, direction: next.direction === 'asc' ? 'ASC' : 'DESC' });
      }}
    />
  );
}
