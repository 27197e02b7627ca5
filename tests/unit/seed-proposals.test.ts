import { describe, expect, it } from "vitest";
import { buildSeedData } from "../../prisma/seed/plan";
import { buildProposals } from "../../prisma/seed/proposals";

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
