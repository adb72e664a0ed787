// Bulk import ("Bulk Import Contractors"): drop a CSV file, see how it reads and every problem by
// line and column (a dry run on the server), then import it and see what was written.
import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { contractorImportTemplateCsv, todayInTimeZone } from '@coverline/domain';
import { PageHeader } from '@coverline/ui';
import { BackLink } from '../components/BackLink';
import { ImportFileDrop } from '../features/contractor-import/ImportFileDrop';
import { ImportColumns, importCounts, ImportErrors, ImportPreview } from '../features/contractor-import/ImportReport';
import { uploadImport, type ImportResult } from '../features/contractor-import/upload-import';

type Step =
  | { kind: 'choose' }
  | { kind: 'sending'; fileName: string; dryRun: boolean; sent: number }
  | { kind: 'checked'; fileName: string; csv: string; result: ImportResult }
  | { kind: 'done'; fileName: string; result: ImportResult };

function templateHref(): string {
  const today = todayInTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date());
  return `data:text/csv;charset=utf-8,${encodeURIComponent(contractorImportTemplateCsv(today))}`;
}

function Sending({ step }: { step: Extract<Step, { kind: 'sending' }> }) {
  const uploaded = step.sent >= 1;
  const label = uploaded ? (step.dryRun ? `Checking every row of ${step.fileName}…` : `Saving the contractors of ${step.fileName}…`) : `Uploading ${step.fileName}: ${Math.round(step.sent * 100)}%`;
  return (
    <Stack gap="xs" role="status">
      <Text size="sm">{label}</Text>
      <Progress value={Math.round(step.sent * 100)} animated={uploaded} aria-label={label} />
    </Stack>
  );
}

export function ContractorImportRoute() {
  const apollo = useApolloClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (fileName: string, csv: string, dryRun: boolean) => {
    setProblem(null);
    setStep({ kind: 'sending', fileName, dryRun, sent: 0 });
    try {
      const result = await uploadImport(csv, dryRun, (sent) => setStep({ kind: 'sending', fileName, dryRun, sent }));
      if (dryRun || result.errors.length > 0) {
        setStep({ kind: 'checked', fileName, csv, result });
        return;
      }
      // The Contractors tab reads its list again rather than showing the one from before the import.
      apollo.cache.evict({ fieldName: 'contractors' });
      apollo.cache.gc();
      setStep({ kind: 'done', fileName, result });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setStep({ kind: 'choose' });
    }
  };

  const choose = async (file: File) => send(file.name, await file.text(), true);

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        back={<BackLink to="/contractors">Contractors</BackLink>}
        title="Bulk import contractors"
        description="Add or update many contractors at once from a CSV file, with their job assignments if you like. A contractor already here (same external id, or same email when there is none) is updated, not added twice."
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" title="The file was not imported">
              {problem}
            </Alert>
          ) : null}
          {step.kind === 'choose' ? (
            <>
              <ImportFileDrop onFile={(file) => void choose(file)} onRefused={setProblem} />
              <Text size="sm">
                Start from the{' '}
                <Anchor href={templateHref()} download="coverline-contractors-template.csv">
                  template CSV
                </Anchor>
                : its header names every column an import reads, and its example row shows how to fill them in. The first three columns are required; the assignment columns only when a row has an assignment.
              </Text>
            </>
          ) : null}
          {step.kind === 'sending' ? <Sending step={step} /> : null}
          {step.kind === 'checked' ? (
            <CheckedFile
              step={step}
              onImport={() => void send(step.fileName, step.csv, false)}
              onAnotherFile={() => {
                setProblem(null);
                setStep({ kind: 'choose' });
              }}
            />
          ) : null}
          {step.kind === 'done' ? (
            <Stack gap="md">
              <Alert color="green" variant="light" title={`Imported ${step.fileName}`}>
                {importCounts(step.result)}.{step.result.assignmentsCreated > 0 ? ' Each contractor with a new assignment is emailed what happens next.' : ''}
              </Alert>
              <Group>
                <Button component={Link} to="/contractors">
                  Back to Contractors
                </Button>
                <Button variant="default" onClick={() => setStep({ kind: 'choose' })}>
                  Import another file
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}

function CheckedFile({ step, onImport, onAnotherFile }: { step: Extract<Step, { kind: 'checked' }>; onImport: () => void; onAnotherFile: () => void }) {
  const { result } = step;
  const clean = result.errors.length === 0;
  return (
    <Stack gap="lg">
      <Text size="sm" role="status">
        {step.fileName}: {result.rows.toLocaleString('en-US')} {result.rows === 1 ? 'row' : 'rows'}
        {clean ? ` — ${importCounts(result)}.` : '.'}
      </Text>
      {clean ? null : <ImportErrors errors={result.errors} />}
      <ImportColumns columns={result.columns} />
      {clean && result.preview.length > 0 ? <ImportPreview result={result} /> : null}
      <Group>
        {clean ? (
          <Button onClick={onImport}>
            Import {result.imported.toLocaleString('en-US')} {result.imported === 1 ? 'contractor' : 'contractors'}
          </Button>
        ) : null}
        <Button variant="default" onClick={onAnotherFile}>
          {clean ? 'Choose another file' : 'Upload the fixed file'}
        </Button>
      </Group>
    </Stack>
  );
}
