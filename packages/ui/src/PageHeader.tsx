// The top of a signed-in page: an optional way back, the page's only h1, a line of context and the
// page's main actions on the right (below the title on phones).
import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Shown above the title, e.g. a "← Contractors" link. */
  back?: ReactNode;
  /** Shown beside the title, e.g. a status badge. */
  badge?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, back, badge, actions }: PageHeaderProps) {
  return (
    <Stack gap="xs">
      {back}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} miw={0} style={{ flex: '1 1 320px' }}>
          <Group gap="sm" align="center">
            {/* Focusable by script: a navigation within the app moves focus here (NavigationRoot). */}
            <Title order={1} tabIndex={-1}>
              {title}
            </Title>
            {badge}
          </Group>
          {description ? (
            <Text c="dimmed" component="div">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap="sm" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
