// Hands rendered mail to SMTP (SMTP_URL), or keeps it in the local mailbox when none is configured.
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export type OutgoingMail = {
  /** The Message-ID header, angle brackets included: the same on every attempt of one mail. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
};

export type Mailer = {
  /** 'smtp' delivers for real; 'mailbox' keeps mail for GET /dev/mailbox. */
  kind: 'smtp' | 'mailbox';
  send: (mail: OutgoingMail) => Promise<{ messageId: string }>;
  close: () => void;
};

export function createMailer(config: Config): Mailer {
  if (!config.smtpUrl) {
    return { kind: 'mailbox', send: async (mail) => ({ messageId: mail.messageId }), close: () => {} };
  }
  const transport = nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
  return {
    kind: 'smtp',
    send: async (mail) => {
      const info = await transport.sendMail(mail);
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}
