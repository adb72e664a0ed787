// The contractor's frame, around the opt-in they reach from a link and their own page once signed in
// (decision 0030): the product mark and whom the page is from, one readable column in a <main>
// landmark, and a footer that says whom to ask. No navigation. Mobile first.
import type { ReactNode } from 'react';
import { Box, Button, Container, Group, Text } from '@mantine/core';
import { MAIN_CONTENT_ID } from './AppLayout';
import { useUiLabels } from './labels';

export interface PortalLayoutProps {
  /** The agency the contractor works through, shown after the product mark ("for Acme Staffing"). */
  agencyName?: string;
  /** Given once the contractor is signed in: the header offers "Sign out". */
  onSignOut?: () => void;
  signingOut?: boolean;
  /** More of the header's right side, e.g. the contractor app's language switcher. */
  headerAction?: ReactNode;
  children: ReactNode;
}

const COLUMN_WIDTH = 760;

export function PortalLayout({ agencyName, onSignOut, signingOut = false, headerAction, children }: PortalLayoutProps) {
  const labels = useUiLabels();
  return (
    <Box mih="100dvh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <a className="coverline-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {labels.skipToMainContent}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={COLUMN_WIDTH} py="sm" px="md">
          <Group justify="space-between" wrap="wrap" gap="sm" mih={40}>
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text component="span" fw={800} size="lg" c="indigo.8">
                Coverline
              </Text>
              {agencyName ? (
                <Text component="span" size="sm" c="dimmed" truncate="end">
                  {labels.forAgency(agencyName)}
                </Text>
              ) : null}
            </Group>
            <Group gap="sm" wrap="nowrap">
              {headerAction}
              {onSignOut ? (
                <Button variant="default" size="sm" onClick={onSignOut} loading={signingOut}>
                  {labels.signOut}
                </Button>
              ) : null}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={COLUMN_WIDTH} px="md" py="xl" w="100%" style={{ flex: 1 }}>
        {children}
      </Container>
      <Box component="footer" bg="white" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size={COLUMN_WIDTH} py="md" px="md">
          <Text size="sm" c="dimmed">
            {labels.askYourAgency(agencyName)}
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
