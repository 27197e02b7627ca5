// Not "server-only": the sender job runs outside Next.
import nodemailer from "nodemailer";

/** Sends one message; rejects when the SMTP server does not take it. */
export type Mailer = { send: (message: { to: string; subject: string; text: string }) => Promise<void>; close: () => void };

/** The sender's address when SMTP_FROM is not set. */
export const DEFAULT_FROM = "Stegvis <stegvis@localhost>";

/** A mailer over SMTP (`SMTP_URL`, e.g. smtp://user:pass@host:587 or smtps://…), one pooled connection. */
export function smtpMailer(smtpUrl: string, from: string = DEFAULT_FROM): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async ({ to, subject, text }) => {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
