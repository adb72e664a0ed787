import { useState } from 'react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Navigate } from 'react-router';
import { AuthCard, DemoHint } from '@coverline/ui';
import { MagicLinkRequestForm } from '../features/sign-in/MagicLinkRequestForm';
import { useSessionViewer } from '@coverline/ui/shell';

export function SignInRoute() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  // A failed viewer query just leaves the form in place: signing in is the way forward anyway.
  const { viewer } = useSessionViewer();

  if (viewer?.role === 'FACILITY_USER') return <Navigate to="/" replace />;

  if (sentTo !== null) {
    return (
      <AuthCard appName="Compliance Hub" title="Check your email">
        <Stack gap="md" role="status">
          <Text>
            If <strong>{sentTo}</strong> has access to the Compliance Hub, a sign-in link is on its way.
            The link works once and expires in 15 minutes.
          </Text>
        </Stack>
        <Button variant="default" onClick={() => setSentTo(null)}>
          Use a different email
        </Button>
        {import.meta.env.DEV ? (
          <DemoHint>
            Demo: the email arrives in the <Anchor href="/dev/mailbox">development mailbox</Anchor>.
          </DemoHint>
        ) : null}
      </AuthCard>
    );
  }

  return (
    <AuthCard
      appName="Compliance Hub"
      title="Sign in"
      description="Enter the email your staffing partner invited. We'll send you a link to sign in, no password needed."
    >
      <MagicLinkRequestForm onSent={setSentTo} />
      {import.meta.env.DEV ? <DemoHint>Demo: manager@mercy.test</DemoHint> : null}
    </AuthCard>
  );
}
