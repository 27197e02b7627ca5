import { AGREEMENT_EXPIRY_DAYS } from "@/lib/rules/agreement";
import { Prisma } from "../../generated/prisma/client";
import { HOST_USERS, RESPONSIBLE_OFFICER } from "./recipients";
import type { NoticeSource } from "./source";

/**
 * The newest version of a placement's agreement, sent and not yet approved by the officer (which makes it
 * binding), while it can still be approved: the host is told until the host has approved; the responsible
 * officer while the participant's approval (given on their behalf) is missing, and when the officer's turn,
 * the last, has come (lib/rules/agreement.ts, approvalRefusal). A first agreement expires unapproved.
 */
export const agreementWaiting: NoticeSource = {
  kind: "AGREEMENT_WAITING",
  select: (today) => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", NULL::date AS "dueOn", v."id"::text AS "fact"
      FROM (SELECT DISTINCT ON (x."placementId") x."id", x."placementId", x."sentOn"
              FROM "AgreementVersion" x ORDER BY x."placementId", x."number" DESC) v
      JOIN "Placement" p ON p."id" = v."placementId" AND p."status" <> 'CANCELLED'
      JOIN "Participant" pa ON pa."id" = p."participantId" AND pa."anonymisedAt" IS NULL
      CROSS JOIN LATERAL (
        SELECT h."userId" FROM (${HOST_USERS}) h
         WHERE NOT EXISTS (SELECT 1 FROM "AgreementApproval" a WHERE a."versionId" = v."id" AND a."party" = 'HOST')
        UNION ALL
        SELECT o."userId" FROM (${RESPONSIBLE_OFFICER}) o
         WHERE NOT EXISTS (SELECT 1 FROM "AgreementApproval" a WHERE a."versionId" = v."id" AND a."party" = 'PARTICIPANT')
            OR (SELECT count(*) FROM "AgreementApproval" a WHERE a."versionId" = v."id" AND a."party" IN ('HOST', 'PARTICIPANT')) = 2
      ) r
     WHERE v."sentOn" IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM "AgreementApproval" a WHERE a."versionId" = v."id" AND a."party" = 'OFFICER')
       AND (v."sentOn" + ${AGREEMENT_EXPIRY_DAYS}::int > ${today}::date
            OR EXISTS (SELECT 1 FROM "AgreementApproval" a WHERE a."placementId" = p."id" AND a."party" = 'OFFICER'))`,
};
