import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AF_DECISION_2023,
  AF_GUIDELINES,
  AIO_REASONS,
  checkPlacement,
  PLACEMENT_KINDS,
  VIOLATION_CODES,
  type CustomProgramme,
  type PlacementInput,
  type Violation,
} from "@/lib/rules";
import { isoDate, quotes, referencePeriodEnd, SEED_002 } from "./support";

/** An allowed first period: six months of arbetsträning in JOB, decided after an assessment. */
const allowed: PlacementInput = {
  programme: "JOB",
  kind: "ARBETSTRANING",
  startDate: "2026-02-01",
  plannedEndDate: "2026-07-31",
  decisionDate: "2026-01-20",
  aioReason: "QUEUE",
  previousPlacements: [],
  assessments: [{ date: "2026-01-15" }],
};

const codes = (violations: Violation[]) => violations.map((v) => v.code);
const check = (changes: Partial<PlacementInput>) => checkPlacement({ ...allowed, ...changes });

describe("checkPlacement on an allowed placement", () => {
  it("finds nothing wrong with a first period decided after an assessment", () => {
    expect(checkPlacement(allowed)).toEqual([]);
  });
});

describe("the longest period", () => {
  // Seed 002: "Arbetsträning får pågå som längst: 6 månader för deltagare i jobb- och utvecklingsgarantin"
  it("accepts a planned end on the last allowed day and refuses the day after", () => {
    expect(quotes(SEED_002, "Arbetsträning får pågå som längst: 6 månader för deltagare i jobb- och utvecklingsgarantin")).toBe(true);
    expect(check({ plannedEndDate: "2026-07-31" })).toEqual([]);
    expect(check({ plannedEndDate: "2026-08-01" })).toEqual([
      {
        code: "EXCEEDS_MAX_DURATION",
        field: "plannedEndDate",
        message:
          `Planerat slutdatum 2026-08-01 ligger efter periodens sista tillåtna dag, 2026-07-31. Arbetsträning i jobb- och utvecklingsgarantin får vara högst 6 månader (${AF_GUIDELINES}). ` +
          "Gränsen är 12 månader när deltagaren vid periodens start har deltagit i jobb- och utvecklingsgarantin i minst 450 dagar som det kan lämnas ersättning för; antalet sådana dagar är inte angivet. " +
          "En period som börjar 2026-02-01 får pågå till och med 2026-07-31.",
      },
    ]);
  });

  // Seed 002: "3 månader för deltagare i jobbgarantin för ungdomar"
  it("refuses a fourth month of arbetsträning in UGA", () => {
    expect(codes(check({ programme: "UGA", plannedEndDate: "2026-04-30" }))).toEqual([]);
    expect(codes(check({ programme: "UGA", plannedEndDate: "2026-05-01" }))).toEqual(["EXCEEDS_MAX_DURATION"]);
  });

  it("allows twelve months in JOB once the participant has 450 compensable days", () => {
    expect(codes(check({ plannedEndDate: "2027-01-31", jobCompensableDays: 450 }))).toEqual([]);
    expect(codes(check({ plannedEndDate: "2027-01-31", jobCompensableDays: 449 }))).toEqual(["EXCEEDS_MAX_DURATION"]);
  });

  it("allows a placement that starts and ends on the same day", () => {
    expect(check({ plannedEndDate: "2026-02-01" })).toEqual([]);
  });
});

describe("dates in order", () => {
  it("refuses a planned end before the start, and judges no duration or overlap then", () => {
    const violations = check({
      plannedEndDate: "2026-01-31",
      previousPlacements: [{ startDate: "2025-01-01", endDate: "2026-12-31", kind: "ARBETSTRANING", programme: "JOB" }],
      assessments: [{ date: "2026-01-15" }],
    });
    expect(violations).toEqual([
      {
        code: "END_BEFORE_START",
        field: "plannedEndDate",
        message: "Planerat slutdatum 2026-01-31 ligger före startdatum 2026-02-01. Slutdatumet ska vara samma dag som startdatumet eller senare.",
      },
    ]);
  });
});

