// A read-only data table on @tanstack/react-table v9: the columns say what to show, Mantine draws
// a semantic <table> with a caption. Kept in this app because packages/ui does not depend on
// @tanstack/react-table.
import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';
import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';

export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData>[];

export interface DataTableProps<TData extends RowData> {
  /** Define at module scope (or memoize): a new array every render rebuilds the rows. */
  columns: DataTableColumns<TData>;
  data: TData[];
  /** Names the table for screen readers. */
  caption: string;
  getRowId: (row: TData) => string;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
}

export function DataTable<TData extends RowData>({ columns, data, caption, getRowId, empty }: DataTableProps<TData>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: (row) => getRowId(row) });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover striped={false}>
        <Table.Caption className="coverline-visually-hidden" style={{ captionSide: 'top' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>
                {empty ?? (
                  <Text c="dimmed" ta="center" py="lg">
                    Nothing to show.
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
