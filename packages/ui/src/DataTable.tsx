// A read-only data table on @tanstack/react-table v9: the columns say what to show, Mantine draws a
// semantic <table> named by its caption. A table wider than its card scrolls sideways inside its own
// container, which then takes keyboard focus and is named like the table, so the page itself never
// scrolls sideways on a phone.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Box, Table, Text, type TableProps } from '@mantine/core';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';

export interface DataTableColumnMeta {
  /** Right-aligns the column, e.g. amounts. */
  align?: 'right';
  /** Keeps the column's cells on one line, e.g. dates. */
  nowrap?: boolean;
}

export const dataTableFeatures = tableFeatures({ columnMeta: {} as DataTableColumnMeta });
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumns<TData extends RowData> = ColumnDef<DataTableFeatures, TData>[];

/** The column helper for a table's rows: `const column = dataTableColumnHelper<Row>()`. */
export function dataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

export interface DataTableProps<TData extends RowData>
  extends Pick<TableProps, 'striped' | 'highlightOnHover' | 'withTableBorder' | 'verticalSpacing' | 'fz'> {
  /** Define at module scope (or memoize): a new array every render rebuilds the rows. */
  columns: DataTableColumns<TData>;
  data: readonly TData[];
  /** Names the table for screen readers (a caption they read; not shown). */
  caption: string;
  getRowId: (row: TData, index: number) => string;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** True while newer rows are loading. */
  busy?: boolean;
}

/** Whether the element's content is wider than the element, kept current as either resizes. */
function useOverflowsSideways<TElement extends HTMLElement>() {
  const ref = useRef<TElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

export function DataTable<TData extends RowData>({
  columns,
  data,
  caption,
  getRowId,
  empty,
  minWidth,
  busy,
  verticalSpacing = 'sm',
  ...tableProps
}: DataTableProps<TData>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  const captionId = useId();
  const { ref, overflows } = useOverflowsSideways<HTMLDivElement>();

  return (
    <Box
      ref={ref}
      className="coverline-table-scroll"
      // Only a container that scrolls is a stop for the keyboard (arrow keys scroll it).
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      <Table verticalSpacing={verticalSpacing} horizontalSpacing="md" miw={minWidth} aria-busy={busy || undefined} {...tableProps}>
        <Table.Caption id={captionId} className="coverline-visually-hidden" style={{ captionSide: 'top' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col" ta={header.column.columnDef.meta?.align}>
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
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <Table.Td key={cell.id} ta={meta?.align} style={meta?.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                      <table.FlexRender cell={cell} />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
