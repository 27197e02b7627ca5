// Not "server-only": the notice job runs outside Next.
import { Prisma } from "../../generated/prisma/client";
import type { NoticeKind } from "../../generated/prisma/enums";

/**
 * One kind of notice. `select(today)` is a SELECT of the notices due on `today` as rows of
 * ("userId", "placementId", "dueOn", "fact"), where `fact` names what the notice is about (the same
 * fact found again the next day must give the same `fact`, so it is not announced twice).
 */
export type NoticeSource = { kind: NoticeKind; select: (today: string) => Prisma.Sql };

/** The whole generation of one source as one set-based statement; answers how many notices are new. */
export function insertNotices(source: NoticeSource, today: string): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Notice" ("id", "userId", "kind", "placementId", "dueOn", "dedupeKey")
    SELECT gen_random_uuid(), n."userId", ${source.kind}::"NoticeKind", n."placementId", n."dueOn", ${source.kind} || ':' || n."fact"
      FROM (${source.select(today)}) n
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
}