// Seed 002: "Från och med 1 oktober upphör förmedlarna på Arbetsförmedlingen att anvisa
// till tjänsten förstärkt arbetsträning med fördjupad bedömning."
describe("förstärkt arbetsträning med fördjupad bedömning", () => {
  it("refuses a decision dated 2023-10-01 or later, on the kind field", () => {
    const violations = check({ kind: "FORSTARKT_FORDJUPAD", decisionDate: "2023-10-01", startDate: "2023-11-01", plannedEndDate: "2024-10-31", assessments: [{ date: "2023-09-15" }] });
    expect(violations).toEqual([
      {
        code: "KIND_NOT_ASSIGNABLE",
        field: "kind",
        message: `Förstärkt arbetsträning med fördjupad bedömning anvisas inte i beslut från och med 2023-10-01 (${AF_DECISION_2023}). Välj arbetsträning eller förstärkt arbetsträning.`,
      },
    ]);
  });

  it("allows a decision dated 2023-09-30, with twelve months in JOB and no AIO reason", () => {
    expect(check({ kind: "FORSTARKT_FORDJUPAD", decisionDate: "2023-09-30", startDate: "2023-11-01", plannedEndDate: "2024-10-31", aioReason: null, assessments: [{ date: "2023-09-15" }] })).toEqual([]);
  });
});

// Seed 002: "Den begränsning som dock finns är att förmedlaren först ska förvissa sig om att
// det inte finns någon annan tjänst som bättre passar den sökandes behov. Arbetsträning och
// förstärkt arbetsträning kan också komma i fråga om den upphandlade tjänsten
// ”Arbetsintegrerande övningsplatser” inte finns tillgänglig, inte finns inom den sökandes
// kompetensområde eller om det är kö till tjänsten."
describe("procured service first", () => {
  const seed =
    "Arbetsträning och förstärkt arbetsträning kan också komma i fråga om den upphandlade tjänsten ”Arbetsintegrerande övningsplatser” inte finns tillgänglig, inte finns inom den sökandes kompetensområde eller om det är kö till tjänsten.";

  it.each(["JOB", "UGA", "ETP"])("requires a reason why AIO could not be used in %s from 2023-10-01", (programme) => {
    expect(quotes(SEED_002, seed)).toBe(true);
    const violations = check({ programme, aioReason: null, plannedEndDate: "2026-04-30" });
    expect(violations).toEqual([
      {
        code: "MISSING_AIO_REASON",
        field: "aioReason",
        message:
          "Ange varför tjänsten Arbetsintegrerande övningsplatser inte kan användas: den finns inte tillgänglig, den finns inte inom den sökandes kompetensområde eller det är kö till den. " +
          `I beslut från och med 2023-10-01 ska förmedlaren först förvissa sig om att ingen annan tjänst passar den sökande bättre (${AF_DECISION_2023}).`,
      },
    ]);
    expect(codes(check({ programme, aioReason: undefined, plannedEndDate: "2026-04-30" }))).toEqual(["MISSING_AIO_REASON"]);
  });

  it.each(AIO_REASONS)("accepts the reason %s", (aioReason) => {
    expect(check({ aioReason })).toEqual([]);
  });

  it("does not ask for a reason in a decision dated before 2023-10-01", () => {
    expect(check({ aioReason: null, decisionDate: "2023-09-30", startDate: "2023-10-02", plannedEndDate: "2024-04-01", assessments: [{ date: "2023-09-01" }] })).toEqual([]);
  });

  it("does not ask for a reason in a municipality's own programme", () => {
    const own: CustomProgramme = { code: "KOMMUN_JOBB", name: "Kommunens arbetsträning", maxMonths: { ARBETSTRANING: 6 }, source: "Kommunens riktlinjer" };
    expect(check({ programme: "KOMMUN_JOBB", aioReason: null, customProgrammes: [own] })).toEqual([]);
  });
});

