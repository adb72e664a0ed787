// The signed-in frame of every app: header with the product mark, the viewer and "Sign out",
// optional navigation, and the page in a <main> landmark reachable by a skip link.
import { useEffect, useRef, type ElementType, type ReactNode } from 'react';
import { AppShell, Box, Burger, Button, Flex, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useUiLabels } from './labels';

export interface AppNavItem {
  label: string;
  /** Path inside the app, e.g. `/team`. */
  to: string;
}

export interface AppLayoutProps {
  /** Shown after the product mark, e.g. the agency's name or "Compliance Hub". */
  appTitle: string;
  navItems?: readonly AppNavItem[];
  /** The router's link component (it receives `to`): the shell passes React Router's, so the main entry needs no router. */
  linkComponent?: ElementType;
  /** Current path, to mark the active navigation item. */
  currentPath?: string;
  viewerName: string;
  /** Plain words for the viewer's role, e.g. "Agency team member". */
  viewerRole?: string;
  onSignOut: () => void;
  signingOut?: boolean;
  children: ReactNode;
}

export const MAIN_CONTENT_ID = 'main-content';
const NAVBAR_ID = 'coverline-navigation';

function isActive(itemPath: string, currentPath: string | undefined): boolean {
  if (currentPath === undefined) return false;
  if (itemPath === '/') return currentPath === '/';
  return currentPath === itemPath || currentPath.startsWith(`${itemPath}/`);
}

function ViewerIdentity({ name, role }: { name: string; role: string | undefined }) {
  return (
    <Box>
      <Text size="sm" fw={600} lh={1.3}>
        {name}
      </Text>
      {role ? (
        <Text size="xs" c="dimmed" lh={1.3}>
          {role}
        </Text>
      ) : null}
    </Box>
  );
}

export function AppLayout({
  appTitle,
  navItems = [],
  linkComponent: LinkComponent = 'a',
  currentPath,
  viewerName,
  viewerRole,
  onSignOut,
  signingOut = false,
  children,
}: AppLayoutProps) {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  // Below the `sm` breakpoint the navigation slides away; inert keeps its links out of tab order.
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const hasNav = navItems.length > 0;
  const labels = useUiLabels();
  const burgerRef = useRef<HTMLButtonElement>(null);
  const navShownOverPage = isMobile && navOpened;

  // The open navigation on a phone covers the page: Escape closes it and gives focus back to the
  // button that opened it, as a dialog would.
  useEffect(() => {
    if (!navShownOverPage) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      closeNav();
      burgerRef.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [navShownOverPage, closeNav]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={
        hasNav ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } } : undefined
      }
      padding="md"
    >
      <a className="coverline-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {labels.skipToMainContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {hasNav ? (
              <Burger
                ref={burgerRef}
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? labels.closeNavigation : labels.openNavigation}
                aria-expanded={navOpened}
                aria-controls={NAVBAR_ID}
              />
            ) : null}
            {/* Mark and title side by side from `sm` up, stacked on phones so neither is cut. */}
            <Flex
              direction={{ base: 'column', sm: 'row' }}
              align={{ base: 'flex-start', sm: 'center' }}
              gap={{ base: 0, sm: 'sm' }}
              miw={0}
            >
              <Text component="span" fw={800} size="lg" lh={1.2} c="indigo.8">
                Coverline
              </Text>
              <Text component="span" c="gray.7" aria-hidden="true" visibleFrom="sm">
                |
              </Text>
              <Text component="span" fw={600} lh={1.2} truncate="end" maw="100%">
                {appTitle}
              </Text>
            </Flex>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm" ta="right">
              <ViewerIdentity name={viewerName} role={viewerRole} />
            </Box>
            <Button variant="default" size="sm" onClick={onSignOut} loading={signingOut}>
              {labels.signOut}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      {hasNav ? (
        <AppShell.Navbar
          id={NAVBAR_ID}
          p="sm"
          aria-label={labels.mainNavigation}
          inert={isMobile && !navOpened ? true : undefined}
        >
          <Box hiddenFrom="sm" px="sm" pb="sm">
            <ViewerIdentity name={viewerName} role={viewerRole} />
          </Box>
          {navItems.map((item) => {
            const active = isActive(item.to, currentPath);
            const target = LinkComponent === 'a' ? { href: item.to } : { to: item.to };
            return (
              <NavLink
                key={item.to}
                renderRoot={(rootProps) => <LinkComponent {...rootProps} {...target} />}
                label={item.label}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={closeNav}
                fw={600}
              />
            );
          })}
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
