import { afterAll, beforeAll, expect, it } from "vitest";
import { queueDigests } from "@/lib/server/notices/digests";
import { generateNotices } from "@/lib/server/notices/generate";
import { installJobQueue, jobQueue, workNoticeQueues } from "@/lib/server/notices/jobs";
import { smtpMailer } from "@/lib/server/notices/mailer";
import { NOTICE_QUEUES } from "@/lib/server/notices/queues";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { createFollowUpWorld, createRunningPlacement } from "../support/follow-up-factories";
import { startMailServer, type MailServer } from "../support/mail-server";

// The embedded database (PGlite) runs every connection on one session: pg-boss must install and work there too.
let embedded: EmbeddedPostgres;
let mail: MailServer;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  mail = await startMailServer();
}, 120_000);
afterAll(async () => {
  await mail?.stop();
  await embedded?.stop();
});

it("installs the job queue on the embedded database and sends the host's digest from a worker there", async () => {
  await installJobQueue(embedded.url);
  await installJobQueue(embedded.url);
  const previousPoolMax = process.env.DATABASE_POOL_MAX;
  process.env.DATABASE_POOL_MAX = "1";
  const prisma = createPrismaClient(embedded.url);
  const boss = jobQueue(embedded.url, { max: 1, schedule: false });
  const mailer = smtpMailer(mail.url);
  try {
    const world = await createFollowUpWorld(prisma);
    const { placement } = await createRunningPlacement(prisma, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
    await prisma.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: new Date("2026-03-25T00:00:00Z") } });

    await boss.start();
    await workNoticeQueues(boss, { prisma, mailer, appUrl: "http://localhost:3000", today: () => "2026-03-20", log: () => undefined });
    await boss.send(NOTICE_QUEUES.daily.name, {});

    await expect.poll(() => mail.received.filter((m) => m.to.includes(world.host.email)).length, { timeout: 30_000, interval: 500 }).toBe(1);
    expect(await generateNotices(prisma, "2026-03-20")).toMatchObject({ FOLLOW_UP_DUE: 0 });
    expect(await queueDigests(prisma, "2026-03-20")).toBe(0);
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    mailer.close();
    await prisma.$disconnect();
    if (previousPoolMax === undefined) delete process.env.DATABASE_POOL_MAX;
    else process.env.DATABASE_POOL_MAX = previousPoolMax;
  }
}, 120_000);