// Seed 002: "Det finns möjlighet till flera perioder av arbetsträning om man bedömer det vara
// den mest lämpliga insatsen för deltagaren. Man ska alltid göra en individuell bedömning och
// inför varje period pröva om insatsen är den mest lämpliga."
describe("an individual assessment before every period", () => {
  const earlier = { startDate: "2025-06-01", endDate: "2025-11-30", kind: "ARBETSTRANING", programme: "JOB" } as const;

  it("refuses a first period without any assessment", () => {
    expect(quotes(SEED_002, "Man ska alltid göra en individuell bedömning och inför varje period pröva om insatsen är den mest lämpliga.")).toBe(true);
    expect(check({ assessments: [] })).toEqual([
      {
        code: "MISSING_ASSESSMENT",
        field: "assessment",
        message: `Det saknas en individuell bedömning gjord senast beslutsdagen 2026-01-20. Inför varje period ska handläggaren göra en individuell bedömning och pröva om insatsen är den mest lämpliga (${AF_GUIDELINES}).`,
      },
    ]);
  });

  it("accepts an assessment made on the decision day, and refuses one made after it", () => {
    expect(check({ assessments: [{ date: "2026-01-20" }] })).toEqual([]);
    expect(codes(check({ assessments: [{ date: "2026-01-21" }] }))).toEqual(["MISSING_ASSESSMENT"]);
  });

  it("refuses a second period without a new assessment", () => {
    expect(quotes(SEED_002, "Det finns möjlighet till flera perioder av arbetsträning om man bedömer det vara den mest lämpliga insatsen för deltagaren.")).toBe(true);
    expect(check({ previousPlacements: [earlier], assessments: [{ date: "2025-05-20" }] })).toEqual([
      {
        code: "MISSING_ASSESSMENT",
        field: "assessment",
        message: `Det saknas en ny individuell bedömning, gjord efter förra periodens start 2025-06-01 och senast beslutsdagen 2026-01-20. Inför varje period ska handläggaren göra en individuell bedömning och pröva om insatsen är den mest lämpliga (${AF_GUIDELINES}).`,
      },
    ]);
  });

  it("names the earliest possible decision day when the decision comes before the earlier period's start", () => {
    const [violation] = check({ decisionDate: "2025-05-01", previousPlacements: [earlier], assessments: [{ date: "2025-04-20" }] }).filter((v) => v.code === "MISSING_ASSESSMENT");
    expect(violation?.message).toMatch(/^Beslutsdagen 2025-05-01 ligger inte efter förra periodens start 2025-06-01\. .* tidigast fattas 2025-06-02\./);
  });

  it("does not count an assessment made on the earlier period's first day", () => {
    expect(codes(check({ previousPlacements: [earlier], assessments: [{ date: "2025-06-01" }] }))).toEqual(["MISSING_ASSESSMENT"]);
  });

  it("allows a second period with a new assessment made during the first", () => {
    expect(check({ previousPlacements: [earlier], assessments: [{ date: "2025-05-20" }, { date: "2025-11-15" }] })).toEqual([]);
  });

  it("measures from the latest earlier period, whatever order the periods come in", () => {
    const earliest = { ...earlier, startDate: "2024-06-01", endDate: "2024-11-30" };
    expect(codes(check({ previousPlacements: [earlier, earliest], assessments: [{ date: "2025-01-10" }] }))).toEqual(["MISSING_ASSESSMENT"]);
    expect(check({ previousPlacements: [earliest, earlier], assessments: [{ date: "2025-07-10" }] })).toEqual([]);
  });

  it("ignores the participant's later placements when looking for the earlier period", () => {
    const later = { ...earlier, startDate: "2026-09-01", endDate: "2026-12-31" };
    expect(check({ previousPlacements: [later] })).toEqual([]);
  });
});

describe("no overlapping placements", () => {
  const other = (startDate: string, endDate: string) => ({ startDate, endDate, kind: "FORSTARKT_ARBETSTRANING", programme: "ETP" }) as const;

  it("refuses a placement that starts on the last day of another", () => {
    expect(check({ previousPlacements: [other("2025-08-01", "2026-02-01")] })).toEqual([
      {
        code: "OVERLAPS_EXISTING",
        field: "startDate",
        message:
          "Perioden 2026-02-01–2026-07-31 överlappar deltagarens placering 2025-08-01–2026-02-01 (förstärkt arbetsträning i etableringsprogrammet). " +
          "En deltagare har en placering i taget (Stegvis regel); en ny period kan börja dagen efter att den förra slutar.",
      },
    ]);
  });

  it("allows back-to-back periods", () => {
    expect(check({ previousPlacements: [other("2025-08-01", "2026-01-31")] })).toEqual([]);
    expect(check({ previousPlacements: [other("2026-08-01", "2026-12-31")] })).toEqual([]);
  });

  it("refuses a placement that ends on the first day of another, or lies within it, once for each", () => {
    const violations = check({ previousPlacements: [other("2026-07-31", "2026-12-31"), other("2026-03-01", "2026-03-31")] });
    expect(codes(violations)).toEqual(["OVERLAPS_EXISTING", "OVERLAPS_EXISTING"]);
  });

  it("names another placement's programme by its code when it is not configured", () => {
    const violations = check({ previousPlacements: [{ startDate: "2026-03-01", endDate: "2026-03-31", kind: "ARBETSTRANING", programme: "GAMMALT_PROJEKT" }] });
    expect(violations[0]?.message).toContain("(arbetsträning i GAMMALT_PROJEKT)");
  });
});

