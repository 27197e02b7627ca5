import { Prisma } from "../../generated/prisma/client";
import { RESPONSIBLE_OFFICER } from "./recipients";
import type { NoticeSource } from "./source";

/** A provider's proposal waiting for an answer: to the participant's responsible officer (as the inbox). */
export const proposalWaiting: NoticeSource = {
  kind: "PROPOSAL_WAITING",
  select: () => Prisma.sql`
    SELECT r."userId", p."id" AS "placementId", NULL::date AS "dueOn", pp."id"::text AS "fact"
      FROM "PlacementProposal" pp
      JOIN "Placement" p ON p."id" = pp."placementId"
      JOIN "Participant" pa ON pa."id" = p."participantId" AND pa."anonymisedAt" IS NULL
      CROSS JOIN LATERAL (${RESPONSIBLE_OFFICER}) r
     WHERE pp."status" = 'WAITING'`,
};
