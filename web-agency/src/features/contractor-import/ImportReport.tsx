// What a checked file says: how its headers map onto the import's columns, its problems by line and
// column, and the first rows as they would be written.
import { Badge, Stack, Text, Title } from '@mantine/core';
import { contractorImportColumnLabel, isContractorImportColumn } from '@coverline/domain';
import { DataTable, dataTableColumnHelper } from '@coverline/ui';
import type { ImportResult } from './upload-import';

type ErrorRow = ImportResult['errors'][number];
type PreviewRow = ImportResult['preview'][number];
type MappingRow = ImportResult['columns'][number];

// A file with thousands of bad rows is fixed from the top: the first ones are enough to start.
const ERRORS_SHOWN = 200;

const errorColumn = dataTableColumnHelper<ErrorRow>();
const ERROR_COLUMNS = errorColumn.columns([
  errorColumn.accessor('line', { header: 'Line', meta: { nowrap: true } }),
  errorColumn.accessor((row) => row.column ?? '—', { id: 'column', header: 'Column', meta: { nowrap: true } }),
  errorColumn.accessor('message', { header: 'Problem' }),
]);

const mappingColumn = dataTableColumnHelper<MappingRow>();
const MAPPING_COLUMNS = mappingColumn.columns([
  mappingColumn.accessor('header', { header: 'Column in your file', cell: ({ getValue }) => <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{getValue()}</Text> }),
  mappingColumn.accessor('column', {
    header: 'Fills',
    cell: ({ getValue }) => {
      const column = getValue();
      return column && isContractorImportColumn(column) ? (
        contractorImportColumnLabel(column)
      ) : (
        <Text size="sm" c="red.8">
          Nothing: rename it to a template column, or remove it
        </Text>
      );
    },
  }),
]);

const previewColumn = dataTableColumnHelper<PreviewRow>();
const PREVIEW_COLUMNS = previewColumn.columns([
  previewColumn.accessor('line', { header: 'Line', meta: { nowrap: true } }),
  previewColumn.accessor('action', {
    header: 'Will be',
    meta: { nowrap: true },
    cell: ({ getValue }) => (getValue() === 'CREATE' ? <Badge color="green" variant="light">New</Badge> : <Badge color="blue" variant="light">Updated</Badge>),
  }),
  previewColumn.accessor((row) => `${row.firstName} ${row.lastName}`, { id: 'name', header: 'Name' }),
  previewColumn.accessor('email', { header: 'Email' }),
  previewColumn.accessor((row) => row.externalId ?? '—', { id: 'externalId', header: 'External id' }),
  previewColumn.accessor((row) => row.assignmentJobName ?? '—', { id: 'assignment', header: 'Assignment' }),
]);

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export function ImportColumns({ columns }: { columns: ImportResult['columns'] }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        How the columns are read
      </Title>
      <DataTable
        caption="How the file's columns are read"
        columns={MAPPING_COLUMNS}
        data={columns}
        getRowId={(row, index) => `${index}-${row.header}`}
        withTableBorder
        verticalSpacing={4}
      />
    </Stack>
  );
}

export function ImportErrors({ errors }: { errors: ImportResult['errors'] }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {plural(errors.length, 'problem', 'problems')} to fix
      </Title>
      <Text size="sm">Nothing was saved. Fix these in your file and upload it again.</Text>
      <DataTable
        caption="Problems in the file, by line and column"
        columns={ERROR_COLUMNS}
        data={errors.slice(0, ERRORS_SHOWN)}
        getRowId={(row, index) => `${row.line}-${row.column ?? ''}-${index}`}
        withTableBorder
        verticalSpacing="xs"
      />
      {errors.length > ERRORS_SHOWN ? (
        <Text size="sm" c="dimmed">
          And {plural(errors.length - ERRORS_SHOWN, 'more problem', 'more problems')} after these.
        </Text>
      ) : null}
    </Stack>
  );
}

export function ImportPreview({ result }: { result: ImportResult }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        First rows
      </Title>
      <DataTable
        caption="The first rows of the file, as they will be saved"
        columns={PREVIEW_COLUMNS}
        data={result.preview}
        getRowId={(row) => String(row.line)}
        withTableBorder
        verticalSpacing="xs"
        minWidth={640}
      />
    </Stack>
  );
}

/** "42 new, 3 updated, 12 assignments", for the check and for the result. */
export function importCounts(result: Pick<ImportResult, 'created' | 'updated' | 'assignmentsCreated'>): string {
  const parts = [plural(result.created, 'new contractor', 'new contractors'), plural(result.updated, 'updated', 'updated')];
  if (result.assignmentsCreated > 0) parts.push(plural(result.assignmentsCreated, 'assignment', 'assignments'));
  return parts.join(', ');
}
