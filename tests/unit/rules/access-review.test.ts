import { describe, expect, it } from "vitest";
import { ACCESS_REVIEW_MESSAGES, decisionReasonHint, decisionReasonRefusal, monthAfter, monthName, monthToReview } from "@/lib/rules";
import { describeSampledAccess, reviewedParticipant } from "@/lib/format/access-review";
import { accessReviewDecisionInput, parseReviewMonth } from "@/lib/validation/access-review";

describe("the month a sample is drawn for", () => {
  it("is the month before today's, across a new year", () => {
    expect(monthToReview("2026-11-15")).toBe("2026-10-01");
    expect(monthToReview("2026-11-01")).toBe("2026-10-01");
    expect(monthToReview("2027-01-02")).toBe("2026-12-01");
  });

  it("ends at the first day of the next month, and is named in Swedish", () => {
    expect(monthAfter("2026-12-01")).toBe("2027-01-01");
    expect(monthAfter("2026-02-01")).toBe("2026-03-01");
    expect(monthName("2026-10-01")).toBe("oktober 2026");
  });
});

describe("a decision's reason", () => {
  it("is required to flag, and to change an earlier decision, not to confirm the first time", () => {
    expect(decisionReasonRefusal("FLAGGED", "PENDING", undefined)).toBe(ACCESS_REVIEW_MESSAGES.flagNeedsReason);
    expect(decisionReasonRefusal("FLAGGED", "PENDING", "   ")).toBe(ACCESS_REVIEW_MESSAGES.flagNeedsReason);
    expect(decisionReasonRefusal("FLAGGED", "PENDING", "Ingen placering")).toBeNull();
    expect(decisionReasonRefusal("CONFIRMED", "PENDING", undefined)).toBeNull();
    expect(decisionReasonRefusal("CONFIRMED", "CONFIRMED", undefined)).toBeNull();
    expect(decisionReasonRefusal("CONFIRMED", "FLAGGED", undefined)).toBe(ACCESS_REVIEW_MESSAGES.changeNeedsReason);
    expect(decisionReasonRefusal("CONFIRMED", "FLAGGED", "Det fanns ett beslut")).toBeNull();
  });

  it("is hinted on the form by the same rule", () => {
    expect(decisionReasonHint("PENDING")).toContain("inte motiverad");
    expect(decisionReasonHint("FLAGGED")).toContain("ändrar");
  });
});

describe("the decision form's input", () => {
  const base = { itemId: crypto.randomUUID(), version: "1", decision: "FLAGGED" };
  it("refuses an unknown decision, a broken version and an over-long or control-character reason in Swedish", () => {
    const issues = (data: Record<string, unknown>) => accessReviewDecisionInput.safeParse(data).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...base, decision: "MAYBE" })).toEqual([["decision", "Välj om åtkomsten var motiverad eller inte."]]);
    expect(issues({ ...base, version: "x" })?.[0]?.[0]).toBe("version");
    expect(issues({ ...base, reason: "a".repeat(2001) })).toEqual([["reason", "Skriv högst 2000 tecken i motiveringen."]]);
    expect(issues({ ...base, reason: "a\u0000b" })?.[0]?.[0]).toBe("reason");
    expect(accessReviewDecisionInput.parse({ ...base, reason: "  Inte motiverad  " }).reason).toBe("Inte motiverad");
  });

  it("reads a month from the URL, or none", () => {
    expect(parseReviewMonth("2026-10")).toBe("2026-10-01");
    expect(parseReviewMonth("2026-13")).toBeNull();
    expect(parseReviewMonth(["2026-10"])).toBeNull();
    expect(parseReviewMonth("2026-10'; DROP")).toBeNull();
  });
});

describe("how a sampled access reads", () => {
  it("says each thing done once, in the words of the access-log extract", () => {
    expect(describeSampledAccess(["READ:caseload", "READ:participant-case", "UPDATE", "EXPORT:register-extract"])).toEqual([
      "Såg deltagaren i listan över deltagare",
      "Öppnade deltagarens ärende",
      "Ändrade deltagarens uppgifter",
      "Tog fram ett registerutdrag (fil)",
    ]);
  });

  it("names a participant with a protected identity by the case number only", () => {
    const person = { firstName: "Åsa", lastName: "Ek", caseNumber: 1042, personalIdentityNumber: "198503129812" };
    expect(reviewedParticipant({ ...person, protectedIdentity: false })).toEqual({ name: "Åsa Ek", personalNumber: "19850312-****" });
    expect(reviewedParticipant({ ...person, protectedIdentity: true })).toEqual({ name: "Ärende 1042 (skyddad identitet)", personalNumber: null });
  });
});
