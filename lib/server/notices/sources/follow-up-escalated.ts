import { NOTICE_RULES } from "@/lib/rules/notices";
import { Prisma } from "../../generated/prisma/client";
import { ACTIVE_PLACEMENTS, UNIT_COORDINATORS } from "./recipients";
import type { NoticeSource } from "./source";

/** Escalation: a follow-up overdue by more than NOTICE_RULES.escalationOverdueDays also goes to the unit's coordinators. */
export const followUpEscalated: NoticeSource = {
  kind: "FOLLOW_UP_ESCALATED",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", p."nextFollowUpDueOn" AS "dueOn", p."id" || ':' || p."nextFollowUpDueOn" AS "fact"
      FROM ${ACTIVE_PLACEMENTS} CROSS JOIN LATERAL (${UNIT_COORDINATORS}) r
     WHERE p."status" = 'ACTIVE'
       AND p."nextFollowUpDueOn" < ${today}::date - ${NOTICE_RULES.escalationOverdueDays}::int`,
};
