// The Ed25519 key that signs certificates: from CERTIFICATE_SIGNING_KEY (a 32-byte seed), or derived
// from SECRET_KEY with HKDF so every server process of one deployment signs with the same key.
// Its public half is published as a JWK at /.well-known/coverline-certificate-keys.json.
import { createHash, createPrivateKey, createPublicKey, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.js';

export const SIGNING_KEY_INFO = 'coverline certificate signing key v1';

export type PublicSigningKeyJwk = { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; use: 'sig'; alg: 'EdDSA' };

export type CertificateSigningKey = { privateKey: KeyObject; publicKey: KeyObject; kid: string; jwk: PublicSigningKeyJwk };

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): SEQUENCE { version 0, AlgorithmIdentifier 1.3.101.112, OCTET STRING { seed } }.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function signingKeyFromSeed(seed: Buffer): CertificateSigningKey {
  if (seed.length !== 32) throw new Error(`an Ed25519 seed is 32 bytes, got ${seed.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const x = publicKey.export({ format: 'jwk' }).x;
  if (!x) throw new Error('the Ed25519 public key has no x');
  const kid = createHash('sha256').update(Buffer.from(x, 'base64url')).digest('hex').slice(0, 16);
  return { privateKey, publicKey, kid, jwk: { kty: 'OKP', crv: 'Ed25519', x, kid, use: 'sig', alg: 'EdDSA' } };
}

export function signingSeedFromConfig(config: Pick<Config, 'certificateSigningKey' | 'secretKey'>): Buffer {
  // Node's base64 decoder reads the URL-safe alphabet too, which the configuration also allows.
  if (config.certificateSigningKey) return Buffer.from(config.certificateSigningKey, 'base64');
  return Buffer.from(hkdfSync('sha256', Buffer.from(config.secretKey, 'utf8'), Buffer.alloc(0), Buffer.from(SIGNING_KEY_INFO, 'utf8'), 32));
}

const keys = new WeakMap<object, CertificateSigningKey>();

/** The signing key of this configuration, derived once per process. */
export function certificateSigningKey(config: Config): CertificateSigningKey {
  let key = keys.get(config);
  if (!key) {
    key = signingKeyFromSeed(signingSeedFromConfig(config));
    keys.set(config, key);
  }
  return key;
}

/** The Ed25519 signature of exactly these bytes, base64url. */
export function signBytes(key: CertificateSigningKey, bytes: Buffer): string {
  return sign(null, bytes, key.privateKey).toString('base64url');
}

export function verifyBytes(key: CertificateSigningKey, bytes: Buffer, signature: string): boolean {
  const raw = Buffer.from(signature, 'base64url');
  if (raw.length !== 64) return false;
  return verify(null, bytes, key.publicKey, raw);
}
