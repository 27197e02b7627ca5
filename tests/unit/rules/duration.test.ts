import { describe, expect, it } from "vitest";
import { AF_DECISION_2023, AF_GUIDELINES, checkProgramme, maxPeriod, type CustomProgramme, type PlacementKind, type Programme } from "@/lib/rules";
import { quotes, SEED_002 } from "./support";

type Row = [programme: Programme, kind: PlacementKind, months: number, lastDay: string, seed: string];

// Every case starts 2026-01-15, decided under the rules from 2023-10-01.
const LIMITS: Row[] = [
  ["JOB", "ARBETSTRANING", 6, "2026-07-14", "6 månader för deltagare i jobb- och utvecklingsgarantin"],
  ["UGA", "ARBETSTRANING", 3, "2026-04-14", "3 månader för deltagare i jobbgarantin för ungdomar"],
  ["ETP", "ARBETSTRANING", 6, "2026-07-14", "6 månader för deltagare i etableringsprogrammet."],
  ["JOB", "FORSTARKT_ARBETSTRANING", 12, "2027-01-14", "12 månader för deltagare i jobb- och utvecklingsgarantin"],
  ["UGA", "FORSTARKT_ARBETSTRANING", 6, "2026-07-14", "6 månader för deltagare i jobbgarantin för ungdomar"],
  ["ETP", "FORSTARKT_ARBETSTRANING", 12, "2027-01-14", "12 månader för deltagare i etableringsprogrammet"],
];

describe("the longest period", () => {
  it.each(LIMITS)("%s %s lasts at most %i months, to %s — seed 002: ”%s”", (programme, kind, months, lastDay, seed) => {
    expect(quotes(SEED_002, seed)).toBe(true);
    const result = maxPeriod({ programme, kind, startDate: "2026-01-15" });
    expect(result).toMatchObject({ allowed: true, maxMonths: months, lastDay, ruleSetId: "AF-2023-10-01", source: AF_GUIDELINES });
  });

  it("explains the limit in Swedish, naming the rule, its source and the last day", () => {
    const result = maxPeriod({ programme: "UGA", kind: "ARBETSTRANING", startDate: "2026-01-01", jobCompensableDays: 0 });
    expect(result).toEqual({
      allowed: true,
      maxMonths: 3,
      lastDay: "2026-03-31",
      ruleSetId: "AF-2023-10-01",
      source: AF_GUIDELINES,
      explanation: `Arbetsträning i jobbgarantin för ungdomar får vara högst 3 månader (${AF_GUIDELINES}). En period som börjar 2026-01-01 får pågå till och med 2026-03-31.`,
    });
  });
});

// Seed 002: "12 månader för de som deltagit i jobb- och utvecklingsgarantin i 450 dagar
// som det kan lämnas ersättning för"
describe("arbetsträning in JOB after 450 compensable days", () => {
  const seed = "12 månader för de som deltagit i jobb- och utvecklingsgarantin i 450 dagar som det kan lämnas ersättning för";

  it.each([
    [undefined, 6],
    [0, 6],
    [449, 6],
    [450, 12],
    [900, 12],
  ])("with %s compensable days at the start lasts at most %i months", (days, months) => {
    expect(quotes(SEED_002, seed)).toBe(true);
    const result = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-01-15", jobCompensableDays: days });
    expect(result).toMatchObject({ allowed: true, maxMonths: months });
  });

  it("tells the case officer how far the participant is from the longer limit", () => {
    const short = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-01-15", jobCompensableDays: 300 });
    expect(short.explanation).toContain("Gränsen är 12 månader när deltagaren vid periodens start har deltagit i jobb- och utvecklingsgarantin i minst 450 dagar som det kan lämnas ersättning för; deltagaren har 300 sådana dagar.");
    const unknown = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-01-15" });
    expect(unknown.explanation).toContain("antalet sådana dagar är inte angivet.");
  });

  it("names the condition when the longer limit applies", () => {
    const long = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-01-15", jobCompensableDays: 450 });
    expect(long.explanation).toBe(
      `Arbetsträning i jobb- och utvecklingsgarantin får vara högst 12 månader när deltagaren vid periodens start har deltagit i jobb- och utvecklingsgarantin i minst 450 dagar som det kan lämnas ersättning för (${AF_GUIDELINES}). En period som börjar 2026-01-15 får pågå till och med 2027-01-14.`,
    );
  });

  it("does not lengthen förstärkt arbetsträning, nor other programmes", () => {
    expect(maxPeriod({ programme: "JOB", kind: "FORSTARKT_ARBETSTRANING", startDate: "2026-01-15", jobCompensableDays: 450 })).toMatchObject({ maxMonths: 12 });
    expect(maxPeriod({ programme: "UGA", kind: "ARBETSTRANING", startDate: "2026-01-15", jobCompensableDays: 450 })).toMatchObject({ maxMonths: 3 });
  });
});

