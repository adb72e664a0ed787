// The frame of the contractor's pages reached from a link (no navigation): the product mark, who
// the page is from, and one readable column in a <main> landmark. Mobile first.
import type { ReactNode } from 'react';
import { Box, Container, Group, Text } from '@mantine/core';
import { MAIN_CONTENT_ID } from './AppLayout';
import { useUiLabels } from './labels';

export interface PortalLayoutProps {
  /** Shown after the product mark, e.g. "for Acme Staffing". */
  subtitle?: ReactNode;
  /** Right side of the header, e.g. a link to the contractor's home. */
  headerAction?: ReactNode;
  children: ReactNode;
}

export function PortalLayout({ subtitle, headerAction, children }: PortalLayoutProps) {
  const labels = useUiLabels();
  return (
    <Box mih="100dvh" bg="gray.0">
      <a className="coverline-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {labels.skipToMainContent}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={760} py="sm" px="md">
          <Group justify="space-between" wrap="nowrap" gap="sm" mih={40}>
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text component="span" fw={800} size="lg" c="indigo.8">
                Coverline
              </Text>
              {subtitle ? (
                <Text component="span" size="sm" c="dimmed" truncate="end">
                  {subtitle}
                </Text>
              ) : null}
            </Group>
            {headerAction}
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={760} px="md" py="xl">
        {children}
      </Container>
    </Box>
  );
}
