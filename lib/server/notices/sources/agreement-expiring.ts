import { AGREEMENT_EXPIRY_DAYS, AGREEMENT_WARNING_DAYS } from "@/lib/rules/agreement";
import { Prisma } from "../../generated/prisma/client";
import { PLACEMENT_HOLDERS } from "./recipients";
import type { NoticeSource } from "./source";

/**
 * An agreement never approved, whose newest version expires in a week or tomorrow (AGREEMENT_WARNING_DAYS):
 * to the host and the responsible officer, once for each warning (the day it is due names it).
 */
export const agreementExpiring: NoticeSource = {
  kind: "AGREEMENT_EXPIRING",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", (v."sentOn" + ${AGREEMENT_EXPIRY_DAYS}::int) AS "dueOn",
           v."id" || ':' || ${today}::date AS "fact"
      FROM (SELECT DISTINCT ON (x."placementId") x."id", x."placementId", x."sentOn"
              FROM "AgreementVersion" x
             WHERE NOT EXISTS (SELECT 1 FROM "AgreementApproval" a WHERE a."placementId" = x."placementId" AND a."party" = 'OFFICER')
             ORDER BY x."placementId", x."number" DESC) v
      JOIN "Placement" p ON p."id" = v."placementId" AND p."status" <> 'CANCELLED'
      JOIN "Participant" pa ON pa."id" = p."participantId" AND pa."anonymisedAt" IS NULL
      CROSS JOIN LATERAL (${PLACEMENT_HOLDERS}) r
     WHERE (v."sentOn" + ${AGREEMENT_EXPIRY_DAYS}::int) - ${today}::date = ANY(${[...AGREEMENT_WARNING_DAYS]}::int[])`,
};
