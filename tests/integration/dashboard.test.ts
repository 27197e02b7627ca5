import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/server/authz";
import { coverageFor } from "@/lib/server/coordinator-scope";
import { dashboardNow, dashboardPeriod, susReport } from "@/lib/server/dashboard";
import type { Coverage } from "@/lib/server/dashboard/coverage";
import { dashboardExport } from "@/lib/server/dashboard/export";
import { cellAt, rowTotalAt, type FigureTable } from "@/lib/server/dashboard/figure-table";
import * as q from "@/lib/server/dashboard/queries";
import { createPrismaClient } from "@/lib/server/prisma-client";
import type { SessionUser } from "@/lib/server/session-user";
import { WITHHELD_TEXT, type Shown } from "@/lib/rules/suppression";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";
import { coordinatorWith, dashboardWorld } from "../support/dashboard-factories";
import { createProvider, createUser } from "../support/factories";

const TODAY = "2026-03-01";
process.env.STEGVIS_TODAY = TODAY;
const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** The filter for this address's parameters, on TODAY (default period 2025-03-02 – 2026-03-01). */
const filterOf = (params: Record<string, string> = {}) => parseDashboardParams(params, TODAY).filter;
const unitCoverage = (unitId: string): Coverage => ({ national: false, unitIds: [unitId], municipalityCodes: [] });
/** Raw counts as "key:count" strings, sorted, so a test can write them by hand. */
const tally = <T extends { count: number }>(rows: T[], key: (r: T) => string) => rows.map((r) => `${key(r)}:${r.count}`).sort();

/**
 * One unit's participants, written by hand:
 * - 6 women, JOB, arbetsträning on site, active, komma igång 2026-01-10 → på väg 2026-02-01, ending 2026-03-20,
 *   follow-up due 2026-02-20 (overdue); born 1990 (36 years old).
 * - 5 men, UGA, förstärkt on remote, active, komma igång since 2025-12-01, ending 2026-06-30; born 2000 (26).
 * - 2 men, JOB, arbetsträning mixed, active, komma igång 2025-01-01 → på väg 2025-06-01 → komma igång 2025-09-01
 *   → nästan framme 2026-02-15, ending 2026-03-31.
 * - 3 women, JOB, ended 2026-02-10 (started 2025-09-01) with outcome work; 1 woman ended 2026-02-12 with studies.
 * - 4 men, UGA, ended 2026-01-20 (started 2025-10-01) with outcome interrupted.
 */
async function buildWorld() {
  const w = await dashboardWorld(db);
  await w.people(6, {
    gender: "FEMALE",
    birthYear: 1990,
    stages: [["2026-01-10", "KOMMA_IGANG"], ["2026-02-01", "PA_VAG"]],
    placement: { kind: "ARBETSTRANING", mode: "ON_SITE", start: "2026-01-15", plannedEnd: "2026-03-20", nextFollowUpDueOn: "2026-02-20" },
  });
  await w.people(5, {
    gender: "MALE",
    birthYear: 2000,
    programme: "UGA",
    stages: [["2025-12-01", "KOMMA_IGANG"]],
    placement: { kind: "FORSTARKT_ARBETSTRANING", mode: "REMOTE", start: "2025-12-01", plannedEnd: "2026-06-30", nextFollowUpDueOn: "2026-03-10" },
  });
  await w.people(2, {
    gender: "MALE",
    stages: [["2025-01-01", "KOMMA_IGANG"], ["2025-06-01", "PA_VAG"], ["2025-09-01", "KOMMA_IGANG"], ["2026-02-15", "NASTAN_FRAMME"]],
    placement: { mode: "MIXED", start: "2025-12-15", plannedEnd: "2026-03-31" },
  });
  await w.people(3, { gender: "FEMALE", placement: { status: "ENDED", start: "2025-09-01", plannedEnd: "2026-02-28", actualEnd: "2026-02-10" }, outcome: { kind: "WORK", date: "2026-02-10" } });
  await w.people(1, { gender: "FEMALE", placement: { status: "ENDED", start: "2025-09-01", plannedEnd: "2026-02-28", actualEnd: "2026-02-12" }, outcome: { kind: "STUDIES", date: "2026-02-12" } });
  await w.people(4, {
    gender: "MALE",
    programme: "UGA",
    placement: { status: "ENDED", start: "2025-10-01", plannedEnd: "2026-03-31", actualEnd: "2026-01-20" },
    outcome: { kind: "INTERRUPTED", date: "2026-01-20" },
  });
  return w;
}

