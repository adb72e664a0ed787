// What a table shows while it has no rows: what is missing, and what to do about it.
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function TableEmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} align="center" py="lg" px="md">
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={520}>
        {children}
      </Text>
    </Stack>
  );
}
