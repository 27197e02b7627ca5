import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { ABSENCE_REASON_MISSING, CONCERN_MISSING, REMOTE_REVIEW_MISSING, STAGE_REASON_MISSING, followUpDraft, followUpReview, followUpSubmission } from "@/lib/validation/follow-up";

const ID = "6f1c2a4e-8b1d-4c3e-9f2a-1b2c3d4e5f60";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

const complete = {
  followUpId: ID,
  version: "3",
  date: "2026-02-27",
  periodFrom: "2026-02-02",
  periodTo: "2026-02-27",
  plannedHours: "80",
  attendedHours: "80",
  tasks: "Plock",
  "abilities[0].area": "Passa tider",
  "abilities[0].rating": "3",
  participantView: "Trivs",
};

const errorsOf = (entries: Record<string, string>) => {
  const submission = parseWithZod(form(entries), { schema: followUpSubmission });
  return submission.status === "success" ? {} : submission.error;
};

describe("the follow-up form", () => {
  it("parses a complete follow-up with its ratings as numbers", () => {
    const submission = parseWithZod(form(complete), { schema: followUpSubmission });
    expect(submission.status).toBe("success");
    if (submission.status === "success") expect(submission.value.abilities).toEqual([{ area: "Passa tider", rating: 3, note: undefined }]);
  });

  it("asks for what belongs together: absence reason, what the concern is, why the stage", () => {
    expect(errorsOf({ ...complete, attendedHours: "60" })).toEqual({ absenceReason: [ABSENCE_REASON_MISSING] });
    expect(errorsOf({ ...complete, hasConcern: "on" })).toEqual({ concerns: [CONCERN_MISSING] });
    expect(errorsOf({ ...complete, proposedStage: "PA_VAG" })).toEqual({ proposedStageReason: [STAGE_REASON_MISSING] });
  });

  it("requires the remote review when the form says the placement is remote", () => {
    expect(Object.keys(errorsOf({ ...complete, remoteRequired: "on" }) ?? {}).sort()).toEqual(["remoteIsolated", "remoteMoveOnSite", "remoteReview"]);
    expect(errorsOf({ ...complete, remoteRequired: "on" })?.remoteReview).toEqual([REMOTE_REVIEW_MISSING]);
  });

  it("names the area of a missing rating, so the error summary says which one", () => {
    expect(errorsOf({ ...complete, "abilities[0].rating": "" })).toEqual({ "abilities[0].rating": ["Välj ett omdöme för ”Passa tider”."] });
  });

  it("refuses a rating off the scale, and hours that are not whole numbers", () => {
    expect(Object.keys(errorsOf({ ...complete, "abilities[0].rating": "5", plannedHours: "7,5" }) ?? {}).sort()).toEqual(["abilities[0].rating", "plannedHours"]);
  });

  it("saves a draft with almost nothing filled in", () => {
    const submission = parseWithZod(form({ followUpId: ID, version: "1", "abilities[0].area": "Passa tider" }), { schema: followUpDraft });
    expect(submission.status).toBe("success");
  });
});

describe("the review form", () => {
  const base = { followUpId: ID, version: "2" };
  it("needs a reason and a date for a stage, and the stage when it is another than proposed", () => {
    const refused = parseWithZod(form({ ...base, decision: "OTHER" }), { schema: followUpReview });
    expect(refused.status).toBe("error");
    expect(Object.keys(refused.status === "error" ? (refused.error ?? {}) : {}).sort()).toEqual(["date", "reason", "stage"]);
    expect(parseWithZod(form({ ...base, decision: "NONE" }), { schema: followUpReview }).status).toBe("success");
  });
});
