import { describe, expect, it } from "vitest";
import {
  AGREEMENT_EXPIRY_DAYS,
  agreementState,
  approvalRefusal,
  expiryWarning,
  expiryWarningDue,
  followUpCadence,
  followUpPlan,
  requiredParties,
  type AgreementParty,
  type AgreementStatus,
  type VersionFacts,
} from "@/lib/rules";

const PLACEMENT = { cancelled: false, startDate: "2026-03-02", endDate: "2026-05-31" };
const draft = (number = 1): VersionFacts => ({ number, changeKind: number === 1 ? null : "GOALS", sentOn: null, approvedBy: [] });
const sent = (approvedBy: AgreementParty[] = [], number = 1, sentOn = "2026-02-01"): VersionFacts => ({ number, changeKind: number === 1 ? null : "GOALS", sentOn, approvedBy });
const ALL: AgreementParty[] = ["PARTICIPANT", "HOST", "OFFICER"];

describe("the agreement's status, derived from its versions, approvals and the placement", () => {
  it.each<[string, VersionFacts[], Partial<typeof PLACEMENT>, string, AgreementStatus, number | null, number | null]>([
    ["no version yet", [], {}, "2026-02-10", "DRAFT", null, null],
    ["a draft", [draft()], {}, "2026-02-10", "DRAFT", null, 1],
    ["sent, nobody approved", [sent()], {}, "2026-02-10", "WAITING", null, 1],
    ["sent, the host and the participant approved", [sent(["HOST", "PARTICIPANT"])], {}, "2026-02-10", "WAITING", null, 1],
    ["sent 30 days ago, never approved", [sent(["HOST"])], {}, "2026-03-03", "EXPIRED", null, 1],
    ["sent 29 days ago", [sent(["HOST"])], {}, "2026-03-02", "WAITING", null, 1],
    ["approved by all, before the start", [sent(ALL)], {}, "2026-02-10", "READY", 1, null],
    ["approved by all, on the first day", [sent(ALL)], {}, "2026-03-02", "ONGOING", 1, null],
    ["approved by all, on the last day", [sent(ALL)], {}, "2026-05-31", "ONGOING", 1, null],
    ["approved by all, after the last day", [sent(ALL)], {}, "2026-06-01", "ENDED", 1, null],
    ["approved, long ago: a binding agreement does not expire", [sent(ALL)], {}, "2026-04-20", "ONGOING", 1, null],
    ["approved, with a change waiting", [sent(ALL), sent(["HOST"], 2, "2026-03-10")], {}, "2026-03-11", "ONGOING", 1, 2],
    ["approved, with a change drafted", [sent(ALL), draft(2)], {}, "2026-03-11", "ONGOING", 1, 2],
    ["the change approved too", [sent(ALL), sent(ALL, 2, "2026-03-10")], {}, "2026-03-11", "ONGOING", 2, null],
    ["a sent version edited again, never approved: a draft", [sent(["HOST"]), draft(2)], {}, "2026-02-10", "DRAFT", null, 2],
    ["the placement cancelled", [sent(ALL)], { cancelled: true }, "2026-03-10", "CANCELLED", 1, null],
  ])("%s", (_case, versions, placement, today, status, binding, pending) => {
    const state = agreementState({ versions, placement: { ...PLACEMENT, ...placement }, today });
    expect(state).toMatchObject({ status, binding, pending });
  });

  it("expires 30 days after it was sent and warns a week and a day before", () => {
    expect(AGREEMENT_EXPIRY_DAYS).toBe(30);
    const on = (today: string) => agreementState({ versions: [sent()], placement: PLACEMENT, today });
    expect(on("2026-02-23")).toMatchObject({ expiresOn: "2026-03-03", warningDaysLeft: null });
    expect(on("2026-02-24")).toMatchObject({ warningDaysLeft: 7 });
    expect(expiryWarning(on("2026-02-24"))).toContain("om 7 dagar (2026-03-03)");
    expect(expiryWarning(on("2026-03-02"))).toContain("i morgon");
    expect(expiryWarning(on("2026-02-20"))).toBeNull();
    expect([expiryWarningDue("2026-03-03", "2026-02-24"), expiryWarningDue("2026-03-03", "2026-03-02"), expiryWarningDue("2026-03-03", "2026-02-25")]).toEqual([7, 1, null]);
  });
});

describe("who approves, and in which order", () => {
  const state = (versions: VersionFacts[], today = "2026-02-10") => agreementState({ versions, placement: PLACEMENT, today });

  it("lets the participant and the host approve in either order, and the officer only last", () => {
    const v = sent();
    expect(approvalRefusal(state([v]), v, 1, "HOST")).toBeNull();
    expect(approvalRefusal(state([v]), v, 1, "PARTICIPANT")).toBeNull();
    expect(approvalRefusal(state([v]), v, 1, "OFFICER")).toBe("Handläggaren godkänner sist. Först ska deltagaren och anordnaren godkänna.");
    const hostDone = sent(["HOST"]);
    expect(approvalRefusal(state([hostDone]), hostDone, 1, "OFFICER")).toBe("Handläggaren godkänner sist. Först ska deltagaren godkänna.");
    const both = sent(["PARTICIPANT", "HOST"]);
    expect(approvalRefusal(state([both]), both, 1, "OFFICER")).toBeNull();
  });

  it("refuses every approval once the placement is cancelled", () => {
    const v = sent();
    const cancelled = agreementState({ versions: [v], placement: { ...PLACEMENT, cancelled: true }, today: "2026-02-10" });
    expect(approvalRefusal(cancelled, v, 1, "HOST")).toBe("Placeringen är makulerad, så överenskommelsen kan inte godkännas.");
  });

  it("refuses a draft, an older version, an expired agreement and a party the change does not concern", () => {
    expect(approvalRefusal(state([draft()]), draft(), 1, "HOST")).toContain("utkast");
    const old = sent();
    expect(approvalRefusal(state([old, draft(2)]), old, 2, "HOST")).toContain("nyare version");
    const expired = sent();
    expect(approvalRefusal(state([expired], "2026-03-03"), expired, 1, "HOST")).toContain("gick ut 2026-03-03");
    const contacts: VersionFacts = { number: 2, changeKind: "CONTACTS", sentOn: "2026-03-10", approvedBy: [] };
    const versions = [sent(ALL), contacts];
    expect(approvalRefusal(state(versions, "2026-03-11"), contacts, 2, "HOST")).toBe("Den här ändringen behöver inte godkännas av er.");
    expect(approvalRefusal(state(versions, "2026-03-11"), contacts, 2, "OFFICER")).toBeNull();
  });

  it("asks everyone again when what they agreed to changes, the host and officer for the follow-up, the officer alone for contacts", () => {
    expect(requiredParties(null)).toEqual(["PARTICIPANT", "HOST", "OFFICER"]);
    for (const kind of ["EXTEND", "SHORTEN", "START", "GOALS", "TASKS_AND_HOURS"] as const) expect(requiredParties(kind)).toEqual(["PARTICIPANT", "HOST", "OFFICER"]);
    expect(requiredParties("FOLLOW_UP")).toEqual(["HOST", "OFFICER"]);
    expect(requiredParties("CONTACTS")).toEqual(["OFFICER"]);
  });

  it("says the follow-up plan with the placement's cadence", () => {
    expect(followUpPlan(followUpCadence("ARBETSTRANING", "ON_SITE"))).toContain("senast 14 dagar efter start, sedan minst var 28:e dag");
  });
});
