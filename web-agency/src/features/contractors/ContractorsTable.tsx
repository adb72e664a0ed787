// The contractors list: who they are, where they work and whether they opted in.
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { usStateName } from '@coverline/domain';
import { graphql } from '../../gql';
import type { ContractorsTable_ContractorFragment } from '../../gql/graphql';
import { DataTable, dataTableColumnHelper } from '@coverline/ui';
import { OptInStatusBadge } from './opt-in-status';

export const ContractorsTable_contractor = graphql(`
  fragment ContractorsTable_contractor on Contractor {
    id
    firstName
    lastName
    email
    workState
    optInStatus
  }
`);

type Row = ContractorsTable_ContractorFragment;

const column = dataTableColumnHelper<Row>();

const COLUMNS = column.columns([
  column.display({
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <Anchor component={Link} to={`/contractors/${row.original.id}`} fw={600}>
        {row.original.firstName} {row.original.lastName}
      </Anchor>
    ),
  }),
  column.accessor('email', {
    header: 'Email',
    cell: ({ getValue }) => (
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {getValue()}
      </Text>
    ),
  }),
  column.accessor('workState', {
    header: 'Work state',
    cell: ({ getValue }) => {
      const state = getValue();
      return state ? (
        <Text size="sm" title={usStateName(state)}>
          {usStateName(state) ?? state}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Not set
        </Text>
      );
    },
  }),
  column.accessor('optInStatus', {
    header: 'Opt-in status',
    cell: ({ getValue }) => <OptInStatusBadge status={getValue()} />,
  }),
]);

export function ContractorsTable({ contractors, empty }: { contractors: Row[]; empty: React.ReactNode }) {
  return (
    <DataTable
      caption="Contractors"
      columns={COLUMNS}
      data={contractors}
      getRowId={(row) => row.id}
      empty={empty}
      minWidth={640}
      highlightOnHover
    />
  );
}
