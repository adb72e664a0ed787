import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** Fills the page while the app finds out who is signed in. */
export function FullPageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center component="main" mih="100dvh" role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
