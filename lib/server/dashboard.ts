import "server-only";
import { addDays, parseISO, format } from "date-fns";
import { aggregateScope, policies, ForbiddenError } from "./authz";
import { today } from "./clock";
import { db } from "./db";
import type { Stage } from "./generated/prisma/enums";
import type { SessionUser } from "./session-user";
import { dayToDate } from "@/lib/format/date";

export const ENDING_SOON_DAYS = 30;

export type StageOverview = {
  byStage: Record<Stage, number>;
  byProgramme: { programme: string; stage: Stage; count: number }[];
  activePlacements: number;
  endingSoon: number;
};

/** Participants on an active placement per stage, counted in the database. */
export async function stageOverview(user: SessionUser): Promise<StageOverview> {
  if (!policies.viewDashboard(user)) throw new ForbiddenError("viewDashboard");
  const scope = aggregateScope(user);
  const onPlacement = { ...scope, placements: { some: { status: "ACTIVE" as const } } };
  const day = today();
  const horizon = format(addDays(parseISO(day), ENDING_SOON_DAYS), "yyyy-MM-dd");
  const [groups, activePlacements, endingSoon] = await Promise.all([
    db().participant.groupBy({ by: ["programme", "currentStage"], where: onPlacement, _count: { _all: true } }),
    db().placement.count({ where: { status: "ACTIVE", participant: scope } }),
    db().placement.count({ where: { status: "ACTIVE", participant: scope, plannedEndDate: { gte: dayToDate(day), lte: dayToDate(horizon) } } }),
  ]);
  const byStage: Record<Stage, number> = { KOMMA_IGANG: 0, PA_VAG: 0, NASTAN_FRAMME: 0 };
  for (const g of groups) byStage[g.currentStage] += g._count._all;
  const byProgramme = groups
    .map((g) => ({ programme: g.programme, stage: g.currentStage, count: g._count._all }))
    .sort((a, b) => a.programme.localeCompare(b.programme, "sv"));
  return { byStage, byProgramme, activePlacements, endingSoon };
}
