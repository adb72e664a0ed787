import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A small note with demo credentials; the app decides when to show it (development builds). */
export function DemoHint({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" bg="gray.0" p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      {children}
    </Text>
  );
}
