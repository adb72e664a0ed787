import { Box, Center, Loader, VisuallyHidden } from '@mantine/core';
import { useUiLabels } from './labels';

export interface LoadingProps {
  /** What is loading, for screen readers. */
  label?: string;
}

/** A spinner announced to screen readers, for a part of a page that is still loading. */
export function LoadingIndicator({ label }: LoadingProps) {
  const labels = useUiLabels();
  return (
    <Center py="md" role="status">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label ?? labels.loading}</VisuallyHidden>
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
