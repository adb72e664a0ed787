// Signing deliveries as Stripe signs its webhooks: `Coverline-Signature: t=<unix seconds>,v1=<hex
// HMAC-SHA256(secret, "<t>.<raw body>")>`. The timestamp is signed too, so a receiver that checks it
// refuses a captured delivery replayed later.
import { createHmac, randomBytes } from 'node:crypto';

export const SIGNATURE_HEADER = 'Coverline-Signature';

/** A new endpoint secret: `whsec_` and 256 random bits. The whole string is the HMAC key. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The Coverline-Signature header of `body` (the exact bytes sent) signed at `at`. */
export function webhookSignature(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
