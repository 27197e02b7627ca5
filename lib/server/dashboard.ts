import "server-only";
import { addDaysIso } from "@/lib/rules";
import { dayToDate } from "@/lib/format/date";
import { aggregateScope, placementAggregateScope, policies, ForbiddenError } from "./authz";
import { today } from "./clock";
import { db } from "./db";
import type { Stage } from "./generated/prisma/enums";
import type { SessionUser } from "./session-user";

export const ENDING_SOON_DAYS = 30;

export type StageOverview = {
  byStage: Record<Stage, number>;
  byProgramme: { programme: string; stage: Stage; count: number }[];
  activePlacements: number;
  endingSoon: number;
  followUpsOverdue: number;
};

/** Participants on an active placement per stage, and placements needing attention, counted in the database. */
export async function stageOverview(user: SessionUser): Promise<StageOverview> {
  if (!policies.viewDashboard(user)) throw new ForbiddenError("viewDashboard");
  const scope = aggregateScope(user);
  const active = { ...placementAggregateScope(user), status: "ACTIVE" as const };
  const day = today();
  const [groups, activePlacements, endingSoon, followUpsOverdue] = await Promise.all([
    db().participant.groupBy({ by: ["programme", "currentStage"], where: { ...scope, placements: { some: { status: "ACTIVE" } } }, _count: { _all: true } }),
    db().placement.count({ where: active }),
    db().placement.count({ where: { ...active, plannedEndDate: { gte: dayToDate(day), lte: dayToDate(addDaysIso(day, ENDING_SOON_DAYS)) } } }),
    db().placement.count({ where: { ...active, nextFollowUpDueOn: { lt: dayToDate(day) } } }),
  ]);
  const byStage: Record<Stage, number> = { KOMMA_IGANG: 0, PA_VAG: 0, NASTAN_FRAMME: 0 };
  for (const g of groups) byStage[g.currentStage] += g._count._all;
  const byProgramme = groups
    .map((g) => ({ programme: g.programme, stage: g.currentStage, count: g._count._all }))
    .sort((a, b) => a.programme.localeCompare(b.programme, "sv"));
  return { byStage, byProgramme, activePlacements, endingSoon, followUpsOverdue };
}
