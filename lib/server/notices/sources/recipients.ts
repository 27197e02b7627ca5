// Not "server-only": the notice job runs from scripts/start.ts and scripts/notices.ts, outside Next.
import { Prisma } from "../../generated/prisma/client";

const { sql } = Prisma;

/** The host users who may open placement `p` (the host part of PLACEMENT_HOLDERS). */
export const HOST_USERS = sql`
  SELECT u."id" AS "userId" FROM "User" u
   WHERE u."role" = 'ANORDNARE' AND u."active" AND u."providerId" = p."providerId"
     AND (EXISTS (SELECT 1 FROM "Supervisor" s WHERE s."id" = p."supervisorId" AND s."userId" = u."id" AND s."active")
          OR NOT EXISTS (SELECT 1 FROM "Supervisor" s WHERE s."providerId" = p."providerId" AND s."userId" = u."id"))`;

/** The responsible case officer of participant `pa`, while the participant is in their unit. */
export const RESPONSIBLE_OFFICER = sql`
  SELECT u."id" AS "userId" FROM "User" u
   WHERE u."id" = pa."responsibleOfficerId" AND u."role" = 'HANDLAGGARE' AND u."active" AND u."unitId" = pa."unitId"`;

/**
 * The users who hold placement `p` (joined with its participant `pa`) in their scope, as rows of
 * "userId": the host users `hostPlacementScope` lets open it (the supervisor with a login of their own,
 * or the provider's users who supervise nothing there) and the responsible case officer while the
 * participant is in their unit. Only active users: a deactivated one is told nothing.
 */
export const PLACEMENT_HOLDERS = sql`${HOST_USERS} UNION ALL ${RESPONSIBLE_OFFICER}`;

/** The coordinators granted participant `pa`'s unit (a unit grant: "the unit's coordinator"). */
export const UNIT_COORDINATORS = sql`
  SELECT u."id" AS "userId" FROM "CoordinatorScope" cs JOIN "User" u ON u."id" = cs."userId"
   WHERE cs."unitId" = pa."unitId" AND u."role" = 'KOORDINATOR' AND u."active"`;

/** Active placements (`p`) of participants not anonymised (`pa`): what every source starts from. */
export const ACTIVE_PLACEMENTS = sql`
  "Placement" p JOIN "Participant" pa ON pa."id" = p."participantId" AND pa."anonymisedAt" IS NULL`;
