// Not "server-only": the notice job runs from scripts/start.ts and scripts/notices.ts, outside Next.
import { recordAudit } from "../audit";
import type { PrismaClient } from "../generated/prisma/client";
import type { NoticeKind } from "../generated/prisma/enums";
import { NOTICE_SOURCES } from "./sources";
import { insertNotices } from "./sources/source";

export type NoticeGeneration = Partial<Record<NoticeKind, number>>;

/**
 * Makes the notices due on `today` for every user: one INSERT … SELECT per source, in one transaction,
 * each skipping what an earlier run already announced (the dedupe key), so running it twice a day, or on
 * two instances, adds nothing. Audited as one system event with the counts.
 */
export async function generateNotices(client: PrismaClient, today: string): Promise<NoticeGeneration> {
  return client.$transaction(
    async (tx) => {
      const made: NoticeGeneration = {};
      for (const source of NOTICE_SOURCES) {
        made[source.kind] = await tx.$executeRaw(insertNotices(source, today));
      }
      const total = Object.values(made).reduce((sum, n) => sum + (n ?? 0), 0);
      if (total > 0) await recordAudit(tx, null, { action: "CREATE", entity: "Notice", changes: { job: "daily-notices", today, made } });
      return made;
    },
    { timeout: 10 * 60 * 1000 },
  );
}
