import { describe, expect, it } from "vitest";
import { LATE_REGISTRATION, STEGVIS_LATE_REGISTRATION, isLateRegistration, lateRegistration, placementStatusOn } from "@/lib/rules";

describe("a late registration (efterregistrering)", () => {
  it("is a start more than 7 days before the day of registration, by Stegvis's own decision", () => {
    expect(LATE_REGISTRATION).toEqual({ maxDaysBack: 7, source: STEGVIS_LATE_REGISTRATION });
    expect(isLateRegistration("2026-03-03", "2026-03-10")).toBe(false);
    expect(isLateRegistration("2026-03-02", "2026-03-10")).toBe(true);
    expect(isLateRegistration("2026-04-01", "2026-03-10")).toBe(false);
  });

  it("is not judged on a date that is not a calendar date", () => {
    expect(isLateRegistration("2026-02-30", "2026-03-10")).toBe(false);
    expect(isLateRegistration("2026-01-01", "i dag")).toBe(false);
  });

  it("lets a start up to 7 days back through without a reason", () => {
    expect(lateRegistration("2026-03-03", "2026-03-10")).toBeNull();
    expect(lateRegistration("2026-03-20", "2026-03-10")).toBeNull();
  });

  it("refuses a start 8 days back without a reason, at the late-registration mark, naming the rule and its source", () => {
    expect(lateRegistration("2026-03-02", "2026-03-10")).toEqual({
      code: "LATE_REGISTRATION",
      field: "lateRegistration",
      message:
        "Startdatum 2026-03-02 ligger 8 dagar före i dag (2026-03-10). En placering som började för mer än 7 dagar sedan " +
        "registreras bara som efterregistrering: markera det och skriv varför den registreras i efterhand " +
        "(Stegvis produktbeslut om efterregistrering).",
    });
    expect(lateRegistration("2026-03-02", "2026-03-10", "  ")?.code).toBe("LATE_REGISTRATION");
    expect(lateRegistration("2026-03-02", "2026-03-10", null)?.code).toBe("LATE_REGISTRATION");
  });

  it("accepts a late start when the officer gives the reason", () => {
    expect(lateRegistration("2025-12-01", "2026-03-10", "Beslutet fattades på papper under driftstoppet.")).toBeNull();
  });

  it("answers a malformed start date with INVALID_INPUT instead of throwing", () => {
    expect(lateRegistration("2026-13-01", "2026-03-10")).toMatchObject({ code: "INVALID_INPUT", field: "startDate" });
  });
});

describe("a placement's status from the calendar", () => {
  it("is planned before its start, active from its start to its end, ended after its end", () => {
    expect(placementStatusOn("PLANNED", "2026-03-10", "2026-09-09", "2026-03-09")).toBe("PLANNED");
    expect(placementStatusOn("PLANNED", "2026-03-10", "2026-09-09", "2026-03-10")).toBe("ACTIVE");
    expect(placementStatusOn("ACTIVE", "2026-03-10", "2026-09-09", "2026-09-09")).toBe("ACTIVE");
    expect(placementStatusOn("ACTIVE", "2026-03-10", "2026-09-09", "2026-09-10")).toBe("ENDED");
    expect(placementStatusOn("PLANNED", "2026-03-10", "2026-03-20", "2026-04-01")).toBe("ENDED");
  });

  it("leaves a cancelled or ended placement as it is", () => {
    expect(placementStatusOn("CANCELLED", "2026-03-10", "2026-09-09", "2026-05-01")).toBe("CANCELLED");
    expect(placementStatusOn("ENDED", "2026-03-10", "2026-09-09", "2026-05-01")).toBe("ENDED");
  });

  it("throws on a malformed date, like the other calculators", () => {
    expect(() => placementStatusOn("ACTIVE", "2026-03-10", "2026-09-31", "2026-05-01")).toThrow(RangeError);
  });
});
