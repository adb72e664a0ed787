// A read-only data table on @tanstack/react-table v9: the columns say what to show, Mantine draws a
// semantic <table> named by its caption. A table wider than its card scrolls sideways inside its own
// container, which then takes keyboard focus and is named like the table, so the page itself never
// scrolls sideways on a phone. Below `stackBelow` it is a list of cards instead, one per row, each
// cell a "label: value" pair, so nothing scrolls sideways at all. Sorting is the caller's (a server
// sorts the rows): a sortable column's header is a button that asks for it.
import { useId, type ReactNode } from 'react';
import { Box, Card, Table, Text, UnstyledButton, useMantineTheme, type MantineBreakpoint, type TableProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type Header, type RowData } from '@tanstack/react-table';
import { ScrollRegion } from './ScrollRegion';

export interface DataTableColumnMeta {
  /** Right-aligns the column, e.g. amounts. */
  align?: 'right';
  /** Keeps the column's header and cells on one line, e.g. dates. */
  nowrap?: boolean;
  /** The column's name where the header is not plain text (a stacked row's label). */
  label?: string;
  /** The header is a button that asks for this order (see `sort` and `onSortChange`). */
  sortable?: boolean;
}

export type DataTableSortDirection = 'asc' | 'desc';
export interface DataTableSort {
  columnId: string;
  direction: DataTableSortDirection;
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
  /** Narrower than this breakpoint, each row is a card of "label: value" pairs instead of a table row. */
  stackBelow?: MantineBreakpoint;
  /** The order the rows are in, shown on the sortable columns' headers. */
  sort?: DataTableSort | null;
  /** Asked for when a sortable header is pressed: the same column again flips the direction. */
  onSortChange?: (sort: DataTableSort) => void;
}

/** The words for a column: its `label`, or its header when that is plain text. */
function columnLabel<TData extends RowData>(header: Header<DataTableFeatures, TData, unknown>): string {
  const { meta, header: text } = header.column.columnDef;
  return meta?.label ?? (typeof text === 'string' ? text : header.column.id);
}

const SORT_ARIA: Record<DataTableSortDirection, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

function SortButton({ label, direction, onPress }: { label: string; direction: DataTableSortDirection | null; onPress: () => void }) {
  return (
    <UnstyledButton onClick={onPress} fw={700} fz="sm" className="coverline-sort-button">
      {label}
      <span aria-hidden="true" className="coverline-sort-mark">
        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
      </span>
      <span className="coverline-visually-hidden">{direction ? `, sorted ${SORT_ARIA[direction]}` : ', sort by this column'}</span>
    </UnstyledButton>
  );
}

export function DataTable<TData extends RowData>({
  columns,
  data,
  caption,
  getRowId,
  empty,
  minWidth,
  busy,
  stackBelow,
  sort,
  onSortChange,
  verticalSpacing = 'sm',
  ...tableProps
}: DataTableProps<TData>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  const captionId = useId();
  const theme = useMantineTheme();
  const stacked = useMediaQuery(stackBelow ? `(max-width: ${theme.breakpoints[stackBelow]})` : '(max-width: 0px)', false, { getInitialValueInEffect: false });
  const headers = table.getLeafHeaders();
  const emptyContent = empty ?? (
    <Text c="dimmed" ta="center" py="lg">
      Nothing to show.
    </Text>
  );

  if (stackBelow && stacked) {
    return (
      <Box aria-busy={busy || undefined}>
        <Text id={captionId} className="coverline-visually-hidden">
          {caption}
        </Text>
        {rows.length === 0 ? (
          emptyContent
        ) : (
          <Box component="ul" aria-labelledby={captionId} className="coverline-stacked-rows">
            {rows.map((row) => (
              <Card component="li" key={row.id} withBorder radius="md" padding="sm">
                <dl className="coverline-stacked-cells">
                  {row.getAllCells().map((cell, i) => {
                    const header = headers[i];
                    return (
                      <div key={cell.id}>
                        <dt>{header ? columnLabel(header) : cell.column.id}</dt>
                        <dd>
                          <table.FlexRender cell={cell} />
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </Card>
            ))}
          </Box>
        )}
      </Box>
    );
  }

  return (
    <ScrollRegion labelledBy={captionId}>
      <Table verticalSpacing={verticalSpacing} horizontalSpacing="md" miw={minWidth} aria-busy={busy || undefined} {...tableProps}>
        <Table.Caption id={captionId} className="coverline-visually-hidden" style={{ captionSide: 'top' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const direction = sort?.columnId === header.column.id ? sort.direction : null;
                return (
                  <Table.Th
                    key={header.id}
                    scope="col"
                    ta={meta?.align}
                    style={meta?.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                    aria-sort={meta?.sortable && direction ? SORT_ARIA[direction] : undefined}
                  >
                    {header.isPlaceholder ? null : meta?.sortable && onSortChange ? (
                      <SortButton
                        label={columnLabel(header)}
                        direction={direction}
                        onPress={() => onSortChange({ columnId: header.column.id, direction: direction === 'asc' ? 'desc' : 'asc' })}
                      />
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>{emptyContent}</Table.Td>
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
    </ScrollRegion>
  );
}
