import { describe, expect, it } from "vitest";
import { BUILT_IN_PROGRAMMES, PLACEMENT_KINDS, RULE_SETS, ruleSetFor } from "@/lib/rules";
import { isIsoDate, isValidMonths } from "@/lib/rules/dates";

describe("the rule sets", () => {
  it("are listed oldest first, each from a later date than the one before", () => {
    const dates = RULE_SETS.map((set) => set.effectiveFrom);
    expect(dates.every(isIsoDate)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("each have their own id, a title and a source", () => {
    expect(new Set(RULE_SETS.map((set) => set.id)).size).toBe(RULE_SETS.length);
    for (const set of RULE_SETS) {
      expect(set.title).not.toBe("");
      expect(set.source).not.toBe("");
    }
  });

  it.each(RULE_SETS.map((set) => [set.id, set] as const))(
    "give every number a source, and every programme and kind either a limit for any number of days or a withdrawal (%s)",
    (_id, set) => {
      for (const row of set.durationLimits) {
        expect(isValidMonths(row.maxMonths)).toBe(true);
        expect(row.source).not.toBe("");
      }
      for (const programme of BUILT_IN_PROGRAMMES) {
        for (const kind of PLACEMENT_KINDS) {
          const withdrawn = set.withdrawnKinds.some((w) => w.kind === kind);
          const base = set.durationLimits.filter((r) => r.programme === programme && r.kind === kind && r.minJobCompensableDays === undefined);
          expect(withdrawn ? 0 : 1).toBe(base.length);
        }
      }
      expect(Object.values(set.followUp.intervalDays).every((days) => days > 0)).toBe(true);
    },
  );
});

describe("ruleSetFor", () => {
  it("uses the rules from before the cut-off for a decision on the day before it", () => {
    expect(ruleSetFor("2023-09-30").id).toBe("AF-2018-01-01");
  });

  it("uses the new rules from the day of the cut-off", () => {
    expect(ruleSetFor("2023-10-01").id).toBe("AF-2023-10-01");
    expect(ruleSetFor("2026-06-01").id).toBe("AF-2023-10-01");
  });

  it("uses the earliest rule set on its first day", () => {
    expect(ruleSetFor("2018-01-01").id).toBe("AF-2018-01-01");
  });

  it("lets the earliest rule set answer for a decision dated before any rule set", () => {
    expect(ruleSetFor("2017-12-31")).toBe(RULE_SETS[0]);
    expect(ruleSetFor("1900-01-01")).toBe(RULE_SETS[0]);
  });

  it("refuses a decision date that is not a calendar date", () => {
    expect(() => ruleSetFor("2023-10-32")).toThrow(RangeError);
  });
});
