import "server-only";
import { recordAudit } from "./audit";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
import type { SessionUser } from "./session-user";

/*
 * A registration that finds the personnummer at another unit tells the officer that this person is in a
 * labour-market measure somewhere, which they have no need to know beyond "ask that unit". So each such
 * hit is logged as a read of that participant (it shows in the participant's access-log extract), and an
 * officer who hits too many in a day cannot register anyone until the day has passed: a paused
 * registration answers the same for every number, so it tells nothing more.
 */

/** The view a hit's read event names (`lib/format/access-description.ts` says it in words). */
export const ELSEWHERE_LOOKUP_VIEW = "personal-number-elsewhere";

/** Hits at other units an officer may make in `LOOKUP_WINDOW_HOURS` before registration pauses. */
export const ELSEWHERE_LOOKUP_LIMIT = 5;
export const LOOKUP_WINDOW_HOURS = 24;

export const REGISTRATION_PAUSED =
  `Du kan inte registrera deltagare just nu: flera personnummer du har skrivit in det senaste dygnet finns redan hos andra enheter. ` +
  `Försök igen om ett dygn, eller be en administratör om hjälp om det är bråttom.`;

/**
 * Whether the officer has used up the day's hits at other units. The view is written into the SQL, not
 * bound, so the partial index on these events (migration `elsewhere_lookup_index`) serves every plan.
 */
export async function registrationIsPaused(user: SessionUser, now: Date = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOOKUP_WINDOW_HOURS * 3_600_000);
  const [row] = await db().$queryRaw<{ hits: number }[]>`
    SELECT count(*)::int AS hits FROM "AuditEvent"
    WHERE "actorId" = ${user.id}::uuid AND at >= ${since} AND action = 'READ' AND entity = 'Participant'
      AND changes->>'view' = ${Prisma.raw(`'${ELSEWHERE_LOOKUP_VIEW}'`)}`;
  return (row?.hits ?? 0) >= ELSEWHERE_LOOKUP_LIMIT;
}

/** Logs that the officer's registration found `participantId` at another unit. */
export async function recordElsewhereLookup(user: SessionUser, participantId: string): Promise<void> {
  await recordAudit(db(), user, { action: "READ", entity: "Participant", entityId: participantId, changes: { view: ELSEWHERE_LOOKUP_VIEW, unitId: user.unitId } });
}