let world: Awaited<ReturnType<typeof buildWorld>>;
let coordinator: SessionUser;
beforeAll(async () => {
  world = await buildWorld();
  coordinator = await coordinatorWith(db, { unitIds: [world.unit.id] });
});

describe("the dashboard's figures, counted in the database", () => {
  it("counts participants on an active placement per stage and gender", async () => {
    const rows = await q.participantsByStage(db, unitCoverage(world.unit.id), filterOf());
    expect(tally(rows, (r) => `${r.stage}/${r.gender}`)).toEqual(["KOMMA_IGANG/M:5", "NASTAN_FRAMME/M:2", "PA_VAG/F:6"]);
  });

  it("counts active placements per programme and kind, and by mode", async () => {
    const c = unitCoverage(world.unit.id);
    expect(tally(await q.activeByProgrammeAndKind(db, c, filterOf()), (r) => `${r.programme}/${r.kind}`)).toEqual(["JOB/ARBETSTRANING:8", "UGA/FORSTARKT_ARBETSTRANING:5"]);
    expect(tally(await q.activeByMode(db, c, filterOf()), (r) => r.mode)).toEqual(["MIXED:2", "ON_SITE:6", "REMOTE:5"]);
  });

  it("counts placements ending within 30 days (today and the 30th day included) and follow-ups overdue by provider", async () => {
    const c = unitCoverage(world.unit.id);
    expect(tally(await q.endingSoon(db, c, filterOf(), TODAY, 30), (r) => r.gender)).toEqual(["F:6", "M:2"]);
    const overdue = await q.overdueByProvider(db, c, filterOf(), TODAY);
    expect(overdue.map((r) => [r.providerId, r.count])).toEqual([[world.provider.id, 6]]);
  });

  it("counts moves between stages in the period, backward ones included, each against the previous assessment", async () => {
    const rows = await q.stageFlows(db, unitCoverage(world.unit.id), filterOf());
    // Period 2025-03-02 – 2026-03-01: the men's move of 2025-01-01 is before it; their other three are in it.
    expect(tally(rows, (r) => `${r.from}>${r.to}/${r.gender}`)).toEqual([
      "KOMMA_IGANG>NASTAN_FRAMME/M:2",
      "KOMMA_IGANG>PA_VAG/F:6",
      "KOMMA_IGANG>PA_VAG/M:2",
      "PA_VAG>KOMMA_IGANG/M:2",
    ]);
  });

  it("takes the median days in each stage over the stays that ended in the period", async () => {
    const rows = await q.timeInStage(db, unitCoverage(world.unit.id), filterOf());
    const at = (stage: string, gender: string | null) => rows.find((r) => r.stage === stage && r.gender === gender);
    // Women: komma igång 2026-01-10 → 2026-02-01 = 22 days (6 stays).
    expect(at("KOMMA_IGANG", "F")).toMatchObject({ spells: 6, medianDays: 22 });
    // Men: komma igång 2025-01-01 → 2025-06-01 = 151 days, 2025-09-01 → 2026-02-15 = 167 days (2 + 2 stays).
    expect(at("KOMMA_IGANG", "M")).toMatchObject({ spells: 4, medianDays: 159 });
    expect(at("PA_VAG", "M")).toMatchObject({ spells: 2, medianDays: 92 });
    // Everyone: 22 ×6, 151 ×2, 167 ×2 → the middle two of ten are both 22.
    expect(at("KOMMA_IGANG", null)).toMatchObject({ spells: 10, medianDays: 22 });
  });

  it("counts placements started and ended per month", async () => {
    const c = unitCoverage(world.unit.id);
    expect(tally(await q.placementsByMonth(db, c, filterOf(), "started"), (r) => `${r.month}/${r.gender}`)).toEqual([
      "2025-09/F:4",
      "2025-10/M:4",
      "2025-12/M:7",
      "2026-01/F:6",
    ]);
    expect(tally(await q.placementsByMonth(db, c, filterOf(), "ended"), (r) => `${r.month}/${r.gender}`)).toEqual(["2026-01/M:4", "2026-02/F:4"]);
  });

  it("counts each participant's last outcome in the period", async () => {
    expect(tally(await q.outcomesAtExit(db, unitCoverage(world.unit.id), filterOf()), (r) => `${r.kind}/${r.gender}`)).toEqual(["INTERRUPTED/M:4", "STUDIES/F:1", "WORK/F:3"]);
  });

  it("combines filters: programme and gender, kind and mode, age band, and a period that leaves things out", async () => {
    const c = unitCoverage(world.unit.id);
    const stages = async (params: Record<string, string>) => tally(await q.participantsByStage(db, c, filterOf(params)), (r) => `${r.stage}/${r.gender}`);
    expect(await stages({ program: "UGA", kon: "man" })).toEqual(["KOMMA_IGANG/M:5"]);
    expect(await stages({ program: "JOB", kon: "man" })).toEqual(["NASTAN_FRAMME/M:2"]);
    expect(await stages({ program: "UGA", kon: "kvinna" })).toEqual([]);
    expect(await stages({ insats: "forstarkt", satt: "distans" })).toEqual(["KOMMA_IGANG/M:5"]);
    expect(await stages({ insats: "arbetstraning", satt: "distans" })).toEqual([]);
    expect(await stages({ alder: "25-29" })).toEqual(["KOMMA_IGANG/M:5"]);
    expect(await stages({ alder: "30-39", kon: "kvinna" })).toEqual(["PA_VAG/F:6"]);
    expect(await stages({ anordnare: world.provider.id, kommun: "0980", enhet: world.unit.id })).toEqual(["KOMMA_IGANG/M:5", "NASTAN_FRAMME/M:2", "PA_VAG/F:6"]);
    const outcomes = await q.outcomesAtExit(db, c, filterOf({ fran: "2026-02-01", till: "2026-02-28", kon: "kvinna" }));
    expect(tally(outcomes, (r) => `${r.kind}/${r.gender}`)).toEqual(["STUDIES/F:1", "WORK/F:3"]);
    // A placement filter on a period figure: participants who had a matching placement in the period (the
    // two men's mixed placement began 2025-12-15; all three of their moves in the period count).
    const flows = await q.stageFlows(db, c, filterOf({ satt: "blandat" }));
    expect(tally(flows, (r) => `${r.from}>${r.to}/${r.gender}`)).toEqual(["KOMMA_IGANG>NASTAN_FRAMME/M:2", "KOMMA_IGANG>PA_VAG/M:2", "PA_VAG>KOMMA_IGANG/M:2"]);
  });

  it("builds the SUS report: in and out per measure, time in measure and situation after exit", async () => {
    const c = unitCoverage(world.unit.id);
    const measures = await q.measureInOut(db, c, filterOf());
    const at = (key: string, gender: string | null) => measures.find((r) => `${r.programme}|${r.kind}` === key && r.gender === gender);
    expect(at("JOB|ARBETSTRANING", "F")).toMatchObject({ started: 10, ended: 4 });
    // 2025-09-01 – 2026-02-10 is 163 days with both ends counted; to 2026-02-12, 165.
    expect(at("JOB|ARBETSTRANING", "F")?.medianDays).toBe(163);
    expect(at("UGA|FORSTARKT_ARBETSTRANING", null)).toMatchObject({ started: 5, ended: 0 });
    expect(at("UGA|ARBETSTRANING", "M")).toMatchObject({ started: 4, ended: 4 });
    const situation = await q.situationAfterExit(db, c, filterOf());
    expect(tally(situation, (r) => `${r.programme}/${r.outcome}/${r.gender}`)).toEqual(["JOB/STUDIES/F:1", "JOB/WORK/F:3", "UGA/INTERRUPTED/M:4"]);
  });
});