// Seed 002: "Från och med 1 oktober upphör förmedlarna på Arbetsförmedlingen att anvisa
// till tjänsten förstärkt arbetsträning med fördjupad bedömning."
describe("förstärkt arbetsträning med fördjupad bedömning", () => {
  const seed = "Från och med 1 oktober upphör förmedlarna på Arbetsförmedlingen att anvisa till tjänsten förstärkt arbetsträning med fördjupad bedömning.";

  it.each(["JOB", "UGA", "ETP"])("is refused in %s for a decision dated 2023-10-01 or later", (programme) => {
    expect(quotes(SEED_002, seed)).toBe(true);
    for (const decisionDate of ["2023-10-01", "2026-01-15"]) {
      const result = maxPeriod({ programme, kind: "FORSTARKT_FORDJUPAD", startDate: "2023-11-01", decisionDate });
      expect(result).toEqual({
        allowed: false,
        code: "KIND_NOT_ASSIGNABLE",
        explanation: `Förstärkt arbetsträning med fördjupad bedömning anvisas inte i beslut från och med 2023-10-01 (${AF_DECISION_2023}). Välj arbetsträning eller förstärkt arbetsträning.`,
      });
    }
  });

  it.each([
    ["JOB", 12, "2024-10-31"],
    ["UGA", 6, "2024-04-30"],
    ["ETP", 12, "2024-10-31"],
  ] as const)("is allowed in %s for a decision dated 2023-09-30, with the förstärkt limit of %i months", (programme, months, lastDay) => {
    const result = maxPeriod({ programme, kind: "FORSTARKT_FORDJUPAD", startDate: "2023-11-01", decisionDate: "2023-09-30" });
    expect(result).toMatchObject({ allowed: true, maxMonths: months, lastDay, ruleSetId: "AF-2018-01-01" });
  });

  it("is judged by the decision date, not the start date", () => {
    expect(maxPeriod({ programme: "JOB", kind: "FORSTARKT_FORDJUPAD", startDate: "2023-09-01" })).toMatchObject({ allowed: true });
    expect(maxPeriod({ programme: "JOB", kind: "FORSTARKT_FORDJUPAD", startDate: "2023-10-01" })).toMatchObject({ allowed: false });
  });
});

