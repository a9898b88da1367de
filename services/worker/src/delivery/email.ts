import type { Env } from '@enlace/config';
import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  readonly to: { name: string; address: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly language: string;
  /** Stable per delivery, so a mail client can tell a resend from a new message. */
  readonly messageId: string;
  /** A notification's one-click unsubscribe address; a message the person asked for (their link) has none. */
  readonly unsubscribeUrl?: string;
}

/** The mail server refused the message for good (a 5xx reply): retrying will not help. */
export class PermanentDeliveryError extends Error {}

/**
 * One pooled SMTP transport for the worker. Timeouts stay well under the job lock, so
 * a hung mail server fails the attempt instead of looking like a dead worker.
 */
export function createMailer(env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'>, opts: { maxConnections?: number } = {}) {
  const transport = nodemailer.createTransport({
    url: env.SMTP_URL,
    pool: true,
    maxConnections: opts.maxConnections ?? 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail: OutgoingEmail): Promise<void> {
      try {
        await transport.sendMail({
          from: env.MAIL_FROM,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: {
            // RFC 8058 one-click unsubscribe: mail clients POST to the URL, no page to visit.
            ...(mail.unsubscribeUrl ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
            'Content-Language': mail.language,
            'Auto-Submitted': 'auto-generated',
          },
        });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        if (code !== undefined && code >= 500 && code < 600) throw new PermanentDeliveryError((err as Error).message);
        throw err;
      }
    },
    close(): void {
      transport.close();
    },
  };
}
export type Mailer = ReturnType<typeof createMailer>;
