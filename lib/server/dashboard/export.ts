import "server-only";
import { toCsv } from "@/lib/export/csv";
import type { Column } from "@/lib/export/cells";
import { sheet, toXlsx, type Sheet } from "@/lib/export/xlsx";
import { exportCount, formatDays, formatLongDate, formatShare } from "@/lib/format/figures";
import { SUPPRESSION_THRESHOLD, WITHHELD_TEXT, type Shown, type Withheld } from "@/lib/rules/suppression";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { recordAudit } from "../audit";
import { ForbiddenError, policies } from "../authz";
import { coverageDescription } from "../coordinator-scope";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { dashboardCoverage } from "./access";
import { GENDER_GROUPS, GENDER_GROUP_LABELS } from "./coverage";
import type { FigureTable } from "./figure-table";
import { ENDING_SOON_DAYS, dashboardNow } from "./now";
import { WORK_OR_STUDIES_GOAL, dashboardPeriod, type StageTimes } from "./period";
import { susReport, type SusReport } from "./report";

export const EXPORT_VIEWS = { nu: "Just nu", period: "Perioden", sus: "Deltagarrapport SUS" } as const;
export type ExportView = keyof typeof EXPORT_VIEWS;
export const isExportView = (value: string): value is ExportView => Object.hasOwn(EXPORT_VIEWS, value);
export type ExportFormat = "csv" | "xlsx";

/** One table of a view in the exports: a title, its columns and its rows. */
type Section = { title: string; rows: Record<string, string | number>[]; columns: Column<Record<string, string | number>>[] };

const GROUPS = [...GENDER_GROUPS, "ALL"] as const;
const groupLabel = (g: (typeof GROUPS)[number]) => (g === "ALL" ? "Alla" : GENDER_GROUP_LABELS[g]);
const col = (header: string, key: string): Column<Record<string, string | number>> => ({ header, value: (row) => row[key] });

/** A withheld table: its title and, in place of any figure, the reason in plain Swedish. */
const withheldSection = (title: string, reason: Withheld): Section => ({ title, rows: [{ reason: WITHHELD_TEXT[reason] }], columns: [col("Visas inte", "reason")] });

/** A figure table as the page shows it: the row label, each column, the row total; then the totals row. */
function figureSection(table: FigureTable): Section {
  if (table.withheld) return withheldSection(table.title, table.withheld);
  const many = table.columns.length > 1;
  const columns = [col(table.rowHeader, "label"), ...table.columns.map((c) => col(c.label, c.key)), ...(many ? [col("Totalt", "__total")] : [])];
  const line = (label: string, cells: Shown[], total: Shown) => ({
    label,
    ...Object.fromEntries(table.columns.map((c, i) => [c.key, exportCount(cells[i] ?? { suppressed: true })])),
    ...(many ? { __total: exportCount(total) } : {}),
  });
  const rows = table.rows.map((r, i) => line(r.label, table.cells[i] ?? [], table.rowTotals[i] ?? { suppressed: true }));
  rows.push(many ? line("Totalt", table.columnTotals, table.total) : line("Totalt", [table.total], table.total));
  return { title: table.title, rows, columns };
}

const STAGE_TIMES_TITLE = "Mediantid i varje steg (dagar) och antal avslutade vistelser";
const TIME_IN_MEASURE_TITLE = "Tid i insatsen: mediantid i dagar för avslutade placeringar";

function stageTimesSection(times: StageTimes): Section {
  if (times.withheld) return withheldSection(STAGE_TIMES_TITLE, times.withheld);
  return {
    title: STAGE_TIMES_TITLE,
    rows: times.rows.map((row) => ({
      label: row.label,
      ...Object.fromEntries(GROUPS.flatMap((g) => [[`m${g}`, formatDays(row.byGender[g].medianDays)], [`n${g}`, exportCount(row.byGender[g].stays)]])),
    })),
    columns: [col("Steg", "label"), ...GROUPS.flatMap((g) => [col(`Median dagar, ${groupLabel(g)}`, `m${g}`), col(`Vistelser, ${groupLabel(g)}`, `n${g}`)])],
  };
}

function timeInMeasureSection(times: SusReport["timeInMeasure"]): Section {
  if (times.withheld) return withheldSection(TIME_IN_MEASURE_TITLE, times.withheld);
  return {
    title: TIME_IN_MEASURE_TITLE,
    rows: times.rows.map((m) => ({ label: m.label, ...Object.fromEntries(GROUPS.map((g) => [g, formatDays(m.medianDays[g])])) })),
    columns: [col("Insats", "label"), ...GROUPS.map((g) => col(groupLabel(g), g))],
  };
}

