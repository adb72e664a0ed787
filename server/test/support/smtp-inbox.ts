// A real SMTP server in the test process: mail from the server's worker arrives here and is parsed.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename?: string; contentType: string; size: number }[];
  messageId: string;
  receivedAt: number;
};

export class SmtpInbox {
  readonly messages: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];
  private server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
          this.messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            attachments: parsed.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
            messageId: parsed.messageId ?? '',
            receivedAt: Date.now(),
          });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        })
        .catch(callback);
    },
  });
  port = 0;

  constructor() {
    // A sender that dies mid-session (a killed worker) resets its connection: its mail never arrived, and the inbox carries on.
    this.server.on('error', () => {});
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until a message for `to` (and matching `subject`, if given) has arrived. */
  async waitFor(to: string, options: { subject?: RegExp; timeoutMs?: number } = {}): Promise<ReceivedMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to) && (!options.subject || options.subject.test(m.subject)));
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no mail to ${to} arrived; got: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join('; ') || 'nothing'}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }
}

export function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const match = mail.text.match(pattern);
  if (!match) throw new Error(`no link matching ${pattern} in: ${mail.text}`);
  return match[0];
}

export function tokenIn(mail: ReceivedMail): string {
  const match = mail.text.match(/(?:token=|\/t\/)([A-Za-z0-9_-]{20,})/);
  if (!match?.[1]) throw new Error(`no token in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}
