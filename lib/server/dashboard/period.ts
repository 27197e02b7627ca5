import "server-only";
import { SUPPRESSION_THRESHOLD, shareOf, statisticFor, suppressCount, withheldFor, type Shown, type Withheld } from "@/lib/rules/suppression";
import type { Stage } from "@/lib/rules";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { dashboardCoverage } from "./access";
import type { GenderGroup } from "./coverage";
import { cellAt, columnTotalAt, counter, figureTable, rowTotalAt, type FigureTable } from "./figure-table";
import { FLOW_ROWS, GENDER_COLUMNS, OUTCOME_ROWS, STAGE_ROWS, monthRows } from "./labels";
import { outcomesAtExit, periodParticipants, placementsByMonth, stageFlows, timeInStage } from "./queries";

/** Seed 004's goal: half of those who leave go to work or studies. */
export const WORK_OR_STUDIES_GOAL = 0.5;

/** Median days in a stage for one gender group (or all): how many stays it is taken over, and the median when there are enough. */
export type StageTimeCell = { stays: Shown; medianDays: number | null };
export type StageTimeRow = { stage: Stage; label: string; byGender: Record<GenderGroup | "ALL", StageTimeCell> };
/** The stage times table; withheld (no rows) like a figure table when its group or all its stays are 1 to 4. */
export type StageTimes = { rows: StageTimeRow[]; withheld: Withheld | null };

export type DashboardPeriod = {
  from: string;
  to: string;
  flows: FigureTable;
  stageTimes: StageTimes;
  started: FigureTable;
  ended: FigureTable;
  outcomes: FigureTable;
  /** Work or studies as a share of all outcomes, per gender group and for all; null when hidden. */
  workOrStudies: Record<GenderGroup | "ALL", number | null>;
};

/** The dashboard's figures over the filter's period, suppressed; null when the coordinator has no scope. */
export async function dashboardPeriod(user: SessionUser, filter: DashboardFilter): Promise<DashboardPeriod | null> {
  const coverage = await dashboardCoverage(user);
  if (!coverage) return null;
  const reader = db();
  const [group, flows, times, started, ended, outcomes] = await Promise.all([
    periodParticipants(reader, coverage, filter, SUPPRESSION_THRESHOLD),
    stageFlows(reader, coverage, filter),
    timeInStage(reader, coverage, filter),
    placementsByMonth(reader, coverage, filter, "started"),
    placementsByMonth(reader, coverage, filter, "ended"),
    outcomesAtExit(reader, coverage, filter),
  ]);
  const months = monthRows(filter.from, filter.to);
  const outcomeTable = figureTable(
    { id: "utfall", title: "Utfall vid avslut per kön", rowHeader: "Utfall", rows: OUTCOME_ROWS, columns: GENDER_COLUMNS },
    counter(outcomes, (r) => r.kind, (r) => r.gender, (r) => r.count),
    group,
  );
  const share = (gender: GenderGroup | null): number | null => {
    const pick = (kind: string): Shown => (gender === null ? rowTotalAt(outcomeTable, kind) : cellAt(outcomeTable, kind, gender));
    return shareOf([pick("WORK"), pick("STUDIES")], gender === null ? outcomeTable.total : columnTotalAt(outcomeTable, gender));
  };
  const timeCell = (stage: string, gender: GenderGroup | null): StageTimeCell => {
    const found = times.find((t) => t.stage === stage && t.gender === gender);
    const stays = found?.spells ?? 0;
    return { stays: suppressCount(stays), medianDays: statisticFor(stays, found ? found.medianDays : null) };
  };
  const allStays = times.reduce((sum, t) => sum + (t.gender === null ? t.spells : 0), 0);
  const stageTimesWithheld = withheldFor(group, allStays);
  return {
    from: filter.from,
    to: filter.to,
    flows: figureTable(
      { id: "floden", title: "Deltagare som bytt steg under perioden, per kön", rowHeader: "Från → till", rows: FLOW_ROWS, columns: GENDER_COLUMNS },
      counter(flows, (r) => `${r.from}>${r.to}`, (r) => r.gender, (r) => r.count),
      group,
    ),
    stageTimes: {
      withheld: stageTimesWithheld,
      rows: stageTimesWithheld
        ? []
        : STAGE_ROWS.map((s) => ({
            stage: s.key as Stage,
            label: s.label,
            byGender: {
              F: timeCell(s.key, "F"),
              M: timeCell(s.key, "M"),
              O: timeCell(s.key, "O"),
              ALL: timeCell(s.key, null),
            },
          })),
    },
    started: figureTable(
      { id: "startade", title: "Placeringar som startat per månad och kön", rowHeader: "Månad", rows: months, columns: GENDER_COLUMNS },
      counter(started, (r) => r.month, (r) => r.gender, (r) => r.count),
      group,
    ),
    ended: figureTable(
      { id: "avslutade", title: "Placeringar som avslutats per månad och kön", rowHeader: "Månad", rows: months, columns: GENDER_COLUMNS },
      counter(ended, (r) => r.month, (r) => r.gender, (r) => r.count),
      group,
    ),
    outcomes: outcomeTable,
    workOrStudies: { F: share("F"), M: share("M"), O: share("O"), ALL: share(null) },
  };
}
