// The notice and digest worker beside the app (npm start): pg-boss on the app's database, in this
// process rather than in the web server, so no request handler ever sends e-mail.
import { today } from "../lib/server/clock";
import { jobQueue, workNoticeQueues } from "../lib/server/notices/jobs";
import { NOTICE_QUEUES } from "../lib/server/notices/queues";
import { smtpMailer } from "../lib/server/notices/mailer";
import { createPrismaClient } from "../lib/server/prisma-client";

export type NoticeWorker = { stop: () => Promise<void> };

/**
 * Starts the worker. `embedded`: PGlite runs every connection on one session, so pg-boss keeps to one
 * connection there. Job failures are logged and retried by pg-boss; they never stop the app.
 */
export async function startNoticeWorker(options: { databaseUrl: string; smtpUrl: string | null; smtpFrom?: string; appUrl: string; embedded: boolean }): Promise<NoticeWorker> {
  const prisma = createPrismaClient(options.databaseUrl);
  const mailer = options.smtpUrl ? smtpMailer(options.smtpUrl, options.smtpFrom) : null;
  const boss = jobQueue(options.databaseUrl, { max: options.embedded ? 1 : 2 });
  boss.on("error", (error) => console.error(`Jobbkön: ${error.message.split("\n")[0]}`));
  await boss.start();
  await workNoticeQueues(boss, { prisma, mailer, appUrl: options.appUrl, today: () => today(), log: (line) => console.log(line) });
  // Once at start-up too, so a server started after 06:00 is not a day behind; the run is idempotent.
  await boss.send(NOTICE_QUEUES.daily.name, {});
  return {
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer?.close();
      await prisma.$disconnect();
    },
  };
}
