import "server-only";
import { programmeLabel } from "@/lib/format/labels";
import { shareOf } from "@/lib/rules/suppression";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { today } from "../clock";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { dashboardCoverage } from "./access";
import { cellAt, counter, figureTable, orderedByShownTotal, type FigureTable } from "./figure-table";
import { GENDER_COLUMNS, KIND_HEADERS, MODE_ROWS, STAGE_ROWS } from "./labels";
import { activeByMode, activeByProgrammeAndKind, endingSoon, overdueByProvider, participantsByStage } from "./queries";

export const ENDING_SOON_DAYS = 30;

export type DashboardNow = {
  stages: FigureTable;
  programmeKind: FigureTable;
  modes: FigureTable;
  /** Remote or mixed placements as a share of all active ones (0–1); null when hidden. */
  remoteShare: number | null;
  endingSoon: FigureTable;
  overdue: FigureTable;
};

/** The dashboard's "now" figures for this coordinator's coverage and filters, suppressed; null when they have no scope. */
export async function dashboardNow(user: SessionUser, filter: DashboardFilter): Promise<DashboardNow | null> {
  const coverage = await dashboardCoverage(user);
  if (!coverage) return null;
  const day = today();
  const reader = db();
  const [stages, programmeKind, modes, ending, overdue] = await Promise.all([
    participantsByStage(reader, coverage, filter),
    activeByProgrammeAndKind(reader, coverage, filter),
    activeByMode(reader, coverage, filter),
    endingSoon(reader, coverage, filter, day, ENDING_SOON_DAYS),
    overdueByProvider(reader, coverage, filter, day),
  ]);
  // Everyone the view is about: each participant on an active (matching) placement is in one stage row.
  const group = stages.reduce((sum, r) => sum + r.count, 0);
  const programmes = [...new Set(programmeKind.map((r) => r.programme))].sort((a, b) => a.localeCompare(b, "sv"));
  const modeTable = figureTable(
    { id: "satt", title: "Pågående placeringar per sätt", rowHeader: "Sätt", rows: MODE_ROWS, columns: [{ key: "n", label: "Placeringar" }] },
    counter(modes, (r) => r.mode, () => "n", (r) => r.count),
    group,
  );
  return {
    stages: figureTable(
      { id: "steg", title: "Deltagare i pågående placering per steg och kön", rowHeader: "Steg", rows: STAGE_ROWS, columns: GENDER_COLUMNS },
      counter(stages, (r) => r.stage, (r) => r.gender, (r) => r.count),
      group,
    ),
    programmeKind: figureTable(
      {
        id: "program",
        title: "Pågående placeringar per program och insats",
        rowHeader: "Program",
        rows: programmes.map((p) => ({ key: p, label: programmeLabel(p) })),
        columns: KIND_HEADERS,
      },
      counter(programmeKind, (r) => r.programme, (r) => r.kind, (r) => r.count),
      group,
    ),
    modes: modeTable,
    remoteShare: shareOf([cellAt(modeTable, "REMOTE", "n"), cellAt(modeTable, "MIXED", "n")], modeTable.total),
    endingSoon: figureTable(
      { id: "slutar", title: `Placeringar som slutar inom ${ENDING_SOON_DAYS} dagar, per kön`, rowHeader: "Placeringar", rows: [{ key: "n", label: `Slutar inom ${ENDING_SOON_DAYS} dagar` }], columns: GENDER_COLUMNS },
      counter(ending, () => "n", (r) => r.gender, (r) => r.count),
      group,
    ),
    overdue: orderedByShownTotal(figureTable(
      {
        id: "forsenade",
        title: "Placeringar med försenad uppföljning, per anordnare",
        rowHeader: "Anordnare",
        rows: overdue.map((r) => ({ key: r.providerId, label: r.providerName })),
        columns: [{ key: "n", label: "Försenade uppföljningar" }],
      },
      counter(overdue, (r) => r.providerId, () => "n", (r) => r.count),
      group,
    )),
  };
}
