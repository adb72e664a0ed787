// The PDF bytes of stored certificates, for mail attachments (the outbox keeps only a reference).
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { certificates, type MailAttachmentRef } from '../../db/schema.js';

export type PdfAttachment = { filename: string; content: Buffer; contentType: 'application/pdf' };

export async function loadCertificateAttachment(executor: Executor, ref: MailAttachmentRef): Promise<PdfAttachment> {
  const [row] = await executor
    .select({ pdf: certificates.pdf })
    .from(certificates)
    .where(and(eq(certificates.agencyId, ref.agencyId), eq(certificates.id, ref.certificateId)));
  if (!row) throw new Error(`certificate ${ref.certificateId} of a mail attachment does not exist`);
  return { filename: ref.filename, content: row.pdf, contentType: 'application/pdf' };
}
