// A secret the server hands over exactly once (an API key, a webhook signing secret): the value to
// copy, and the warning that closing this is the last chance to.
import { Alert, Stack } from '@mantine/core';
import { CopyField } from '@coverline/ui';

export function SecretShownOnce({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" title="Copy it now" role="status">
        This is the only time Coverline shows it. Store it where your integration keeps its secrets; if it is lost, you will need a new one.
      </Alert>
      <CopyField label={label} value={value} copyLabel={copyLabel} />
    </Stack>
  );
}
