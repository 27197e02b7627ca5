import { describe, expect, it } from "vitest";
import { buildSeedData } from "../../prisma/seed/plan";
import { buildProposals } from "../../prisma/seed/proposals";
import { buildAgreements } from "../../prisma/seed/agreements";
import { isoDay } from "../../lib/format/date";
import { agreementState } from "../../lib/rules";

const TODAY = "2026-03-02";

describe("the demo proposals", () => {
  const data = buildSeedData(TODAY);
  const seed = buildProposals(data, TODAY);

  it("show every state, on placements the demo anordnare supervises", () => {
    expect(new Set(seed.proposals.map((p) => p.status))).toEqual(new Set(["WAITING", "ACCEPTED", "REJECTED", "WITHDRAWN", "REPLACED"]));
    const host = data.users.find((u) => u.row.email === "anordnare@stegvis.example")!.row.id;
    const supervised = new Set(data.placements.filter((p) => data.supervisors.some((s) => s.id === p.supervisorId && s.userId === host)).map((p) => p.id));
    expect(seed.proposals.every((p) => supervised.has(p.placementId) && p.authorId === host)).toBe(true);
  });

  it("keep one waiting proposal per placement and kind, link the replaced one to it, and give a rejection its reason", () => {
    const waiting = seed.proposals.filter((p) => p.status === "WAITING").map((p) => `${p.placementId}:${p.kind}`);
    expect(new Set(waiting).size).toBe(waiting.length);
    const replaced = seed.proposals.find((p) => p.status === "REPLACED")!;
    const successor = seed.proposals.find((p) => p.id === seed.links.find((l) => l.id === replaced.id)?.replacedById);
    expect(successor).toMatchObject({ status: "WAITING", kind: replaced.kind, placementId: replaced.placementId });
    expect(seed.proposals.filter((p) => p.status === "REJECTED").every((p) => p.answerReason && p.answeredById)).toBe(true);
  });

  it("give the accepted change its placement's new hours and a history event", () => {
    const accepted = seed.proposals.find((p) => p.status === "ACCEPTED")!;
    expect(seed.hours).toEqual([{ placementId: accepted.placementId, hoursPerWeek: accepted.hoursPerWeek }]);
    expect(seed.events).toMatchObject([{ placementId: accepted.placementId, kind: "TERMS_CHANGED", proposalId: accepted.id }]);
  });
});

describe("the demo agreements", () => {
  const data = buildSeedData(TODAY);
  const seed = buildAgreements(data, TODAY);
  const state = (placementId: string) => {
    const placement = data.placements.find((p) => p.id === placementId)!;
    const versions = seed.versions.filter((v) => v.placementId === placementId);
    return agreementState({
      versions: versions.map((v) => ({ number: v.number, changeKind: null, sentOn: isoDay(v.sentOn as Date), approvedBy: seed.approvals.filter((a) => a.versionId === v.id).map((a) => a.party) })),
      placement: { cancelled: false, startDate: isoDay(placement.startDate as Date), endDate: isoDay(placement.plannedEndDate as Date) },
      today: TODAY,
    });
  };

  it("hold one binding agreement and one waiting for the demo anordnare, close to its expiry", () => {
    expect(seed.versions).toHaveLength(2);
    const [binding, waiting] = seed.versions.map((v) => state(v.placementId));
    expect(binding).toMatchObject({ binding: 1 });
    expect(["READY", "ONGOING"]).toContain(binding!.status);
    expect(waiting).toMatchObject({ status: "WAITING", warningDaysLeft: 6 });
    expect(seed.approvals.filter((a) => a.versionId === seed.versions[1]!.id).map((a) => [a.party, a.onBehalfReason])).toEqual([["PARTICIPANT", "IN_PERSON"]]);
  });
});
