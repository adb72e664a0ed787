// A read-only value (e.g. a personal link) with a button that copies it to the clipboard.
import { Button, CopyButton, Group, TextInput, VisuallyHidden } from '@mantine/core';

export interface CopyFieldProps {
  label: string;
  value: string;
  description?: string;
  /** The button's words, e.g. "Copy link". */
  copyLabel?: string;
}

export function CopyField({ label, value, description, copyLabel = 'Copy' }: CopyFieldProps) {
  return (
    // On a phone the button goes under the value rather than squeezing it.
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: '1 1 240px', minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
      />
      <CopyButton value={value} timeout={2500}>
        {({ copied, copy }) => (
          <>
            <Button variant={copied ? 'filled' : 'default'} color={copied ? 'green.9' : undefined} onClick={copy} size="sm" miw={110}>
              {copied ? 'Copied' : copyLabel}
            </Button>
            <VisuallyHidden role="status">{copied ? `${label} copied to the clipboard` : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
