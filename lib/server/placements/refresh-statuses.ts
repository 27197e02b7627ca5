// Not "server-only": scripts/start.ts runs this job beside the app, outside Next.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit";

export type StatusRefresh = { activated: number; ended: number };

/**
 * Moves placements on by the calendar, as lib/rules' placementStatusOn says: a planned placement
 * whose start has come becomes active, and a planned or active one whose end (the actual end, or
 * the planned end) has passed becomes ended. One UPDATE each, so the dashboards' indexed counts by
 * status are right without anyone touching the placements; `version` is left alone, so a form
 * opened before the change still saves. Audited as one system event (no actor) with the counts and ids.
 */
export async function refreshPlacementStatuses(client: PrismaClient, today: string): Promise<StatusRefresh> {
  return client.$transaction(async (tx) => {
    const ended = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Placement" SET "status" = 'ENDED', "updatedAt" = now()
      WHERE "status" IN ('PLANNED', 'ACTIVE') AND COALESCE("actualEndDate", "plannedEndDate") < ${today}::date
      RETURNING "id"`;
    const activated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Placement" SET "status" = 'ACTIVE', "updatedAt" = now()
      WHERE "status" = 'PLANNED' AND "startDate" <= ${today}::date
      RETURNING "id"`;
    if (ended.length + activated.length > 0) {
      await recordAudit(tx, null, {
        action: "UPDATE",
        entity: "Placement",
        changes: {
          job: "status-from-calendar",
          today,
          activated: activated.length,
          ended: ended.length,
          activatedIds: activated.map((p) => p.id),
          endedIds: ended.map((p) => p.id),
        },
      });
    }
    return { activated: activated.length, ended: ended.length };
  });
}
