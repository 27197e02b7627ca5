// Not "server-only": the sender job runs outside Next.
import { digestMail } from "@/lib/format/notice-text";
import type { NoticeKind } from "@/lib/domain/notice-kinds";
import type { PrismaClient } from "../generated/prisma/client";
import type { Mailer } from "./mailer";

/** How long a worker holds a row it is sending; a worker that dies lets it go after this. */
const CLAIM_SECONDS = 300;
/** Retries wait 1, 2, 4 … minutes after a failure, at most this long: a row is never given up. */
const MAX_BACKOFF_MINUTES = 6 * 60;

type Claimed = { id: string; email: string; counts: Partial<Record<NoticeKind, number>>; newCount: number; attempts: number };

/**
 * Claims one pending row that is due and not claimed, with FOR UPDATE SKIP LOCKED: a second worker
 * skips it rather than waits, and the claim is committed before the mail is sent, so no transaction
 * stays open across SMTP and no other worker takes the row while it is being sent.
 */
async function claimOne(client: PrismaClient): Promise<Claimed | null> {
  const rows = await client.$queryRaw<Claimed[]>`
    UPDATE "DigestOutbox" d SET "claimedUntil" = now() + make_interval(secs => ${CLAIM_SECONDS}), "attempts" = d."attempts" + 1
      FROM "User" u
     WHERE u."id" = d."userId"
       AND d."id" = (SELECT o."id" FROM "DigestOutbox" o
                      WHERE o."sentAt" IS NULL AND o."nextAttemptAt" <= now() AND (o."claimedUntil" IS NULL OR o."claimedUntil" < now())
                      ORDER BY o."nextAttemptAt", o."id" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING d."id", u."email", d."counts", d."newCount", d."attempts"`;
  return rows[0] ?? null;
}

export type SendReport = { sent: number; failed: number };

/**
 * Sends the pending digests until none is due. A row is marked sent only after the SMTP server took
 * the message, and only by the worker that claimed it; a failure puts it back with a later attempt.
 * A worker that dies between sending and marking lets the claim run out, and the mail goes again
 * (at least once, never lost): the one duplicate a crash can cause.
 */
export async function sendPendingDigests(client: PrismaClient, mailer: Mailer, appUrl: string): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0 };
  for (let row = await claimOne(client); row; row = await claimOne(client)) {
    const mail = digestMail({ counts: row.counts, newCount: row.newCount, link: new URL("/aviseringar", appUrl).toString() });
    try {
      await mailer.send({ to: row.email, ...mail });
    } catch (error) {
      const backoff = Math.min(2 ** (row.attempts - 1), MAX_BACKOFF_MINUTES);
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await client.$executeRaw`
        UPDATE "DigestOutbox" SET "claimedUntil" = NULL, "lastError" = ${message}, "nextAttemptAt" = now() + make_interval(mins => ${backoff})
         WHERE "id" = ${row.id}::uuid AND "sentAt" IS NULL`;
      report.failed += 1;
      continue;
    }
    await client.$executeRaw`UPDATE "DigestOutbox" SET "sentAt" = now(), "claimedUntil" = NULL, "lastError" = NULL WHERE "id" = ${row.id}::uuid`;
    report.sent += 1;
  }
  return report;
}
