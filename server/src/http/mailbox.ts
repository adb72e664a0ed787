// The local mailbox of development: mail delivered while no SMTP_URL is set, newest first (the outbox is a platform table).
import { desc, isNotNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { mailOutbox } from '../db/schema.js';
import type { ServerDependencies } from '../dependencies.js';

export function registerMailbox(fastify: FastifyInstance, deps: ServerDependencies): void {
  const latest = () =>
    deps.database.unscoped
      .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text, html: mailOutbox.html, sentAt: mailOutbox.sentAt, attachments: mailOutbox.attachments })
      .from(mailOutbox)
      .where(isNotNull(mailOutbox.sentAt))
      .orderBy(desc(mailOutbox.sentAt), desc(mailOutbox.createdAt))
      .limit(200);

  // Attachments by file name only: the bytes stay in the outbox's references.
  fastify.get('/dev/mailbox.json', async () => (await latest()).map(({ attachments, ...mail }) => ({ ...mail, attachments: attachments.map((ref) => ref.filename) })));

  fastify.get('/dev/mailbox', async (_request, reply) => {
    const messages = await latest();
    const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const items = messages
      .map(
        (m) => `<article><h2>${escape(m.subject)}</h2><p class="meta">To ${escape(m.to)} · ${m.sentAt?.toISOString() ?? ''}</p>
<iframe title="${escape(m.subject)}" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${escape(m.html.replace(/<a /g, '<a target="_top" '))}"></iframe></article>`,
      )
      .join('\n');
    return reply.type('text/html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coverline mailbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#1a1a1a}article{border:1px solid #ccc;border-radius:8px;padding:12px 16px;margin:16px 0}
h1{font-size:24px}h2{font-size:18px;margin:0}.meta{color:#555;font-size:14px}iframe{width:100%;height:320px;border:0}</style></head>
<body><main><h1>Local mailbox</h1><p>Mail sent while no SMTP_URL is configured, newest first (${messages.length}).</p>${items || '<p>No mail yet.</p>'}</main></body></html>`);
  });
}