describe("programmes", () => {
  it("refuses an unknown programme, and still judges the rules that do not need it", () => {
    const violations = check({ programme: "OKAND", assessments: [] });
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ["UNKNOWN_PROGRAMME", "programme"],
      ["MISSING_ASSESSMENT", "assessment"],
    ]);
  });

  it("refuses a kind a configured programme has no limit for", () => {
    const own: CustomProgramme = { code: "KOMMUN_JOBB", name: "Kommunens arbetsträning", maxMonths: { ARBETSTRANING: 6 }, source: "Kommunens riktlinjer" };
    expect(check({ programme: "KOMMUN_JOBB", kind: "FORSTARKT_ARBETSTRANING", customProgrammes: [own] }).map((v) => [v.code, v.field])).toEqual([
      ["KIND_NOT_ASSIGNABLE", "kind"],
    ]);
  });
});

describe("malformed input", () => {
  it("gives one INVALID_INPUT per malformed field, and judges nothing else", () => {
    const violations = checkPlacement({
      ...allowed,
      programme: "OKAND",
      startDate: "2026-02-30",
      plannedEndDate: "",
      decisionDate: "20260120",
      jobCompensableDays: -1,
      previousPlacements: [{ startDate: "2026-05-01", endDate: "2026-04-01", kind: "ARBETSTRANING", programme: "JOB" }],
      assessments: [{ date: "nyss" }],
    });
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ["INVALID_INPUT", "startDate"],
      ["INVALID_INPUT", "plannedEndDate"],
      ["INVALID_INPUT", "decisionDate"],
      ["INVALID_INPUT", "jobCompensableDays"],
      ["INVALID_INPUT", "previousPlacements"],
      ["INVALID_INPUT", "assessment"],
    ]);
    expect(violations[0]?.message).toBe("Startdatum ”2026-02-30” är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.");
    expect(violations[4]?.message).toBe("Deltagaren har en annan placering med felaktiga datum (2026-05-01–2026-04-01). Rätta den placeringen först.");
  });

  it.each([
    [{ startDate: "x", endDate: "2026-04-01" }],
    [{ startDate: "2026-03-01", endDate: "2026-02-30" }],
  ])("refuses another placement with a date that is not a calendar date (%o)", (dates) => {
    const violations = check({ previousPlacements: [{ ...dates, kind: "ARBETSTRANING", programme: "JOB" }] });
    expect(codes(violations)).toEqual(["INVALID_INPUT"]);
  });
});

const FIELDS = ["programme", "kind", "startDate", "plannedEndDate", "decisionDate", "jobCompensableDays", "aioReason", "assessment", "previousPlacements"];

