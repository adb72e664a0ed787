// How a receiver checks that a delivery came from Coverline: the signature header, and the few
// lines of Node that verify it (API.md, "Integrations").
import { Code, Stack, Text } from '@mantine/core';

const SAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

// header: the Coverline-Signature header; rawBody: the request body exactly as received.
function isFromCoverline(secret, header, rawBody) {
  const { t, v1 } = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
  const recent = Math.abs(Date.now() / 1000 - Number(t)) < 300;
  return recent && v1?.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
}`;

export function SignatureVerification() {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Every delivery carries <Code>Coverline-Signature: t=&lt;unix seconds&gt;,v1=&lt;signature&gt;</Code>: the HMAC-SHA256, in hex, of the time, a dot and the raw body,
        keyed with the endpoint’s signing secret. Check it before trusting a delivery, and refuse old timestamps so a captured delivery cannot be replayed. The
        README’s “Receive webhooks” section explains retries and the body.
      </Text>
      {/* Wrapped rather than scrolled: a phone shows the whole sample with no sideways scroll. */}
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {SAMPLE}
      </Code>
    </Stack>
  );
}
