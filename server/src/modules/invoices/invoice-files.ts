// The PDF bytes of stored invoices, for mail attachments (the outbox keeps only a reference), and where the agency downloads them.
import type { Scope } from '../../access/scope.js';
import type { MailAttachmentRef } from '../../db/schema.js';
import type { ServerDependencies } from '../../dependencies.js';
import type { PdfAttachment } from '../certificates/certificate-files.js';

export async function loadInvoiceAttachment(scope: Scope, ref: Extract<MailAttachmentRef, { kind: 'invoice' }>): Promise<PdfAttachment> {
  const found = await scope.stores.invoices.pdf({ agencyId: ref.agencyId, id: ref.invoiceId });
  if (!found) throw new Error(`invoice ${ref.invoiceId} of a mail attachment does not exist`);
  return { filename: ref.filename, content: found.pdf, contentType: 'application/pdf' };
}

/** Where the agency downloads an invoice's PDF as issued. */
export function invoicePdfUrl(deps: Pick<ServerDependencies, 'config'>, invoice: { id: string }): string {
  return `${deps.config.publicUrl}/invoices/${invoice.id}.pdf`;
}