describe("other programmes from configuration", () => {
  const finsam: CustomProgramme = {
    code: "FINSAM_UNGA_KVINNOR",
    name: "Unga Kvinnor",
    maxMonths: { ARBETSTRANING: 9, FORSTARKT_ARBETSTRANING: 1 },
    source: "Finsam Gotland, projektplan 2025",
  };

  it("exist for registration only while configured; an unknown code is refused with the rules' message", () => {
    expect(checkProgramme("JOB")).toBeNull();
    expect(checkProgramme("FINSAM_UNGA_KVINNOR", [finsam])).toBeNull();
    expect(checkProgramme("FINSAM_UNGA_KVINNOR")).toMatchObject({ code: "UNKNOWN_PROGRAMME", field: "programme", message: expect.stringContaining("finns inte i Stegvis") });
  });

  it("use their configured limit and source", () => {
    const result = maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "ARBETSTRANING", startDate: "2026-01-31", customProgrammes: [finsam] });
    expect(result).toEqual({
      allowed: true,
      maxMonths: 9,
      lastDay: "2026-10-30",
      ruleSetId: "AF-2023-10-01",
      source: "Finsam Gotland, projektplan 2025",
      explanation: "Arbetsträning i Unga Kvinnor får vara högst 9 månader (Finsam Gotland, projektplan 2025). En period som börjar 2026-01-31 får pågå till och med 2026-10-30.",
    });
  });

  it("say ”1 månad” for a limit of one month", () => {
    const result = maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "FORSTARKT_ARBETSTRANING", startDate: "2026-01-31", customProgrammes: [finsam] });
    expect(result).toMatchObject({ maxMonths: 1, lastDay: "2026-02-28" });
    expect(result.explanation).toContain("får vara högst 1 månad (");
  });

  it("refuse a kind they have no limit for", () => {
    const partial: CustomProgramme = { ...finsam, maxMonths: { ARBETSTRANING: 9 } };
    const result = maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "FORSTARKT_ARBETSTRANING", startDate: "2026-01-15", customProgrammes: [partial] });
    expect(result).toEqual({
      allowed: false,
      code: "KIND_NOT_ASSIGNABLE",
      explanation: "Förstärkt arbetsträning finns inte i Unga Kvinnor: det finns ingen längsta tid för den i reglerna.",
    });
  });

  it("cannot override Arbetsförmedlingen's own programmes", () => {
    const clash: CustomProgramme = { code: "UGA", name: "Egen UGA", maxMonths: { ARBETSTRANING: 12 }, source: "x" };
    expect(maxPeriod({ programme: "UGA", kind: "ARBETSTRANING", startDate: "2026-01-15", customProgrammes: [clash] })).toMatchObject({ maxMonths: 3, source: AF_GUIDELINES });
  });

  it("are still bound by a withdrawn kind", () => {
    const withFordjupad: CustomProgramme = { ...finsam, maxMonths: { FORSTARKT_FORDJUPAD: 6 } };
    expect(maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "FORSTARKT_FORDJUPAD", startDate: "2026-01-15", customProgrammes: [withFordjupad] })).toMatchObject({ code: "KIND_NOT_ASSIGNABLE" });
  });

  it.each([0, -3, 2.5, Number.NaN, 121])("refuse a configured limit of %s months as a configuration error", (months) => {
    const broken: CustomProgramme = { ...finsam, maxMonths: { ARBETSTRANING: months } };
    const result = maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "ARBETSTRANING", startDate: "2026-01-15", customProgrammes: [broken] });
    expect(result).toMatchObject({ allowed: false, code: "INVALID_INPUT" });
    expect(result.explanation).toContain("Rätta programmet i inställningarna.");
  });

  it("are unknown when not configured", () => {
    expect(maxPeriod({ programme: "FINSAM_UNGA_KVINNOR", kind: "ARBETSTRANING", startDate: "2026-01-15" })).toEqual({
      allowed: false,
      code: "UNKNOWN_PROGRAMME",
      explanation:
        "Programmet ”FINSAM_UNGA_KVINNOR” finns inte i Stegvis. Välj jobb- och utvecklingsgarantin, jobbgarantin för ungdomar, etableringsprogrammet eller ett program som har lagts upp i inställningarna.",
    });
  });
});

describe("malformed input to maxPeriod", () => {
  it("is refused with INVALID_INPUT instead of throwing", () => {
    expect(maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-02-30" })).toMatchObject({ allowed: false, code: "INVALID_INPUT" });
    expect(maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-02-01", decisionDate: "igår" })).toEqual({
      allowed: false,
      code: "INVALID_INPUT",
      explanation: "Beslutsdatum ”igår” är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.",
    });
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s compensable days", (days) => {
    expect(maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-02-01", jobCompensableDays: days })).toMatchObject({ code: "INVALID_INPUT" });
  });
});
