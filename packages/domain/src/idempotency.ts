// Idempotency keys (API.md, "Integrations"): a client names a mutation with a key of its choosing so
// that a retry of it (a timeout, a lost answer) is answered with the first answer instead of running again.

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** How long the first answer for a key is kept; after that the key is free again. */
export const IDEMPOTENCY_KEY_RETENTION_HOURS = 24;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Why a header value cannot be an idempotency key, or null when it can: 1–255 printable ASCII
 * characters (space to tilde), as Stripe takes them; a UUID is the usual choice.
 */
export function idempotencyKeyProblem(key: string): string | null {
  if (key.length === 0) return 'The Idempotency-Key header is empty: send 1–255 printable ASCII characters, such as a UUID.';
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) return `The Idempotency-Key header is longer than ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`;
  if (!PRINTABLE_ASCII.test(key)) return 'The Idempotency-Key header may hold printable ASCII characters only (space to tilde).';
  return null;
}
