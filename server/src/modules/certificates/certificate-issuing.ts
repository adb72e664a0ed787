// Issuing and voiding certificates, in the transaction that binds (or ends) coverage: the snapshot,
// its Ed25519 signature, the PDF, the audit record, the webhook event and the email to the contractor. A certificate is
// immutable: one that no longer holds is voided, and a new one issued where coverage continues.
import { createHash, randomBytes } from 'node:crypto';
import { CERTIFICATE_NUMBER_RANDOM_BYTES, COVERAGE_TYPE_LABELS, formatCertificateNumber, formatDateRange, todayInTimeZone } from '@coverline/domain';
import type { ScopedTransaction } from '../../access/scope.js';
import type { ServerDependencies } from '../../dependencies.js';
import { enqueueMail } from '../../mail/outbox.js';
import { certificateIssuedMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/audit.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { certificateVerificationUrl } from './certificate-presentation.js';
import { certificateSigningKey, signBytes } from './certificate-signing.js';
import { buildCertificateSnapshot, certificateFileNameOf, signedBytesOf, type CertificateFacts, type PolicyFacts } from './certificate-snapshot.js';
import { certificateEventData } from '../webhooks/webhook-event-data.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';

/** 40 random bits a number: a clash is rare, and then the next attempt draws another. */
const NUMBER_ATTEMPTS = 5;

/** A certificate's snapshot of `facts`, its signature with the current key and its PDF, as issued. */
export async function renderCertificate(deps: Pick<ServerDependencies, 'config'>, facts: Omit<CertificateFacts, 'verificationUrl' | 'kid'>) {
  const key = certificateSigningKey(deps.config);
  const snapshot = buildCertificateSnapshot({ ...facts, verificationUrl: certificateVerificationUrl(deps, facts.number), kid: key.kid });
  const signature = signBytes(key, signedBytesOf(snapshot));
  const pdf = await renderCertificatePdf(snapshot, signature);
  return { snapshot, signature, pdf, pdfSha256: createHash('sha256').update(pdf).digest('hex') };
}

/**
 * Issues the certificate of an assignment that has just become COVERED. With `boundAt`, records the
 * certificate of coverage that bound in the past (demo data, back-fills): dated then, for an
 * assignment that may have ended since, and mailed to nobody.
 */
export async function issueCertificate(
  tx: ScopedTransaction,
  deps: ServerDependencies,
  input: { agencyId: string; assignmentId: string; boundAt?: Date },
): Promise<{ id: string; number: string }> {
  const { agencyId, assignmentId, boundAt } = input;
  const { stores } = tx;
  const assignment = await stores.assignments.byId(assignmentId);
  if (!assignment || assignment.agencyId !== agencyId) throw new Error(`assignment ${assignmentId} does not exist`);
  const issuable = assignment.status === 'COVERED' || (boundAt !== undefined && assignment.status === 'ENDED');
  if (!issuable) throw new Error(`a certificate is issued when coverage binds; assignment ${assignmentId} is ${assignment.status}`);
  const current = await stores.certificates.validNumberOf({ agencyId, assignmentId });
  if (current) throw new Error(`assignment ${assignmentId} already has the valid certificate ${current}: void it before issuing another`);

  const [contractor, category, agency, settings, facility] = await Promise.all([
    stores.contractors.byId(assignment.contractorId),
    stores.jobCategories.byId(assignment.jobCategoryId),
    stores.agencies.byId(agencyId),
    stores.agencies.settings(agencyId),
    assignment.facilityId ? stores.facilities.byId(assignment.facilityId) : null,
  ]);
  if (!contractor || !category || !agency) throw new Error(`assignment ${assignmentId} lacks its contractor, job category or agency`);
  const period = { effectiveDate: assignment.effectiveDate, endDate: assignment.endDate };
  const covering = await stores.certificates.policiesCovering(category.coverageTypes, period);
  const policyFacts: PolicyFacts[] = category.coverageTypes.map((coverageType) => {
    const policy = covering.get(coverageType);
    if (!policy) {
      throw new Error(`Coverage cannot bind without a policy: no ${COVERAGE_TYPE_LABELS[coverageType]} master policy covers ${period.effectiveDate} to ${period.endDate}.`);
    }
    return policy;
  });

  const key = certificateSigningKey(deps.config);
  const issuedAt = boundAt ?? deps.now();
  const year = Number(todayInTimeZone(settings.timeZone, issuedAt).slice(0, 4));

  for (let attempt = 1; ; attempt++) {
    const number = formatCertificateNumber(year, randomBytes(CERTIFICATE_NUMBER_RANDOM_BYTES));
    const { snapshot, signature, pdf, pdfSha256 } = await renderCertificate(deps, {
      number,
      issuedAt,
      timeZone: settings.timeZone,
      agency: { name: agency.name },
      contractor,
      jobCode: category.jobCode,
      workState: category.workState,
      assignment,
      facility,
      policies: policyFacts,
    });
    const row = await stores.certificates.insert({
      agencyId,
      assignmentId,
      contractorId: assignment.contractorId,
      facilityId: assignment.facilityId,
      number,
      status: 'VALID',
      issuedAt,
      snapshot,
      signature,
      pdf,
      pdfSha256,
      createdAt: issuedAt,
    });
    if (!row) {
      if (attempt < NUMBER_ATTEMPTS) continue;
      throw new Error(`no free certificate number after ${NUMBER_ATTEMPTS} attempts`);
    }

    await recordAudit(tx, { action: 'certificate.issue', agencyId, targetType: 'certificate', targetId: row.id, data: { number, assignmentId, kid: key.kid, pdfBytes: pdf.length } });
    // Coverage that bound in the past was announced then, if at all: neither mailed nor an event now.
    if (boundAt) return { id: row.id, number };
    const issued = { id: row.id, assignmentId, contractorId: assignment.contractorId, facilityId: assignment.facilityId, number, status: 'VALID' as const, issuedAt, voidedAt: null };
    await recordWebhookEvent(tx, { agencyId, type: 'certificate.issued', data: certificateEventData(deps, issued) });
    await enqueueMail(tx.db, {
      to: contractor.email,
      agencyId,
      ...certificateIssuedMail({
        firstName: contractor.firstName,
        agencyName: agency.name,
        jobName: assignment.jobName,
        clientEntity: assignment.clientEntity,
        dates: formatDateRange(assignment.effectiveDate, assignment.endDate, contractor.preferredLanguage),
        number,
        verificationUrl: snapshot.verificationUrl,
        language: contractor.preferredLanguage,
      }),
      attachments: [{ kind: 'certificate', agencyId, certificateId: row.id, filename: certificateFileNameOf(snapshot) }],
    });
    return { id: row.id, number };
  }
}

/** Voids the assignment's valid certificate, if it has one (it is never edited); false when it had none. */
export async function voidCertificate(tx: ScopedTransaction, deps: ServerDependencies, key: { agencyId: string; assignmentId: string }, reason: string): Promise<boolean> {
  const voided = await tx.stores.certificates.voidValid(key, reason, deps.now());
  if (!voided) return false;
  await recordWebhookEvent(tx, { agencyId: key.agencyId, type: 'certificate.voided', data: certificateEventData(deps, voided) });
  return true;
}
