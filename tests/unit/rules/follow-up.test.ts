import { describe, expect, it } from "vitest";
import {
  FOLLOW_UP_STATUS_LABELS,
  followUpCadence,
  followUpStatus,
  nextFollowUpDue,
  RULE_SETS,
  STEGVIS_FOLLOW_UP,
  type FollowUpInput,
  type PlacementKind,
  type PlacementMode,
} from "@/lib/rules";

describe("the follow-up cadence", () => {
  it.each([
    ["ARBETSTRANING", "ON_SITE", 28],
    ["ARBETSTRANING", "REMOTE", 14],
    ["ARBETSTRANING", "MIXED", 14],
    ["FORSTARKT_ARBETSTRANING", "ON_SITE", 14],
    ["FORSTARKT_ARBETSTRANING", "REMOTE", 14],
    ["FORSTARKT_FORDJUPAD", "ON_SITE", 14],
  ] satisfies [PlacementKind, PlacementMode, number][])("follows up %s %s every %i days after a first follow-up within 14 days", (kind, mode, intervalDays) => {
    expect(followUpCadence(kind, mode)).toEqual({
      firstWithinDays: 14,
      intervalDays,
      dueSoonDays: 3,
      ruleSetId: RULE_SETS.at(-1)!.id,
      source: STEGVIS_FOLLOW_UP,
    });
  });

  it("takes the numbers from the rule set in force on a given decision date", () => {
    expect(followUpCadence("ARBETSTRANING", "ON_SITE", "2023-01-01").ruleSetId).toBe("AF-2018-01-01");
  });
});

describe("the next follow-up", () => {
  const onSite: FollowUpInput = { startDate: "2026-02-01", kind: "ARBETSTRANING", mode: "ON_SITE" };

  it("is due 14 days after the start until the first follow-up is logged", () => {
    expect(nextFollowUpDue(onSite)).toBe("2026-02-15");
    expect(nextFollowUpDue({ ...onSite, lastFollowUpDate: null })).toBe("2026-02-15");
  });

  it("is due four weeks after the latest follow-up in arbetsträning on site", () => {
    expect(nextFollowUpDue({ ...onSite, lastFollowUpDate: "2026-02-10" })).toBe("2026-03-10");
  });

  it("is due two weeks after the latest follow-up in förstärkt arbetsträning or at a distance", () => {
    expect(nextFollowUpDue({ ...onSite, kind: "FORSTARKT_ARBETSTRANING", lastFollowUpDate: "2026-02-10" })).toBe("2026-02-24");
    expect(nextFollowUpDue({ ...onSite, mode: "REMOTE", lastFollowUpDate: "2026-02-10" })).toBe("2026-02-24");
  });

  it("counts a follow-up on the first day, but not one before the start", () => {
    expect(nextFollowUpDue({ ...onSite, lastFollowUpDate: "2026-02-01" })).toBe("2026-03-01");
    expect(nextFollowUpDue({ ...onSite, lastFollowUpDate: "2026-01-25" })).toBe("2026-02-15");
  });

  it("crosses month and year ends by calendar days", () => {
    expect(nextFollowUpDue({ ...onSite, lastFollowUpDate: "2026-12-20" })).toBe("2027-01-17");
    expect(nextFollowUpDue({ ...onSite, startDate: "2028-02-20" })).toBe("2028-03-05");
  });

  it("refuses dates that are not calendar dates", () => {
    expect(() => nextFollowUpDue({ ...onSite, startDate: "2026-02-30" })).toThrow(RangeError);
    expect(() => nextFollowUpDue({ ...onSite, lastFollowUpDate: "0" })).toThrow(RangeError);
    expect(() => followUpStatus({ ...onSite, today: "idag" })).toThrow(RangeError);
  });
});

describe("the follow-up status", () => {
  const placement: FollowUpInput = { startDate: "2026-02-01", kind: "ARBETSTRANING", mode: "ON_SITE", lastFollowUpDate: "2026-02-10" };

  it.each([
    ["2026-02-11", "ON_TIME"],
    ["2026-03-06", "ON_TIME"],
    ["2026-03-07", "DUE_SOON"],
    ["2026-03-10", "DUE_SOON"],
    ["2026-03-11", "OVERDUE"],
  ])("on %s, with the next follow-up due 2026-03-10, is %s", (today, status) => {
    expect(followUpStatus({ ...placement, today })).toBe(status);
  });

  it("is on time before a placement has started", () => {
    expect(followUpStatus({ ...placement, lastFollowUpDate: null, today: "2026-01-01" })).toBe("ON_TIME");
  });

  it("has a Swedish label for every status", () => {
    expect(FOLLOW_UP_STATUS_LABELS).toEqual({ ON_TIME: "I tid", DUE_SOON: "Snart dags", OVERDUE: "Försenad" });
  });
});