describe("suppression in the services and exports", () => {
  it("shows every figure from 1 to 4 as hidden and hides another where a total would give one back", async () => {
    const now = await dashboardNow(coordinator, filterOf());
    const text = (s: Shown | undefined) => (!s || s.suppressed ? "<5" : String(s.value));
    const stages = now!.stages;
    // Raw: komma igång 5 men; på väg 6 women; nästan framme 2 men (hidden). The men's total 7 is shown, so
    // 7 − 5 would give the 2 back: the 5 is hidden too, and komma igång's row total (5) with it.
    expect(stages.cells.map((row, r) => [...row.map(text), text(stages.rowTotals[r])])).toEqual([
      ["0", "<5", "0", "<5"],
      ["6", "0", "0", "6"],
      ["0", "<5", "0", "<5"],
    ]);
    expect([...stages.columnTotals.map(text), text(stages.total)]).toEqual(["6", "7", "0", "13"]);
  });

  it("gives no share of hidden figures, and the share against the goal when enough are behind it", async () => {
    const period = await dashboardPeriod(coordinator, filterOf());
    // Outcomes: 3 women to work, 1 to studies, 4 men interrupted: every figure behind a share under 5.
    expect(period!.workOrStudies).toEqual({ F: null, M: null, O: null, ALL: null });
    const w = await dashboardWorld(db);
    await w.people(5, { gender: "FEMALE", outcome: { kind: "WORK", date: "2026-01-10" } });
    await w.people(5, { gender: "FEMALE", outcome: { kind: "STUDIES", date: "2026-01-10" } });
    await w.people(10, { gender: "FEMALE", outcome: { kind: "INTERRUPTED", date: "2026-01-10" } });
    const other = await coordinatorWith(db, { unitIds: [w.unit.id] });
    const shares = (await dashboardPeriod(other, filterOf()))!.workOrStudies;
    expect(shares.F).toBe(0.5);
    expect(shares.ALL).toBe(0.5);
    // No men at all: no share (not 0 %).
    expect(shares.M).toBeNull();
  });

  it("hides a median over fewer than 5 stays", async () => {
    const period = await dashboardPeriod(coordinator, filterOf());
    const kommaIgang = period!.stageTimes.rows.find((r) => r.stage === "KOMMA_IGANG")!;
    expect(kommaIgang.byGender.F).toEqual({ stays: { suppressed: false, value: 6 }, medianDays: 22 });
    expect(kommaIgang.byGender.M).toEqual({ stays: { suppressed: true }, medianDays: null });
  });

  it("exports the same figures with the same suppression, as CSV and XLSX, and logs the export", async () => {
    const filter = filterOf();
    const csv = await dashboardExport(coordinator, "nu", filter, "csv");
    const records: string[][] = parse((csv!.body as string).replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true });
    const title = records.findIndex((r) => r[0] === "Deltagare i pågående placering per steg och kön");
    const stageRows = records.slice(title + 2, title + 6);
    expect(stageRows).toEqual([
      ["Komma igång", "0", "<5", "0", "<5"],
      ["På väg", "6", "0", "0", "6"],
      ["Nästan framme", "0", "<5", "0", "<5"],
      ["Totalt", "6", "7", "0", "13"],
    ]);
    const xlsx = await dashboardExport(coordinator, "nu", filter, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx!.body as unknown as ArrayBuffer);
    // Sheet 1 says what the file is; sheet 2 is the stages.
    const sheet = book.worksheets[1]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Steg");
    const values = (n: number) => (sheet.getRow(n + 0).values as unknown[]).slice(1).map(String);
    expect([values(2), values(3), values(4), values(5)]).toEqual(stageRows);
    const events = await db.auditEvent.findMany({ where: { actorId: coordinator.id, action: "EXPORT" } });
    expect(events.map((e) => e.entityId)).toEqual(["nu", "nu"]);
  });

  it("exports the period and the SUS report with the page's numbers", async () => {
    const period = await dashboardPeriod(coordinator, filterOf());
    const csv = (await dashboardExport(coordinator, "period", filterOf(), "csv"))!.body as string;
    const records: string[][] = parse(csv.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true });
    const flowsAt = records.findIndex((r) => r[0] === period!.flows.title);
    // 6 women and 2 men: the 2 alone hidden would be 8 − 6; with the 6 hidden too, the two hidden sum to 8,
    // which would say both are 4 ("<5" twice summing to 8): so the row's total is hidden as well.
    expect(records[flowsAt + 2]).toEqual(["Komma igång → På väg", "<5", "<5", "0", "<5"]);
    const sus = (await dashboardExport(coordinator, "sus", filterOf(), "csv"))!.body as string;
    expect(sus).toContain("Inskrivna");
    const report = await susReport(coordinator, filterOf());
    // Started: JOB arbetsträning 10 women and 2 men (12), UGA arbetsträning 4 men, UGA förstärkt 5 men (21 in all).
    // The 2 and the 4 hide their neighbours in turn; what stays shown is 12, 21 and the zeros.
    expect(cellAt(report!.started, "JOB|ARBETSTRANING", "F")).toEqual({ suppressed: true });
    expect(rowTotalAt(report!.started, "JOB|ARBETSTRANING")).toEqual({ suppressed: false, value: 12 });
    expect(cellAt(report!.started, "UGA|FORSTARKT_ARBETSTRANING", "M")).toEqual({ suppressed: true });
    expect(report!.started.total).toEqual({ suppressed: false, value: 21 });
    const susRows: string[][] = parse(sus.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true });
    expect(susRows).toContainEqual(["Jobb- och utvecklingsgarantin, Arbetsträning", "<5", "<5", "0", "12"]);
  });
});

