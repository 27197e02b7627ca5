import { describe, expect, it } from "vitest";
import {
  ABILITY_AREAS,
  PROVIDER_READ_DAYS_AFTER_END,
  abilityAreasFor,
  attendanceBand,
  followUpDateRefusals,
  needsRemoteReview,
  providerAccessEnds,
  providerSeesEndedFrom,
  type FollowUpDates,
} from "@/lib/rules";

describe("the provider's read window after a placement ends", () => {
  it("lasts 40 days after the last day", () => {
    expect(PROVIDER_READ_DAYS_AFTER_END).toBe(40);
    expect(providerAccessEnds("2026-01-21")).toBe("2026-03-03");
    expect(providerSeesEndedFrom("2026-03-02")).toBe("2026-01-21");
  });
});

describe("ability areas", () => {
  it("are the five fixed areas, then one per line of the placement's goals, without repeats", () => {
    expect(abilityAreasFor("")).toEqual([...ABILITY_AREAS]);
    expect(abilityAreasFor("- Köra truck\n• Passa tider\nKöra truck; Kassa\n\n")).toEqual([...ABILITY_AREAS, "Köra truck", "Kassa"]);
  });

  it("take at most five from the goals, each at most 80 characters", () => {
    const goals = Array.from({ length: 8 }, (_, i) => `Mål ${i} ${"x".repeat(100)}`).join("\n");
    const areas = abilityAreasFor(goals);
    expect(areas).toHaveLength(10);
    expect(Math.max(...areas.map((a) => a.length))).toBe(80);
  });
});

describe("attendance bands from hours", () => {
  it.each([
    [40, 40, "AS_AGREED"],
    [0, 0, "AS_AGREED"],
    [40, 45, "AS_AGREED"],
    [40, 30, "MOSTLY"],
    [40, 29, "PARTLY"],
    [40, 16, "PARTLY"],
    [40, 15, "RARELY"],
    [40, 0, "ABSENT"],
  ] as const)("%i planned, %i attended: %s", (planned, attended, band) => {
    expect(attendanceBand(planned, attended)).toBe(band);
  });
});

describe("the remote review", () => {
  it("is asked for remote and mixed placements only", () => {
    expect([needsRemoteReview("ON_SITE"), needsRemoteReview("REMOTE"), needsRemoteReview("MIXED")]).toEqual([false, true, true]);
  });
});

describe("a follow-up's dates", () => {
  const ok: FollowUpDates = { date: "2026-02-27", periodFrom: "2026-02-02", periodTo: "2026-02-27", today: "2026-03-02", placementStart: "2026-02-02", placementEnd: "2026-04-30" };
  const fields = (d: Partial<FollowUpDates>) => followUpDateRefusals({ ...ok, ...d }).map((r) => r.field);

  it("inside the placement and not in the future pass", () => {
    expect(followUpDateRefusals(ok)).toEqual([]);
  });

  it("are refused at the field that is wrong", () => {
    expect(followUpDateRefusals({ ...ok, date: "2026-03-03" })[0]!.message).toContain("framtiden");
    expect(fields({ date: "2026-03-03", periodTo: "2026-02-27" })).toEqual(["date"]);
    expect(fields({ date: "2026-02-01", periodTo: "2026-02-01", periodFrom: "2026-02-02" })).toEqual(["date", "periodTo"]);
    expect(fields({ periodFrom: "2026-01-30" })).toEqual(["periodFrom"]);
    expect(fields({ periodFrom: "2026-05-01", periodTo: "2026-05-02", date: "2026-05-02", today: "2026-06-01" })).toEqual(["date", "periodFrom", "periodTo"]);
    expect(fields({ periodTo: "2026-03-01", date: "2026-02-27" })).toEqual(["periodTo"]);
  });
});
