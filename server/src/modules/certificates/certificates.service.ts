// Certificates of insurance as the API and the download links show them: verified by number by
// anyone (what the certificate states, and whether its signature holds), downloaded only by a viewer
// whose scope reaches it, and listed on the assignment they prove.
import { MAX_TYPED_CERTIFICATE_NUMBER_LENGTH, normalizeCertificateNumber } from '@coverline/domain';
import type { Access, AccessOpener } from '../../access/access.js';
import { authorize, firstFoundInScope } from '../../access/policy.js';
import { SYSTEM_ACTOR } from '../../access/viewer.js';
import type { ServerDependencies } from '../../dependencies.js';
import { badUserInput, notFound, rateLimited } from '../../graphql/errors.js';
import { consumeRateLimit, secondsLeftInWindow } from '../auth/rate-limit.js';
import { toCertificate } from './certificate-presentation.js';
import { certificateSigningKey, verifyBytes } from './certificate-signing.js';
import { certificateFileNameOf, signedBytesOf, type CertificateSnapshot } from './certificate-snapshot.js';
import type { Certificate, CertificateVerification } from './certificates.types.js';

/** Whether the stored signature is the platform key's signature of the stored snapshot, for this number. */
export function snapshotSignatureValid(deps: Pick<ServerDependencies, 'config'>, number: string, snapshot: unknown, signature: string): boolean {
  const key = certificateSigningKey(deps.config);
  const claimed = snapshot as Partial<CertificateSnapshot> | null;
  if (!claimed || claimed.number !== number || claimed.signature?.kid !== key.kid) return false;
  try {
    return verifyBytes(key, signedBytesOf(claimed as CertificateSnapshot), signature);
  } catch {
    return false;
  }
}

const NOT_FOUND: CertificateVerification = {
  status: 'NOT_FOUND',
  number: null,
  contractorName: null,
  effectiveDate: null,
  endDate: null,
  coverageTypes: null,
  issuedAt: null,
  voidedAt: null,
  holderName: null,
  agencyName: null,
  signatureValid: false,
};

/** The window of the checks per address (`CERTIFICATE_CHECKS_PER_ADDRESS` of them). */
export const VERIFICATION_WINDOW_SECONDS = 15 * 60;

/**
 * The public answer for a certificate number, found by the platform: whoever holds a number may check
 * it. Every check counts against the address's limit, a number that is not one included.
 */
export async function verifyCertificate(access: Access, typedNumber: string): Promise<CertificateVerification> {
  authorize(access, 'certificate:verify');
  if (typedNumber.length > MAX_TYPED_CERTIFICATE_NUMBER_LENGTH) {
    throw badUserInput('number', `A certificate number has at most ${MAX_TYPED_CERTIFICATE_NUMBER_LENGTH} characters.`);
  }
  const { now, config } = access.deps;
  const perAddress = { limit: config.certificateChecksPerAddress, windowSeconds: VERIFICATION_WINDOW_SECONDS };
  // One statement of its own, outside the lookup's transaction: every check from one address counts
  // on the same row, whose lock is then held for that statement only, not while the certificate is
  // read (under load from one network, the checks queued on it).
  if (!(await consumeRateLimit(access.deps.database.unscoped, `verify-certificate:ip:${access.ip ?? 'unknown'}`, perAddress, now()))) {
    const retryAfterSeconds = secondsLeftInWindow(perAddress, now());
    throw rateLimited(`Too many certificate checks from your network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, retryAfterSeconds);
  }
  const number = normalizeCertificateNumber(typedNumber);
  const row = number ? await access.scopeFor({ kind: 'SYSTEM' }, SYSTEM_ACTOR).transaction((tx) => tx.stores.certificates.byNumber(number)) : null;
  if (!row) return NOT_FOUND;
  // The facts shown are those the certificate states (its signed snapshot), not today's records.
  const snapshot = row.snapshot as CertificateSnapshot;
  return {
    status: row.status,
    number: row.number,
    contractorName: snapshot.insured.name,
    effectiveDate: snapshot.operations.effectiveDate,
    endDate: snapshot.operations.endDate,
    coverageTypes: snapshot.coverages.map((coverage) => coverage.coverageType),
    issuedAt: row.issuedAt,
    voidedAt: row.voidedAt,
    holderName: snapshot.holder.name,
    agencyName: snapshot.agency.name,
    signatureValid: snapshotSignatureValid(access.deps, row.number, row.snapshot, row.signature),
  };
}

/** The certificate an assignment shows: its valid one, else its latest voided one, else none. */
export async function findCertificateForAssignment(access: Access, assignment: { id: string }): Promise<Certificate | null> {
  const row = await authorize(access, 'work-history:read').stores.certificates.forAssignment(assignment.id);
  return row ? toCertificate(access.deps, row) : null;
}

/** Every certificate of an assignment, valid and void, newest first (an extension voids one and issues its replacement). */
export async function listAssignmentCertificates(access: Access, assignment: { id: string }): Promise<Certificate[]> {
  const rows = await authorize(access, 'work-history:read').stores.certificates.allForAssignment(assignment.id);
  return rows.map((row) => toCertificate(access.deps, row));
}

export type CertificateDownload = { fileName: string; pdf: Buffer; sha256: string };

/**
 * The PDF behind a download link, for the first of the request's viewers whose scope reaches it
 * (its agency, the contractor, a facility user granted its facility, an operator). NOT_FOUND
 * otherwise, and for a number that does not exist: the two must look the same.
 */
export async function downloadCertificate(accesses: readonly AccessOpener[], typedNumber: string): Promise<CertificateDownload> {
  const number = normalizeCertificateNumber(typedNumber);
  const download =
    number &&
    (await firstFoundInScope(accesses, 'certificate:download', async (scope) => {
      const row = await scope.stores.certificates.byNumber(number);
      return row && { fileName: certificateFileNameOf(row.snapshot as CertificateSnapshot), pdf: row.pdf, sha256: row.pdfSha256 };
    }));
  if (!download) throw notFound('Certificate');
  return download;
}
