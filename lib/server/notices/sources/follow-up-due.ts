import { NOTICE_RULES } from "@/lib/rules/notices";
import { Prisma } from "../../generated/prisma/client";
import { ACTIVE_PLACEMENTS, PLACEMENT_HOLDERS } from "./recipients";
import type { NoticeSource } from "./source";

/** A follow-up due today or within NOTICE_RULES.followUpDueSoonDays: to the host and the responsible officer. */
export const followUpDue: NoticeSource = {
  kind: "FOLLOW_UP_DUE",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", p."nextFollowUpDueOn" AS "dueOn", p."id" || ':' || p."nextFollowUpDueOn" AS "fact"
      FROM ${ACTIVE_PLACEMENTS} CROSS JOIN LATERAL (${PLACEMENT_HOLDERS}) r
     WHERE p."status" = 'ACTIVE'
       AND p."nextFollowUpDueOn" BETWEEN ${today}::date AND ${today}::date + ${NOTICE_RULES.followUpDueSoonDays}::int`,
};