describe("small groups: a whole table withheld, zeros and row labels too", () => {
  /** A provider of its own at the world's unit, with `count` women at "nästan framme" placed there, ending within 30 days, follow-up overdue. */
  async function providerWith(count: number) {
    const provider = await createProvider(db);
    await world.people(count, {
      gender: "FEMALE",
      stages: [["2025-11-01", "KOMMA_IGANG"], ["2026-02-20", "NASTAN_FRAMME"]],
      placement: { providerId: provider.id, start: "2026-01-05", plannedEnd: "2026-03-15", nextFollowUpDueOn: "2026-02-25" },
    });
    return provider;
  }
  const tablesOf = async (params: Record<string, string>) => {
    const [now, period, sus] = await Promise.all([dashboardNow(coordinator, filterOf(params)), dashboardPeriod(coordinator, filterOf(params)), susReport(coordinator, filterOf(params))]);
    const tables: FigureTable[] = [now!.stages, now!.programmeKind, now!.modes, now!.endingSoon, now!.overdue, period!.flows, period!.started, period!.ended, period!.outcomes, sus!.started, sus!.ended, sus!.situation];
    return { now: now!, period: period!, sus: sus!, tables };
  };
  /** Every cell of every table after the export's first (which says what the file is). */
  const csvFigures = (body: string) => {
    const records: string[][] = parse(body.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true });
    return records.slice(records.findIndex((r) => r[0] === "Små grupper") + 1).flat();
  };

  it("withholds every table of every view when a provider filter narrows to one participant, and says why", async () => {
    const lonely = await providerWith(1);
    const { now, period, sus, tables } = await tablesOf({ anordnare: lonely.id });
    for (const table of tables) expect({ id: table.id, withheld: table.withheld, rows: table.rows, cells: table.cells }).toEqual({ id: table.id, withheld: "SMALL_GROUP", rows: [], cells: [] });
    expect(now.remoteShare).toBeNull();
    expect(period.stageTimes).toEqual({ withheld: "SMALL_GROUP", rows: [] });
    expect(period.workOrStudies).toEqual({ F: null, M: null, O: null, ALL: null });
    expect(sus.timeInMeasure).toEqual({ withheld: "SMALL_GROUP", rows: [] });
  });

  it("shows the tables as before once the filtered group reaches 5, zeros included", async () => {
    const five = await providerWith(5);
    const { now } = await tablesOf({ anordnare: five.id });
    expect(now.stages.withheld).toBeNull();
    expect(cellAt(now.stages, "NASTAN_FRAMME", "F")).toEqual({ suppressed: false, value: 5 });
    expect(cellAt(now.stages, "PA_VAG", "F")).toEqual({ suppressed: false, value: 0 });
    expect(now.overdue.rows.map((r) => r.key)).toEqual([five.id]);
    expect(now.endingSoon.total).toEqual({ suppressed: false, value: 5 });
  });

  it("withholds a table that counts 1 to 4 on its own even when the group is large: the 4 who left in February", async () => {
    const period = await dashboardPeriod(coordinator, filterOf({ fran: "2026-02-01", till: "2026-02-28" }));
    expect(period!.outcomes).toMatchObject({ withheld: "SMALL_TABLE", rows: [], cells: [] });
    expect(period!.workOrStudies.ALL).toBeNull();
    // The same period's flows are about 8 women and men: shown.
    expect(period!.flows.withheld).toBeNull();
  });

  it("exports the withheld tables with the reason and not one figure, as CSV and XLSX", async () => {
    const lonely = await providerWith(1);
    for (const view of ["nu", "period", "sus"] as const) {
      const csv = (await dashboardExport(coordinator, view, filterOf({ anordnare: lonely.id }), "csv"))!.body as string;
      const figures = csvFigures(csv);
      expect(figures.filter((cell) => /^(<5|\d+)$/.test(cell))).toEqual([]);
      expect(figures).toContain(WITHHELD_TEXT.SMALL_GROUP);
    }
    const xlsx = await dashboardExport(coordinator, "nu", filterOf({ anordnare: lonely.id }), "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx!.body as unknown as ArrayBuffer);
    const cells = book.worksheets.slice(1).flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.slice(1).map(String) : [])));
    expect(cells.filter((cell) => /^(<5|\d+)$/.test(cell))).toEqual([]);
    expect(cells.filter((cell) => cell === WITHHELD_TEXT.SMALL_GROUP)).toHaveLength(5);
  });
});

