// The PDF bytes of stored certificates, for mail attachments (the outbox keeps only a reference).
import type { Scope } from '../../access/scope.js';
import type { MailAttachmentRef } from '../../db/schema.js';

export type PdfAttachment = { filename: string; content: Buffer; contentType: 'application/pdf' };

export async function loadCertificateAttachment(scope: Scope, ref: Extract<MailAttachmentRef, { kind: 'certificate' }>): Promise<PdfAttachment> {
  const pdfs = await scope.stores.certificates.pdfs(ref.agencyId, [ref.certificateId]);
  const content = pdfs.get(ref.certificateId);
  if (!content) throw new Error(`certificate ${ref.certificateId} of a mail attachment does not exist`);
  return { filename: ref.filename, content, contentType: 'application/pdf' };
}
