// A real SMTP server on a free loopback port that keeps what arrives, for tests and `npm run dev:mail`.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; from: string; subject: string; text: string };

export type MailServer = {
  /** The SMTP_URL that reaches it. */
  url: string;
  received: ReceivedMail[];
  /** While set, every message is refused with a temporary error (451), as a busy or broken server does. */
  refuseAll: (refuse: boolean) => void;
  stop: () => Promise<void>;
};

export async function startMailServer(options: { onMail?: (mail: ReceivedMail) => void } = {}): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (refusing) return callback(Object.assign(new Error("Försök igen senare"), { responseCode: 451 }));
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: typeof session.envelope.mailFrom === "object" ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
          };
          received.push(mail);
          options.onMail?.(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    refuseAll: (refuse) => {
      refusing = refuse;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
