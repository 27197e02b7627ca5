// npm run notices — makes today's notices and queues the digests now, as the daily job does at 06:00,
// then sends what the outbox holds when SMTP_URL is set. Safe to run any number of times a day.
import { today } from "../lib/server/clock";
import { runDailyNotices } from "../lib/server/notices/jobs";
import { smtpMailer } from "../lib/server/notices/mailer";
import { sendPendingDigests } from "../lib/server/notices/outbox";
import { createPrismaClient } from "../lib/server/prisma-client";
import { NO_EMAIL_LINE, readAuthUrl, readSmtpUrl } from "./config";
import { withConfiguredDatabase } from "./db/configured-database";

try {
  const smtpUrl = readSmtpUrl(process.env);
  const appUrl = readAuthUrl(process.env) ?? "http://localhost:3000";
  await withConfiguredDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    const mailer = smtpUrl ? smtpMailer(smtpUrl, process.env.SMTP_FROM?.trim() || undefined) : null;
    try {
      const { made, queued } = await runDailyNotices({ prisma, mailer, appUrl, today, log: console.log });
      console.log(`Aviseringar för ${today()}: ${made} nya, ${queued} sammanfattningar i utkorgen.`);
      if (!mailer) console.log(NO_EMAIL_LINE);
      else {
        const { sent, failed } = await sendPendingDigests(prisma, mailer, appUrl);
        console.log(`Sammanfattningar: ${sent} skickade, ${failed} misslyckades (försöks igen senare).`);
      }
    } finally {
      mailer?.close();
      await prisma.$disconnect();
    }
  });
} catch (error) {
  console.error(`Aviseringarna kunde inte tas fram: ${(error as Error).message}`);
  process.exitCode = 1;
}
