// Not "server-only": the worker runs beside the app in scripts/start.ts, never in a request handler.
import PgBoss from "pg-boss";
import type { PrismaClient } from "../generated/prisma/client";
import { generateNotices } from "./generate";
import { queueDigests } from "./digests";
import type { Mailer } from "./mailer";
import { sendPendingDigests } from "./outbox";
import { JOB_QUEUE_SCHEMA, JOB_TIME_ZONE, NOTICE_QUEUES } from "./queues";

/** A pg-boss on the app's database, as the app's role: its schema is installed by the owner (`installJobQueue`). */
export function jobQueue(connectionString: string, options: { max?: number; schedule?: boolean } = {}): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    migrate: false,
    max: options.max,
    schedule: options.schedule ?? true,
    supervise: true,
    pollingIntervalSeconds: 2,
  });
  return boss;
}

/**
 * Creates pg-boss's schema, the queues and their schedules. DDL, so the owner runs it with the
 * migrations; idempotent. `max: 1`: the embedded database runs every connection on one session.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_QUEUE_SCHEMA, migrate: true, supervise: false, schedule: false, max: 1 });
  const failures: Error[] = [];
  boss.on("error", (error) => failures.push(error));
  await boss.start();
  try {
    for (const queue of Object.values(NOTICE_QUEUES)) {
      await boss.createQueue(queue.name, { name: queue.name, policy: queue.policy });
      await boss.schedule(queue.name, queue.cron, {}, { tz: JOB_TIME_ZONE });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (failures.length > 0) throw failures[0];
}

export type NoticeWork = {
  prisma: PrismaClient;
  /** Null without SMTP_URL: notices are made, digests are queued and wait in the outbox. */
  mailer: Mailer | null;
  appUrl: string;
  today: () => string;
  log: (line: string) => void;
};

/** The daily run: notices, then the digests, then a nudge to the sender. Also what `npm run notices` runs. */
export async function runDailyNotices(work: NoticeWork): Promise<{ made: number; queued: number }> {
  const day = work.today();
  const made = Object.values(await generateNotices(work.prisma, day)).reduce((sum, n) => sum + (n ?? 0), 0);
  const queued = await queueDigests(work.prisma, day);
  return { made, queued };
}

/** Registers the two workers on `boss` (started): many instances may do so; the queues' policy keeps one at a time. */
export async function workNoticeQueues(boss: PgBoss, work: NoticeWork): Promise<void> {
  await boss.work(NOTICE_QUEUES.daily.name, async () => {
    const { made, queued } = await runDailyNotices(work);
    work.log(`Aviseringar: ${made} nya, ${queued} sammanfattningar i utkorgen.`);
    await boss.send(NOTICE_QUEUES.send.name, {});
  });
  await boss.work(NOTICE_QUEUES.send.name, async () => {
    if (!work.mailer) return;
    const { sent, failed } = await sendPendingDigests(work.prisma, work.mailer, work.appUrl);
    if (sent + failed > 0) work.log(`Sammanfattningar: ${sent} skickade${failed ? `, ${failed} misslyckades och försöks igen senare` : ""}.`);
  });
}
