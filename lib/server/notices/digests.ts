// Not "server-only": the digest job runs outside Next.
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Queues the day's digests: one outbox row per user who wants them and has unread notices new since
 * their previous digest, with the counts by kind. One statement; the unique (user, day) makes a second
 * run, or a second instance, add nothing. Answers how many rows were queued.
 */
export async function queueDigests(client: PrismaClient, today: string): Promise<number> {
  return client.$executeRaw`
    INSERT INTO "DigestOutbox" ("id", "userId", "day", "counts", "newCount")
    SELECT gen_random_uuid(), c."userId", ${today}::date, jsonb_object_agg(c."kind", c."unread"), sum(c."fresh")::int
      FROM (
        SELECT n."userId", n."kind"::text AS "kind", count(*)::int AS "unread",
               count(*) FILTER (WHERE n."createdAt" > COALESCE(last."at", '-infinity'))::int AS "fresh"
          FROM "Notice" n
          JOIN "User" u ON u."id" = n."userId" AND u."active" AND u."noticeDigest"
          LEFT JOIN LATERAL (SELECT max(d."createdAt") AS "at" FROM "DigestOutbox" d WHERE d."userId" = n."userId") last ON true
         WHERE n."readAt" IS NULL
         GROUP BY n."userId", n."kind"
      ) c
     GROUP BY c."userId"
    HAVING sum(c."fresh") > 0
    ON CONFLICT ("userId", "day") DO NOTHING`;
}
