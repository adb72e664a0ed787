// The frame of pages shown before sign-in: product mark and one centred card holding the page's h1.
import type { ReactNode } from 'react';
import { Box, Card, Center, Stack, Text, Title } from '@mantine/core';

export interface AuthCardProps {
  /** The page's heading (its only h1). */
  title: ReactNode;
  description?: ReactNode;
  /** Which app this is, shown under the product mark, e.g. "Compliance Hub". */
  appName?: string;
  children?: ReactNode;
}

export function AuthCard({ title, description, appName, children }: AuthCardProps) {
  return (
    <Center component="main" mih="100dvh" px="md" py="xl" bg="gray.0">
      <Stack w="100%" maw={440} gap="lg">
        <Box ta="center">
          <Text component="p" fw={800} size="xl" c="indigo.8" m={0}>
            Coverline
          </Text>
          {appName ? (
            <Text component="p" size="sm" c="dimmed" m={0}>
              {appName}
            </Text>
          ) : null}
        </Box>
        <Card withBorder shadow="sm" radius="md" padding="xl">
          <Stack gap="md">
            <Stack gap="xs">
              <Title order={1} tabIndex={-1}>
                {title}
              </Title>
              {description ? <Text c="dimmed">{description}</Text> : null}
            </Stack>
            {children}
          </Stack>
        </Card>
      </Stack>
    </Center>
  );
}
