// How a receiver checks that a delivery came from Coverline: the signature header, and the few
// lines of Node that verify it: the README's function ("Webhooks"), which the server's tests check deliveries with.
import { Code, Stack, Text } from '@mantine/core';

const SAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

function verifyCoverlineSignature(rawBody, header, secret, toleranceSeconds = 300, nowSeconds = Date.now() / 1000) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

export function SignatureVerification() {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Every delivery carries <Code>Coverline-Signature: t=&lt;unix seconds&gt;,v1=&lt;signature&gt;</Code>: the HMAC-SHA256, in hex, of the time, a dot and the raw body,
        keyed with the endpoint’s signing secret. Check it on the raw body before trusting a delivery, and refuse an old timestamp so a captured delivery
        cannot be replayed. The “Webhooks” section of Coverline’s README explains the body, the order, retries and disabling.
      </Text>
      {/* Wrapped rather than scrolled: a phone shows the whole sample with no sideways scroll. */}
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {SAMPLE}
      </Code>
    </Stack>
  );
}
