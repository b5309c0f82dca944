import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailAddress } from '../domain/mail-message';

/** One mail as the sender hands it to a transport. */
export interface OutgoingMail {
  id: string;
  from: MailAddress | string;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends mails; resolves with the Message-ID, rejects when the mail was not accepted. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<string>;
  close(): void;
}

const address = (a: MailAddress) => (a.name ? { name: a.name, address: a.email } : a.email);

/** Builds the nodemailer message of a mail; its Message-ID is stable per mail, so a resend keeps it. */
function messageOf(mail: OutgoingMail, domain: string): Mail.Options {
  return {
    messageId: `<${mail.id}@${domain}>`,
    from: typeof mail.from === 'string' ? mail.from : address(mail.from),
    to: mail.to.map(address),
    cc: mail.cc.map(address),
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
  };
}

/** Mails through an SMTP server (`smtp://host:port`, `smtps://user:pass@host:port`). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (mail) => (await transporter.sendMail(messageOf(mail, 'oms.integrations'))).messageId,
    close: () => transporter.close(),
  };
}

/** Without an SMTP server (embedded mode): every mail is written as `<id>.eml` into `dir`. */
export function fileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const info = await transporter.sendMail(messageOf(mail, 'oms.integrations'));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${mail.id}.eml`), info.message as Buffer);
      return info.messageId;
    },
    close: () => transporter.close(),
  };
}
