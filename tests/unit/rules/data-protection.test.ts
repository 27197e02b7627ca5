import { describe, expect, it } from "vitest";
import { AUDIT_RETENTION, RETENTION, consentRefusal, dueForRetention, mayBeReportedToSus, retentionCutoff, withdrawnConsentOn } from "@/lib/rules";

describe("consent", () => {
  it("never given and never withdrawn, or given: no refusal", () => {
    expect(consentRefusal({ givenOn: null, withdrawnOn: null })).toBeNull();
    expect(consentRefusal({ givenOn: "2026-01-10", withdrawnOn: null })).toBeNull();
  });

  it("withdrawn: new placements are refused, with the day it was withdrawn", () => {
    expect(consentRefusal({ givenOn: "2026-01-10", withdrawnOn: "2026-03-01" })).toMatch(/återkallade sitt samtycke 2026-03-01/);
    expect(consentRefusal({ givenOn: null, withdrawnOn: "2026-03-01" })).not.toBeNull();
    expect(consentRefusal({ givenOn: "2026-03-01", withdrawnOn: "2026-03-01" })).not.toBeNull();
  });

  it("given again on a later day: the withdrawal no longer stands", () => {
    expect(consentRefusal({ givenOn: "2026-03-02", withdrawnOn: "2026-03-01" })).toBeNull();
    expect(withdrawnConsentOn({ givenOn: "2026-03-02", withdrawnOn: "2026-03-01" })).toBeNull();
  });

  it("withdrawn: stops extensions, a moved start, the host's follow-ups and proposals to prolong, each saying what is still possible", () => {
    const withdrawn = { givenOn: "2026-01-10", withdrawnOn: "2026-03-01" };
    expect(withdrawnConsentOn(withdrawn)).toBe("2026-03-01");
    expect(consentRefusal(withdrawn, "extend")).toMatch(/kan inte förlängas.*förkorta/);
    expect(consentRefusal(withdrawn, "changeStart")).toMatch(/Startdatumet kan inte flyttas/);
    expect(consentRefusal(withdrawn, "followUp")).toMatch(/inte skriva nya uppföljningar/);
    expect(consentRefusal(withdrawn, "propose")).toMatch(/bara föreslå att placeringen slutar tidigare/);
  });
});

describe("retention (gallring)", () => {
  it("keeps identities two years after the last placement by default, the audit log at least five", () => {
    expect(RETENTION.defaultYears).toBe(2);
    expect(AUDIT_RETENTION.minYears).toBe(5);
  });

  it("counts the cut-off back in calendar years, a leap day landing on the 28th", () => {
    expect(retentionCutoff("2026-03-16", 2)).toBe("2024-03-16");
    expect(retentionCutoff("2028-02-29", 1)).toBe("2027-02-28");
  });

  it("takes a participant whose last placement ended before the cut-off, none still open", () => {
    expect(dueForRetention({ openPlacements: 0, lastPlacementEnd: "2024-03-15", registeredOn: "2023-01-01" }, "2024-03-16")).toBe(true);
    expect(dueForRetention({ openPlacements: 0, lastPlacementEnd: "2024-03-16", registeredOn: "2023-01-01" }, "2024-03-16")).toBe(false);
  });

  it("never takes a participant with a placement planned or running, however old", () => {
    expect(dueForRetention({ openPlacements: 1, lastPlacementEnd: "2010-01-01", registeredOn: "2009-01-01" }, "2024-03-16")).toBe(false);
  });

  it("counts from registration for a participant who never had a placement", () => {
    expect(dueForRetention({ openPlacements: 0, lastPlacementEnd: null, registeredOn: "2024-03-15" }, "2024-03-16")).toBe(true);
    expect(dueForRetention({ openPlacements: 0, lastPlacementEnd: null, registeredOn: "2025-01-01" }, "2024-03-16")).toBe(false);
  });
});

describe("the per-person SUS file", () => {
  it("holds only a participant whose consent was given and stands", () => {
    expect(mayBeReportedToSus({ givenOn: "2026-01-10", withdrawnOn: null })).toBe(true);
    expect(mayBeReportedToSus({ givenOn: null, withdrawnOn: null })).toBe(false);
    expect(mayBeReportedToSus({ givenOn: "2026-01-10", withdrawnOn: "2026-02-01" })).toBe(false);
    expect(mayBeReportedToSus({ givenOn: "2026-03-01", withdrawnOn: "2026-02-01" })).toBe(true);
  });
});
