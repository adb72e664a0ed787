import { Box, Center, Loader, VisuallyHidden } from '@mantine/core';

export interface LoadingProps {
  /** What is loading, for screen readers. */
  label?: string;
}

/** A spinner announced to screen readers, for a part of a page that is still loading. */
export function LoadingIndicator({ label = 'Loading' }: LoadingProps) {
  return (
    <Center py="md" role="status">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}

/** Fills the page while the app finds out who is signed in. */
export function FullPageLoader({ label }: LoadingProps) {
  return (
    <Box component="main" mih="100dvh" display="grid" style={{ placeItems: 'center' }}>
      <LoadingIndicator label={label} />
    </Box>
  );
}
