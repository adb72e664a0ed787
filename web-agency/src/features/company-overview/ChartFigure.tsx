// A chart as a figure (decision 0016): its caption, the chart, and the same numbers as a table. The
// table is always there for screen readers (visually hidden); "Show as table" puts it on the page in
// the chart's place.
import { useId, useState, type ReactNode } from 'react';
import { Button, Card, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { ScrollRegion } from '@coverline/ui';

export interface ChartFigureProps {
  caption: string;
  /** The table's column headings; the first names the row. */
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  /** Said instead of the chart when there is nothing to draw. */
  empty?: ReactNode;
  children: ReactNode;
}

export function ChartFigure({ caption, columns, rows, empty, children }: ChartFigureProps) {
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  const tableId = useId();
  const table = (
    <Table id={tableId} aria-labelledby={captionId} striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column} scope="col">
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={index}>
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                <Table.Th key={cellIndex} scope="row" fw={400}>
                  {cell}
                </Table.Th>
              ) : (
                <Table.Td key={cellIndex}>{cell}</Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  const nothing = empty !== undefined && rows.length === 0;
  return (
    <Card withBorder radius="md" padding="md" component="figure" m={0} miw={0}>
      <Group component="figcaption" justify="space-between" align="center" gap="xs" mb="sm" wrap="wrap">
        <Text fw={700} id={captionId}>
          {caption}
        </Text>
        {nothing ? null : (
          <Button variant="default" size="compact-sm" aria-controls={tableId} aria-expanded={asTable} onClick={() => setAsTable((shown) => !shown)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        )}
      </Group>
      {nothing ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : asTable ? (
        <ScrollRegion labelledBy={captionId}>{table}</ScrollRegion>
      ) : (
        <>
          {children}
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      )}
    </Card>
  );
}
