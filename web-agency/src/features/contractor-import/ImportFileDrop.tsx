// Where a CSV file is dropped or chosen (the button opens the file picker from the keyboard too).
// A file over 20 MB is refused here, with the server's own message, before anything is uploaded.
import { useDropzone, type FileRejection } from 'react-dropzone';
import { Button, Stack, Text } from '@mantine/core';
import { importFileTooLargeMessage, MAX_CONTRACTOR_IMPORT_BYTES } from '@coverline/domain';

export interface ImportFileDropProps {
  onFile: (file: File) => void;
  onRefused: (message: string) => void;
  disabled?: boolean;
}

function refusal(rejections: readonly FileRejection[]): string {
  const [first] = rejections;
  if (!first) return 'Choose one CSV file.';
  if (first.file.size > MAX_CONTRACTOR_IMPORT_BYTES) return importFileTooLargeMessage(first.file.size);
  return rejections.length > 1 ? 'Choose one file at a time.' : `${first.file.name} is not a CSV file: save it as CSV (comma-separated) and try again.`;
}

export function ImportFileDrop({ onFile, onRefused, disabled }: ImportFileDropProps) {
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    accept: { 'text/csv': ['.csv'], 'application/vnd.ms-excel': ['.csv'], 'text/plain': ['.csv'] },
    maxSize: MAX_CONTRACTOR_IMPORT_BYTES,
    multiple: false,
    disabled,
    // The button below opens the picker; the drop area itself is not a second tab stop.
    noClick: true,
    noKeyboard: true,
    onDropAccepted: ([file]) => {
      if (file) onFile(file);
    },
    onDropRejected: (rejections) => onRefused(refusal(rejections)),
  });
  return (
    <Stack
      {...getRootProps()}
      align="center"
      gap="xs"
      p="xl"
      style={{
        border: `2px dashed var(--mantine-color-${isDragActive ? 'blue-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: isDragActive ? 'var(--mantine-color-blue-0)' : undefined,
        textAlign: 'center',
      }}
    >
      <input {...getInputProps()} aria-label="CSV file of contractors" />
      <Text fw={600}>{isDragActive ? 'Drop the file to check it' : 'Drop a CSV file here'}</Text>
      <Text size="sm" c="dimmed">
        One row per contractor, at most 20 MB. Nothing is saved until you confirm.
      </Text>
      <Button variant="default" onClick={open} disabled={disabled}>
        Choose a file
      </Button>
    </Stack>
  );
}
