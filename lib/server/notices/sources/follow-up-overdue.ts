import { Prisma } from "../../generated/prisma/client";
import { ACTIVE_PLACEMENTS, PLACEMENT_HOLDERS } from "./recipients";
import type { NoticeSource } from "./source";

/** A follow-up whose due day has passed: to the host and the responsible officer. */
export const followUpOverdue: NoticeSource = {
  kind: "FOLLOW_UP_OVERDUE",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", p."nextFollowUpDueOn" AS "dueOn", p."id" || ':' || p."nextFollowUpDueOn" AS "fact"
      FROM ${ACTIVE_PLACEMENTS} CROSS JOIN LATERAL (${PLACEMENT_HOLDERS}) r
     WHERE p."status" = 'ACTIVE' AND p."nextFollowUpDueOn" < ${today}::date`,
};
