// How the API shows a certificate: its fields and its two links (the PDF, and the public check of its
// number). The GraphQL fields, the Compliance Hub, the reconciliation and the webhook events share it.
import type { ServerDependencies } from '../../dependencies.js';
import type { CertificateSummary } from './certificates.store.js';
import type { Certificate } from './certificates.types.js';

export function certificateDownloadUrl(deps: Pick<ServerDependencies, 'config'>, number: string): string {
  return `${deps.config.publicUrl}/certificates/${encodeURIComponent(number)}.pdf`;
}

export function certificateVerificationUrl(deps: Pick<ServerDependencies, 'config'>, number: string): string {
  return `${deps.config.publicUrl}/facility/verify/${encodeURIComponent(number)}`;
}

export function toCertificate(deps: Pick<ServerDependencies, 'config'>, row: Omit<CertificateSummary, 'assignmentId'>): Certificate {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    issuedAt: row.issuedAt,
    downloadUrl: certificateDownloadUrl(deps, row.number),
    verifyUrl: certificateVerificationUrl(deps, row.number),
  };
}
