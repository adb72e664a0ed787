// Mail is written to the outbox in the transaction of the change that causes it, then delivered by a job.
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { mailOutbox, type MailAttachmentRef } from '../db/schema.js';
import type { ServerDependencies } from '../dependencies.js';
import { addJob } from '../jobs/queue.js';
import { loadCertificateAttachment, type PdfAttachment } from '../modules/certificates/certificate-files.js';
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

export async function deliverMail(deps: ServerDependencies, outboxId: string): Promise<void> {
  const message = await deps.db.query.mailOutbox.findFirst({ where: and(eq(mailOutbox.id, outboxId), eq(mailOutbox.status, 'PENDING')) });
  if (!message) return;
  try {
    const { messageId } = await deps.mailer.send({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: await Promise.all(message.attachments.map((ref) => resolveAttachment(deps, ref))),
    });
    await deps.db
      .update(mailOutbox)
      .set({ status: 'SENT', sentAt: deps.now(), messageId, attempts: message.attempts + 1, lastError: null })
      .where(eq(mailOutbox.id, outboxId));
  } catch (error) {
    await deps.db
      .update(mailOutbox)
      .set({ attempts: message.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
      .where(eq(mailOutbox.id, outboxId));
    throw error;
  }
}

/** The outbox stores references, not bytes: each is read when the mail is sent. */
function resolveAttachment(deps: ServerDependencies, ref: MailAttachmentRef): Promise<PdfAttachment> {
  switch (ref.kind) {
    case 'certificate':
      return loadCertificateAttachment(deps.db, ref);
  }
}
