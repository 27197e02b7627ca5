import { describe, expect, it } from "vitest";
import { OWN_VIEW_MAX_LENGTH, STATEMENT_MESSAGES, answerRefusal, ownViewRefusal, responseRefusal } from "@/lib/rules";

describe("the participant's own view before a follow-up", () => {
  const placement = { startDate: "2026-02-02", endDate: "2026-04-30" } as const;

  it("may be written while the placement is planned or running, judged on the dates", () => {
    expect(ownViewRefusal({ ...placement, status: "PLANNED" }, "2026-01-20")).toBeNull();
    expect(ownViewRefusal({ ...placement, status: "PLANNED" }, "2026-03-02")).toBeNull();
    expect(ownViewRefusal({ ...placement, status: "ACTIVE" }, "2026-04-30")).toBeNull();
  });

  it("is refused once the placement has ended, even before the status job has caught up", () => {
    expect(ownViewRefusal({ ...placement, status: "ACTIVE" }, "2026-05-01")).toBe(STATEMENT_MESSAGES.placementEnded);
    expect(ownViewRefusal({ ...placement, status: "ENDED" }, "2026-03-02")).toBe(STATEMENT_MESSAGES.placementEnded);
  });

  it("is refused for a cancelled placement", () => {
    expect(ownViewRefusal({ ...placement, status: "CANCELLED" }, "2026-03-02")).toBe(STATEMENT_MESSAGES.placementCancelled);
  });

  it("is told its limit in the hint, in plain words", () => {
    expect(OWN_VIEW_MAX_LENGTH).toBe(2000);
    expect(STATEMENT_MESSAGES.ownViewHint).toContain("högst 2000 tecken");
  });
});

describe("the participant's answer to a follow-up", () => {
  it("confirms with or without a text", () => {
    expect(responseRefusal({ agrees: true })).toBeNull();
    expect(responseRefusal({ agrees: true, text: "Bra skrivet" })).toBeNull();
  });

  it("questions only with a text that says what is not right", () => {
    expect(responseRefusal({ agrees: false })).toBe(STATEMENT_MESSAGES.questionNeedsText);
    expect(responseRefusal({ agrees: false, text: null })).toBe(STATEMENT_MESSAGES.questionNeedsText);
    expect(responseRefusal({ agrees: false, text: "  \n " })).toBe(STATEMENT_MESSAGES.questionNeedsText);
    expect(responseRefusal({ agrees: false, text: "Jag var inte sjuk, jag var på ett möte" })).toBeNull();
  });

  it("is given once, to the version that stands; having answered is said first", () => {
    expect(answerRefusal({ answered: false, superseded: false })).toBeNull();
    expect(answerRefusal({ answered: true, superseded: false })).toBe(STATEMENT_MESSAGES.alreadyAnswered);
    expect(answerRefusal({ answered: false, superseded: true })).toBe(STATEMENT_MESSAGES.corrected);
    expect(answerRefusal({ answered: true, superseded: true })).toBe(STATEMENT_MESSAGES.alreadyAnswered);
  });
});