describe("the coordinator's scope grant", () => {
  it("covers granted units, the municipalities where participants live, the whole country, or nothing", async () => {
    const gotland = await dashboardWorld(db, { municipalityCode: "0980" });
    const stockholm = await dashboardWorld(db, { municipalityCode: "0180" });
    await gotland.people(2, { placement: {} });
    await stockholm.people(3, { placement: {} });
    // Registered at the Gotland unit, living in Stockholm.
    await gotland.person({ municipalityCode: "0180", placement: {} });
    const count = async (user: SessionUser, params: Record<string, string> = {}) => {
      const coverage = await coverageFor(user, db);
      if (!coverage) return null;
      const rows = await q.participantsByStage(db, coverage, filterOf(params));
      return rows.reduce((sum, r) => sum + r.count, 0);
    };
    const byUnit = await coordinatorWith(db, { unitIds: [gotland.unit.id] });
    const byMunicipality = await coordinatorWith(db, { municipalityCodes: ["0180"] });
    const both = await coordinatorWith(db, { unitIds: [gotland.unit.id, stockholm.unit.id] });
    const national = await coordinatorWith(db, { national: true });
    const none = await coordinatorWith(db);
    expect(await count(byUnit)).toBe(3);
    expect(await count(byMunicipality, { enhet: stockholm.unit.id })).toBe(3);
    expect(await count(byMunicipality, { enhet: gotland.unit.id })).toBe(1);
    expect(await count(both, { kommun: "0180" })).toBe(4);
    expect(await count(national, { enhet: gotland.unit.id })).toBe(3);
    expect(await count(none)).toBeNull();
    expect(await dashboardNow(none, filterOf())).toBeNull();
    expect(await dashboardExport(none, "nu", filterOf(), "csv")).toBeNull();
  });

  it("refuses the dashboard and its exports to every other role", async () => {
    for (const role of ["HANDLAGGARE", "ANORDNARE", "ADMIN"] as const) {
      const user = await createUser(db, { role, unitId: role === "HANDLAGGARE" ? world.unit.id : null, providerId: role === "ANORDNARE" ? world.provider.id : null });
      await expect(dashboardNow(user, filterOf())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(dashboardPeriod(user, filterOf())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(dashboardExport(user, "nu", filterOf(), "csv")).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
