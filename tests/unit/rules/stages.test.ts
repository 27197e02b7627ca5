import { describe, expect, it } from "vitest";
import { STAGE_DIRECTION_LABELS, STAGE_LABELS, STAGES, stageDirection, timeInStages, type Stage } from "@/lib/rules";
import { quotes, SEED_000 } from "./support";

// Seed 000: "Var befinner sig deltagaren i processen "komma igång-på väg-nästan framme""
describe("the stages", () => {
  it("are komma igång, på väg and nästan framme, in that order, each with a description", () => {
    expect(quotes(SEED_000, "Var befinner sig deltagaren i processen \"komma igång-på väg-nästan framme\"")).toBe(true);
    expect(STAGES.map((s) => [s.id, s.label])).toEqual([
      ["KOMMA_IGANG", "Komma igång"],
      ["PA_VAG", "På väg"],
      ["NASTAN_FRAMME", "Nästan framme"],
    ]);
    for (const stage of STAGES) expect(stage.description).toMatch(/^Deltagaren .+\.$/);
    expect(STAGE_LABELS).toEqual({ KOMMA_IGANG: "Komma igång", PA_VAG: "På väg", NASTAN_FRAMME: "Nästan framme" });
  });

  it.each([
    ["KOMMA_IGANG", "PA_VAG", "FORWARD"],
    ["KOMMA_IGANG", "NASTAN_FRAMME", "FORWARD"],
    ["NASTAN_FRAMME", "PA_VAG", "BACK"],
    ["PA_VAG", "KOMMA_IGANG", "BACK"],
    ["PA_VAG", "PA_VAG", "SAME"],
  ] satisfies [Stage, Stage, string][])("can move from %s to %s: %s", (from, to, direction) => {
    expect(stageDirection(from, to)).toBe(direction);
  });

  it("has a Swedish label for every direction", () => {
    expect(Object.keys(STAGE_DIRECTION_LABELS)).toEqual(["FORWARD", "BACK", "SAME"]);
  });
});

describe("time in stages", () => {
  it("counts each stage from its date up to the next change, and the last one up to the given day", () => {
    const history = [
      { stage: "KOMMA_IGANG", date: "2026-01-01" },
      { stage: "PA_VAG", date: "2026-02-01" },
      { stage: "KOMMA_IGANG", date: "2026-02-11" },
      { stage: "PA_VAG", date: "2026-03-01" },
    ] satisfies { stage: Stage; date: string }[];
    expect(timeInStages(history, "2026-03-31")).toEqual({ KOMMA_IGANG: 31 + 18, PA_VAG: 10 + 30, NASTAN_FRAMME: 0 });
  });

  it("sorts the history by date before counting", () => {
    expect(
      timeInStages(
        [
          { stage: "NASTAN_FRAMME", date: "2026-03-01" },
          { stage: "KOMMA_IGANG", date: "2026-01-01" },
        ],
        "2026-03-11",
      ),
    ).toEqual({ KOMMA_IGANG: 59, PA_VAG: 0, NASTAN_FRAMME: 10 });
  });

  it("stops counting at the given day and ignores later changes", () => {
    const history = [
      { stage: "KOMMA_IGANG", date: "2026-01-01" },
      { stage: "PA_VAG", date: "2026-06-01" },
    ] satisfies { stage: Stage; date: string }[];
    expect(timeInStages(history, "2026-01-11")).toEqual({ KOMMA_IGANG: 10, PA_VAG: 0, NASTAN_FRAMME: 0 });
    expect(timeInStages(history, "2025-12-01")).toEqual({ KOMMA_IGANG: 0, PA_VAG: 0, NASTAN_FRAMME: 0 });
  });

  it("lets the later of two same-day changes win", () => {
    const history = [
      { stage: "KOMMA_IGANG", date: "2026-01-01" },
      { stage: "PA_VAG", date: "2026-01-01" },
    ] satisfies { stage: Stage; date: string }[];
    expect(timeInStages(history, "2026-01-08")).toEqual({ KOMMA_IGANG: 0, PA_VAG: 7, NASTAN_FRAMME: 0 });
  });

  it("counts nothing without a history", () => {
    expect(timeInStages([], "2026-01-01")).toEqual({ KOMMA_IGANG: 0, PA_VAG: 0, NASTAN_FRAMME: 0 });
  });

  it("refuses dates that are not calendar dates", () => {
    expect(() => timeInStages([], "2026-13-01")).toThrow(RangeError);
    expect(() => timeInStages([{ stage: "PA_VAG", date: "förra veckan" }], "2026-01-01")).toThrow(RangeError);
  });
});