describe("checkPlacement for any input", () => {
  const anyDate = fc.oneof(isoDate("2020-01-01", "2028-12-31"), fc.string(), fc.constantFrom("2026-02-29", "1899-12-31"));
  const anyProgramme = fc.oneof(fc.constantFrom("JOB", "UGA", "ETP", "KOMMUN"), fc.string());
  const anyKind = fc.constantFrom(...PLACEMENT_KINDS);
  const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constant(450));
  const anyInput: fc.Arbitrary<PlacementInput> = fc.record(
    {
      programme: anyProgramme,
      kind: anyKind,
      startDate: anyDate,
      plannedEndDate: anyDate,
      decisionDate: anyDate,
      jobCompensableDays: anyNumber,
      aioReason: fc.option(fc.constantFrom(...AIO_REASONS)),
      previousPlacements: fc.array(fc.record({ startDate: anyDate, endDate: anyDate, kind: anyKind, programme: anyProgramme }), { maxLength: 3 }),
      assessments: fc.array(fc.record({ date: anyDate }), { maxLength: 3 }),
      customProgrammes: fc.array(
        fc.record({
          code: anyProgramme,
          name: fc.string(),
          maxMonths: fc.dictionary(anyKind, anyNumber),
          source: fc.string(),
        }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ["programme", "kind", "startDate", "plannedEndDate", "decisionDate", "previousPlacements", "assessments"] },
  );

  it("never throws, and gives every violation a known code, a form field and a message", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const v of checkPlacement(input)) {
          expect(VIOLATION_CODES).toContain(v.code);
          expect(FIELDS).toContain(v.field);
          expect(v.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// An oracle written from the rules in the issue, independent of the rule-set data.
const MONTHS: Record<string, Record<string, number>> = {
  JOB: { ARBETSTRANING: 6, FORSTARKT_ARBETSTRANING: 12, FORSTARKT_FORDJUPAD: 12 },
  UGA: { ARBETSTRANING: 3, FORSTARKT_ARBETSTRANING: 6, FORSTARKT_FORDJUPAD: 6 },
  ETP: { ARBETSTRANING: 6, FORSTARKT_ARBETSTRANING: 12, FORSTARKT_FORDJUPAD: 12 },
};

function expectedCodes(p: PlacementInput): string[] {
  const cutOff = p.decisionDate >= "2023-10-01";
  const withdrawn = cutOff && p.kind === "FORSTARKT_FORDJUPAD";
  const reversed = p.plannedEndDate < p.startDate;
  const days = p.jobCompensableDays ?? 0;
  const months = p.programme === "JOB" && p.kind === "ARBETSTRANING" && days >= 450 ? 12 : MONTHS[p.programme]![p.kind]!;
  const earlier = p.previousPlacements.map((o) => o.startDate).filter((s) => s < p.startDate);
  const latestEarlier = earlier.length ? earlier.reduce((a, b) => (a > b ? a : b)) : "";
  return [
    withdrawn ? "KIND_NOT_ASSIGNABLE" : null,
    reversed ? "END_BEFORE_START" : null,
    !withdrawn && !reversed && p.plannedEndDate > referencePeriodEnd(p.startDate, months) ? "EXCEEDS_MAX_DURATION" : null,
    cutOff && !p.aioReason ? "MISSING_AIO_REASON" : null,
    p.assessments.some((a) => a.date <= p.decisionDate && a.date > latestEarlier) ? null : "MISSING_ASSESSMENT",
    ...p.previousPlacements.filter((o) => !reversed && o.startDate <= p.plannedEndDate && p.startDate <= o.endDate).map(() => "OVERLAPS_EXISTING"),
  ].filter((c) => c !== null);
}

describe("checkPlacement on well-formed placements in the built-in programmes", () => {
  const date = isoDate("2022-06-01", "2027-06-30");
  const interval = fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
  const wellFormed: fc.Arbitrary<PlacementInput> = fc.record({
    programme: fc.constantFrom("JOB", "UGA", "ETP"),
    kind: fc.constantFrom(...PLACEMENT_KINDS),
    startDate: date,
    plannedEndDate: date,
    decisionDate: date,
    jobCompensableDays: fc.integer({ min: 0, max: 900 }),
    aioReason: fc.option(fc.constantFrom(...AIO_REASONS)),
    previousPlacements: fc.array(
      interval.map(([startDate, endDate]) => ({ startDate: startDate!, endDate: endDate!, kind: "ARBETSTRANING" as const, programme: "JOB" })),
      { maxLength: 3 },
    ),
    assessments: fc.array(fc.record({ date }), { maxLength: 3 }),
  });

  it("reports exactly the rules the placement breaks", () => {
    fc.assert(
      fc.property(wellFormed, (p) => {
        expect(codes(checkPlacement(p)).sort()).toEqual(expectedCodes(p).sort());
      }),
      { numRuns: 3000 },
    );
  });
});
