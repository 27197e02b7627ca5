import "server-only";
import { OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { programmeLabel } from "@/lib/format/labels";
import { KIND_LABELS } from "@/lib/rules";
import { SUPPRESSION_THRESHOLD, isTooSmall, statisticFor, type Withheld } from "@/lib/rules/suppression";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { dashboardCoverage } from "./access";
import { GENDER_GROUPS, GENDER_GROUP_LABELS, type GenderGroup } from "./coverage";
import { counter, figureTable, type FigureTable, type Header } from "./figure-table";
import { GENDER_COLUMNS } from "./labels";
import { measureInOut, periodParticipants, situationAfterExit } from "./queries";

const NO_OUTCOME = "NONE";

/** Median days in the measure for one gender group (or all), shown only over at least five ended placements. */
export type MeasureTime = { measure: string; label: string; medianDays: Record<GenderGroup | "ALL", number | null> };

/**
 * The participant report in the shape of Finsam's follow-up system (SUS), aggregated and suppressed:
 * per measure (programme and kind) and gender, placements started (in) and ended (out) in the period,
 * time in the measure for those who left, and their situation after exit (the outcome recorded).
 */
export type SusReport = { started: FigureTable; ended: FigureTable; timeInMeasure: { rows: MeasureTime[]; withheld: Withheld | null }; situation: FigureTable };

const measureKey = (r: { programme: string; kind: string }) => `${r.programme}|${r.kind}`;
const measureLabel = (key: string) => {
  const [programme = "", kind = ""] = key.split("|");
  return `${programmeLabel(programme)}, ${KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind}`;
};

export async function susReport(user: SessionUser, filter: DashboardFilter): Promise<SusReport | null> {
  const coverage = await dashboardCoverage(user);
  if (!coverage) return null;
  const [group, measures, situation] = await Promise.all([
    periodParticipants(db(), coverage, filter, SUPPRESSION_THRESHOLD),
    measureInOut(db(), coverage, filter),
    situationAfterExit(db(), coverage, filter),
  ]);
  const byGender = measures.filter((r) => r.gender !== null);
  const keys = [...new Set(measures.map(measureKey))].sort((a, b) => a.localeCompare(b, "sv"));
  const rows: Header[] = keys.map((key) => ({ key, label: measureLabel(key) }));
  const situationColumns: Header[] = [...OUTCOME_KIND.codes.map((k) => ({ key: k, label: OUTCOME_KIND.labels[k] })), { key: NO_OUTCOME, label: "Inget utfall registrerat" }];
  const situationRows: Header[] = rows.flatMap((m) => GENDER_GROUPS.map((g) => ({ key: `${m.key}|${g}`, label: `${m.label}: ${GENDER_GROUP_LABELS[g]}` })));
  const median = (key: string, gender: GenderGroup | null) => {
    const row = measures.find((r) => measureKey(r) === key && r.gender === gender);
    return statisticFor(row?.ended ?? 0, row?.medianDays ?? null);
  };
  return {
    started: figureTable(
      { id: "sus-in", title: "Inskrivna: placeringar som startat under perioden, per insats och kön", rowHeader: "Insats", rows, columns: GENDER_COLUMNS },
      counter(byGender, measureKey, (r) => r.gender ?? "", (r) => r.started),
      group,
    ),
    ended: figureTable(
      { id: "sus-ut", title: "Utskrivna: placeringar som avslutats under perioden, per insats och kön", rowHeader: "Insats", rows, columns: GENDER_COLUMNS },
      counter(byGender, measureKey, (r) => r.gender ?? "", (r) => r.ended),
      group,
    ),
    // Each median is over at least 5 already; only a small group withholds the table (its measures' names).
    timeInMeasure: isTooSmall(group)
      ? { rows: [], withheld: "SMALL_GROUP" }
      : {
          withheld: null,
          rows: keys.map((key) => ({
            measure: key,
            label: measureLabel(key),
            medianDays: { F: median(key, "F"), M: median(key, "M"), O: median(key, "O"), ALL: median(key, null) },
          })),
        },
    situation: figureTable(
      { id: "sus-efter", title: "Situation efter avslut, per insats och kön", rowHeader: "Insats och kön", rows: situationRows, columns: situationColumns },
      counter(situation, (r) => `${measureKey(r)}|${r.gender}`, (r) => r.outcome ?? NO_OUTCOME, (r) => r.count),
      group,
    ),
  };
}
