// npm run dev:mail — a local SMTP server for development that prints every message it gets. Start the
// app with the SMTP_URL it prints, and the digests land here instead of in anyone's mailbox.
import { startMailServer } from "../tests/support/mail-server";

const server = await startMailServer({
  onMail: (mail) => console.log(`\n— Till ${mail.to.join(", ")}: ${mail.subject}\n${mail.text}`),
});
console.log(`Lokal e-postserver igång. Starta Stegvis med:\n  SMTP_URL='${server.url}' npm start\nStoppa med Ctrl-C.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)));
