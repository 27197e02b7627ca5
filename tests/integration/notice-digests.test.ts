import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { queueDigests } from "@/lib/server/notices/digests";
import { generateNotices } from "@/lib/server/notices/generate";
import { jobQueue, workNoticeQueues, type NoticeWork } from "@/lib/server/notices/jobs";
import { smtpMailer } from "@/lib/server/notices/mailer";
import { sendPendingDigests } from "@/lib/server/notices/outbox";
import { NOTICE_QUEUES } from "@/lib/server/notices/queues";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createFollowUpWorld, createRunningPlacement } from "../support/follow-up-factories";
import { startMailServer, type MailServer } from "../support/mail-server";

const db = createPrismaClient(process.env.DATABASE_URL!);
const APP_URL = "http://stegvis.test:3000";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let mail: MailServer;
beforeAll(async () => {
  mail = await startMailServer();
});
afterEach(() => mail.refuseAll(false));
afterAll(async () => {
  await mail.stop();
  await db.$disconnect();
});

/** A host and an officer with one follow-up due on 2026-03-25 at the host's provider. */
async function hostWithDueFollowUp() {
  const world = await createFollowUpWorld(db);
  const { participant, placement } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
  await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: day("2026-03-25") } });
  return { ...world, participant, placement };
}

const mailsTo = (email: string) => mail.received.filter((m) => m.to.includes(email));

describe("the daily digest by e-mail", () => {
  it("reaches the host's mailbox with counts and a link, and no personal data", async () => {
    const world = await hostWithDueFollowUp();
    await generateNotices(db, "2026-03-20");
    await queueDigests(db, "2026-03-20");

    const mailer = smtpMailer(mail.url);
    await sendPendingDigests(db, mailer, APP_URL);
    mailer.close();

    const [digest, ...more] = mailsTo(world.host.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe("Stegvis: 1 ny avisering");
    expect(digest!.text).toContain("1 uppföljning som snart ska göras");
    expect(digest!.text).toContain(`${APP_URL}/aviseringar`);
    const participant = await db.participant.findUniqueOrThrow({ where: { id: world.participant.id } });
    for (const secret of [participant.firstName, participant.lastName, participant.personalIdentityNumber, `Ärende ${participant.caseNumber}`, "2026-03-25", world.provider.name]) {
      expect(digest!.text).not.toContain(secret);
      expect(digest!.subject).not.toContain(secret);
    }
    expect(await db.digestOutbox.findFirstOrThrow({ where: { userId: world.host.id } })).toMatchObject({ attempts: 1, lastError: null, sentAt: expect.any(Date) });
  });

  it("queues one digest per user and day, none for a user who turned it off, and none without anything new", async () => {
    const world = await hostWithDueFollowUp();
    await db.user.update({ where: { id: world.officer.id }, data: { noticeDigest: false } });
    await generateNotices(db, "2026-03-20");

    await queueDigests(db, "2026-03-20");
    await queueDigests(db, "2026-03-20");
    await queueDigests(db, "2026-03-21");

    expect(await db.digestOutbox.count({ where: { userId: world.host.id } })).toBe(1);
    expect(await db.digestOutbox.count({ where: { userId: world.officer.id } })).toBe(0);
  });

  it("keeps a digest the SMTP server refused and sends it at a later attempt, once", async () => {
    const world = await hostWithDueFollowUp();
    await generateNotices(db, "2026-03-20");
    await queueDigests(db, "2026-03-20");
    const mailer = smtpMailer(mail.url);

    mail.refuseAll(true);
    const refused = await sendPendingDigests(db, mailer, APP_URL);
    const waiting = await db.digestOutbox.findFirstOrThrow({ where: { userId: world.host.id } });
    expect(refused.failed).toBeGreaterThanOrEqual(1);
    expect(waiting).toMatchObject({ sentAt: null, attempts: 1, claimedUntil: null, lastError: expect.stringContaining("451") });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    mail.refuseAll(false);
    await sendPendingDigests(db, mailer, APP_URL);
    expect(mailsTo(world.host.email)).toEqual([]);

    await db.digestOutbox.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await sendPendingDigests(db, mailer, APP_URL);
    await sendPendingDigests(db, mailer, APP_URL);
    mailer.close();
    expect(mailsTo(world.host.email)).toHaveLength(1);
    expect(await db.digestOutbox.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ attempts: 2, sentAt: expect.any(Date) });
  });

  it("two workers on two job queues send every digest exactly once", async () => {
    const hosts = [];
    for (let i = 0; i < 6; i++) hosts.push((await hostWithDueFollowUp()).host);
    await generateNotices(db, "2026-03-20");
    await queueDigests(db, "2026-03-20");
    const theirs = { userId: { in: hosts.map((h) => h.id) } };
    const pending = await db.digestOutbox.count({ where: { ...theirs, sentAt: null } });

    const workers = [0, 1].map(() => {
      const prisma = createPrismaClient(process.env.DATABASE_URL!);
      const boss = jobQueue(process.env.DATABASE_URL!, { schedule: false, max: 2 });
      const mailer = smtpMailer(mail.url);
      const work: NoticeWork = { prisma, mailer, appUrl: APP_URL, today: () => "2026-03-20", log: () => undefined };
      return { prisma, boss, mailer, work };
    });
    try {
      for (const worker of workers) {
        await worker.boss.start();
        await workNoticeQueues(worker.boss, worker.work);
      }
      // Each instance asks for a send, twice, at once: the queue's policy and the outbox's claims keep it to one mail each.
      await Promise.all(workers.flatMap((w) => [w.boss.send(NOTICE_QUEUES.send.name, {}), w.boss.send(NOTICE_QUEUES.send.name, {})]));
      await expect.poll(() => db.digestOutbox.count({ where: { ...theirs, sentAt: null } }), { timeout: 20_000, interval: 250 }).toBe(0);
    } finally {
      for (const worker of workers) {
        await worker.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
        worker.mailer.close();
        await worker.prisma.$disconnect();
      }
    }

    expect(pending).toBe(hosts.length);
    for (const host of hosts) expect(mailsTo(host.email)).toHaveLength(1);
    const recipients = mail.received.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length);
  });
});
