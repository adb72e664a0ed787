// Secret tokens for links and sessions: 256 random bits, shown once, stored only as SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export function generateToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
