// A titled block of a page (its heading is an h2), with optional actions beside the title.
import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';

export interface SectionProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Id for the heading, so the section can be named by it (`aria-labelledby`). */
  headingId?: string;
  /** Frame the section in a bordered card (default) or leave it open. */
  withCard?: boolean;
  children?: ReactNode;
}

export function Section({ title, description, actions, headingId, withCard = true, children }: SectionProps) {
  const body = (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} miw={0}>
          <Title order={2} id={headingId}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
      {children}
    </Stack>
  );
  return (
    <section aria-labelledby={headingId}>
      {withCard ? (
        <Card withBorder radius="md" padding="lg">
          {body}
        </Card>
      ) : (
        body
      )}
    </section>
  );
}
