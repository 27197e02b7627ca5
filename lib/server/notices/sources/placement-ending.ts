import { NOTICE_RULES } from "@/lib/rules/notices";
import { Prisma } from "../../generated/prisma/client";
import { ACTIVE_PLACEMENTS, PLACEMENT_HOLDERS } from "./recipients";
import type { NoticeSource } from "./source";

/** A placement whose planned last day is within NOTICE_RULES.placementEndingDays: to the host and the responsible officer. */
export const placementEnding: NoticeSource = {
  kind: "PLACEMENT_ENDING",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", p."plannedEndDate" AS "dueOn", p."id" || ':' || p."plannedEndDate" AS "fact"
      FROM ${ACTIVE_PLACEMENTS} CROSS JOIN LATERAL (${PLACEMENT_HOLDERS}) r
     WHERE p."status" = 'ACTIVE' AND p."actualEndDate" IS NULL
       AND p."plannedEndDate" BETWEEN ${today}::date AND ${today}::date + ${NOTICE_RULES.placementEndingDays}::int`,
};
