// Mail is written to the outbox in the transaction of the change that causes it, then delivered by a
// job. The outbox is a platform table; a certificate or invoice attached by reference is read as the system.
import { and, eq } from 'drizzle-orm';
import { asSystem } from '../access/access.js';
import { authorize } from '../access/policy.js';
import type { Executor } from '../db/client.js';
import { mailOutbox, type MailAttachmentRef } from '../db/schema.js';
import type { ServerDependencies } from '../dependencies.js';
import { addJob } from '../jobs/queue.js';
import type { Scope } from '../access/scope.js';
import { loadCertificateAttachment, type PdfAttachment } from '../modules/certificates/certificate-files.js';
import { loadInvoiceAttachment } from '../modules/invoices/invoice-files.js';
import type { RenderedMail } from './templates.js';

export async function enqueueMail(
  executor: Executor,
  mail: RenderedMail & { to: string; agencyId?: string | null; attachments?: MailAttachmentRef[] },
): Promise<string> {
  const [row] = await executor
    .insert(mailOutbox)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      agencyId: mail.agencyId ?? null,
      attachments: mail.attachments ?? [],
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('outbox insert returned nothing');
  await addJob(executor, 'deliver_mail', { outboxId: row.id }, { jobKey: `mail:${row.id}` });
  return row.id;
}

/**
 * One Message-ID per outbox row, sent with every attempt. Delivery is at least once: a worker killed
 * after the SMTP server took a mail but before the outbox recorded it sends it again, and the same
 * Message-ID lets the recipient's mail system know it for the message it already has.
 */
export function outboxMessageId(outboxId: string, mailFrom: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'coverline.invalid';
  return `<${outboxId}@${domain}>`;
}

function loadAttachment(scope: Scope, ref: MailAttachmentRef): Promise<PdfAttachment> {
  switch (ref.kind) {
    case 'certificate':
      return loadCertificateAttachment(scope, ref);
    case 'invoice':
      return loadInvoiceAttachment(scope, ref);
  }
}

export function deliverMail(deps: ServerDependencies, outboxId: string): Promise<void> {
  return asSystem(deps, 'deliver_mail', async (access) => {
    const scope = authorize(access, 'mail:deliver');
    const outbox = deps.database.unscoped;
    const [message] = await outbox.select().from(mailOutbox).where(and(eq(mailOutbox.id, outboxId), eq(mailOutbox.status, 'PENDING')));
    if (!message) return;
    try {
      const { messageId } = await deps.mailer.send({
        messageId: outboxMessageId(outboxId, deps.config.mailFrom),
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        // The outbox stores references, not bytes: each is read when the mail is sent.
        attachments: await Promise.all(message.attachments.map((ref) => loadAttachment(scope, ref))),
      });
      await outbox
        .update(mailOutbox)
        .set({ status: 'SENT', sentAt: deps.now(), messageId, attempts: message.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, outboxId));
    } catch (error) {
      await outbox
        .update(mailOutbox)
        .set({ attempts: message.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
        .where(eq(mailOutbox.id, outboxId));
      throw error;
    }
  });
}
