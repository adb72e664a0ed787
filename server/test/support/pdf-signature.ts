// What a stranger holding a certificate PDF can do: read the signed content and its signature from
// the document information, and check them with the published public key and node:crypto alone.
import { createPublicKey, verify } from 'node:crypto';
import { PDF_SIGNATURE_KEY, PDF_SIGNED_CONTENT_KEY } from '../../src/modules/certificates/certificate-pdf.js';

export type SignedPdfContent = { content: Buffer; signature: Buffer };

/** The signed content and signature a certificate PDF carries, or null when it carries none. */
export function signedContentOfPdf(pdf: Buffer): SignedPdfContent | null {
  const text = pdf.toString('latin1');
  // Each information value is an indirect string object: `/Key n 0 R` … `n 0 obj\n(value)\nendobj`.
  const valueOf = (key: string): string | undefined => {
    const reference = new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1];
    if (!reference) return undefined;
    return new RegExp(`(?:^|\\n)${reference} 0 obj\\s*\\(([A-Za-z0-9_-]+)\\)\\s*endobj`).exec(text)?.[1];
  };
  const content = valueOf(PDF_SIGNED_CONTENT_KEY);
  const signature = valueOf(PDF_SIGNATURE_KEY);
  if (!content || !signature) return null;
  return { content: Buffer.from(content, 'base64url'), signature: Buffer.from(signature, 'base64url') };
}

/** Whether the content is signed by the key published as this JWK (Ed25519). */
export function signedByJwk(signed: SignedPdfContent, jwk: { x: string }): boolean {
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  return verify(null, signed.content, publicKey, signed.signature);
}