async function sections(user: SessionUser, view: ExportView, filter: DashboardFilter): Promise<Section[] | null> {
  if (view === "nu") {
    const now = await dashboardNow(user, filter);
    if (!now) return null;
    return [
      figureSection(now.stages),
      figureSection(now.programmeKind),
      figureSection(now.modes),
      { title: "Andel på distans eller blandat", rows: [{ label: "Pågående placeringar", share: formatShare(now.remoteShare) }], columns: [col("Placeringar", "label"), col("Andel på distans eller blandat", "share")] },
      { ...figureSection(now.endingSoon), title: `Placeringar som slutar inom ${ENDING_SOON_DAYS} dagar` },
      figureSection(now.overdue),
    ];
  }
  if (view === "period") {
    const period = await dashboardPeriod(user, filter);
    if (!period) return null;
    return [
      figureSection(period.flows),
      stageTimesSection(period.stageTimes),
      figureSection(period.started),
      figureSection(period.ended),
      figureSection(period.outcomes),
      {
        title: "Till arbete eller studier",
        rows: GROUPS.map((g) => ({ label: groupLabel(g), share: formatShare(period.workOrStudies[g]), goal: formatShare(WORK_OR_STUDIES_GOAL) })),
        columns: [col("Kön", "label"), col("Andel till arbete eller studier", "share"), col("Mål", "goal")],
      },
    ];
  }
  const report = await susReport(user, filter);
  if (!report) return null;
  return [
    figureSection(report.started),
    figureSection(report.ended),
    timeInMeasureSection(report.timeInMeasure),
    figureSection(report.situation),
  ];
}

/** The heading lines of every export: what it is, whose coverage, which period and filters. */
function aboutSection(view: ExportView, scope: string, filter: DashboardFilter): Section {
  const filters = Object.entries({ program: filter.programme, insats: filter.kind, sätt: filter.mode, kön: filter.gender, ålder: filter.ageBand, kommun: filter.municipalityCode, enhet: filter.unitId, anordnare: filter.providerId })
    .flatMap(([k, v]) => (v ? [`${k}=${v}`] : []))
    .join(", ");
  return {
    title: `Stegvis: ${EXPORT_VIEWS[view]}`,
    rows: [
      { k: "Omfattning", v: scope },
      { k: "Period", v: `${formatLongDate(filter.from)} – ${formatLongDate(filter.to)}` },
      { k: "Filter", v: filters || "Inga" },
      { k: `Antal under ${SUPPRESSION_THRESHOLD}`, v: `Visas som <${SUPPRESSION_THRESHOLD}; fler celler döljs där summorna annars skulle avslöja dem.` },
      {
        k: "Små grupper",
        v: `En tabell visas inte alls när urvalet gäller färre än ${SUPPRESSION_THRESHOLD} deltagare eller tabellen bygger på färre än ${SUPPRESSION_THRESHOLD}; då skulle även nollorna berätta något om dem.`,
      },
    ],
    columns: [col("Uppgift", "k"), col("Värde", "v")],
  };
}

const csvOf = (list: Section[]): string =>
  list
    .map((s, i) => {
      const title = toCsv([], [{ header: s.title, value: () => "" }]);
      const body = toCsv(s.rows, s.columns);
      return (i === 0 ? title : title.slice(1)) + body.slice(1);
    })
    .join("\r\n");

export type ExportFile = { filename: string; contentType: string; body: string | Buffer };

/**
 * A dashboard view as a CSV or XLSX file with the page's numbers and suppression, recorded as an
 * EXPORT in the audit log. Null when the coordinator has no scope.
 */
export async function dashboardExport(user: SessionUser, view: ExportView, filter: DashboardFilter, format: ExportFormat): Promise<ExportFile | null> {
  if (!policies.exportReport(user)) throw new ForbiddenError("exportReport");
  const coverage = await dashboardCoverage(user);
  if (!coverage) return null;
  const list = await sections(user, view, filter);
  if (!list) return null;
  const all = [aboutSection(view, await coverageDescription(coverage), filter), ...list];
  await recordAudit(db(), user, { action: "EXPORT", entity: "Dashboard", entityId: view, changes: { format, filter: { ...filter } } });
  const base = `stegvis-${view}-${filter.from}-${filter.to}`;
  if (format === "csv") return { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: csvOf(all) };
  const sheets: Sheet[] = all.map((s, i) => sheet(`${i + 1} ${s.title}`.replace(/[*?:\\/[\]]/g, " "), s.rows, s.columns));
  return { filename: `${base}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: await toXlsx(sheets) };
}
