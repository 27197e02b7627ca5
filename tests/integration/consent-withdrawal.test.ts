// What a withdrawn consent stops (lib/rules' consentRefusal) and what goes on so the placement can be wound down.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawConsent } from "@/lib/server/data-protection/consent";
import { saveFollowUpDraft, startFollowUp } from "@/lib/server/follow-ups/drafts";
import { getParticipantCase } from "@/lib/server/participant-case";
import { extendPlacement, shortenPlacement } from "@/lib/server/placements/change-placement";
import { changePlacementStart } from "@/lib/server/placements/change-start-and-terms";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { answerProposal } from "@/lib/server/proposals/answer-proposal";
import { makeProposal } from "@/lib/server/proposals/make-proposal";
import { getProviderPlacement } from "@/lib/server/provider-placements";
import { fixTodayForThisFile } from "../support/fixed-today";
import { createFollowUpWorld, createRunningPlacement } from "../support/follow-up-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";

let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
fixTodayForThisFile(TODAY);
beforeAll(async () => {
  world = await createFollowUpWorld(db);
});
afterAll(() => db.$disconnect());

/** A placement running 2026-02-02 – 2026-04-30 whose participant withdrew consent yesterday; a draft follow-up begun before that. */
async function withdrawnWhileRunning() {
  const { participant, placement } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
  const draft = await startFollowUp(world.host, { placementId: placement.id });
  if (!draft.ok) throw new Error(JSON.stringify(draft));
  const current = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
  const withdrawn = await withdrawConsent(world.officer, { participantId: participant.id, version: current.version, withdrawnOn: "2026-03-01" });
  if (!withdrawn.ok) throw new Error(JSON.stringify(withdrawn));
  return { participant, placement, draftId: draft.value.id };
}

const unchanged = async (placementId: string) => db.placement.findUniqueOrThrow({ where: { id: placementId }, select: { startDate: true, plannedEndDate: true, version: true } });

describe("a withdrawn consent", () => {
  it("stops an extension and a moved start, and changes nothing", async () => {
    const { placement } = await withdrawnWhileRunning();
    const before = await unchanged(placement.id);
    expect(await extendPlacement(world.officer, { placementId: placement.id, version: placement.version, newPlannedEndDate: "2026-06-30" })).toEqual({
      ok: false,
      reason: "conflict",
      message: expect.stringMatching(/återkallade sitt samtycke 2026-03-01\. Placeringen kan inte förlängas/),
    });
    expect(await changePlacementStart(world.officer, { placementId: placement.id, version: placement.version, newStartDate: "2026-02-09" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Startdatumet kan inte flyttas"),
    });
    expect(await unchanged(placement.id)).toEqual(before);
  });

  it("lets the officer wind the placement down by shortening it", async () => {
    const { placement } = await withdrawnWhileRunning();
    expect(await shortenPlacement(world.officer, { placementId: placement.id, version: placement.version, newPlannedEndDate: "2026-03-06", reason: "Samtycket återkallat" })).toMatchObject({ ok: true });
  });

  it("stops the host's new follow-ups, and the host's page says why", async () => {
    const { placement, draftId } = await withdrawnWhileRunning();
    await db.followUp.deleteMany({ where: { id: draftId } });
    expect(await startFollowUp(world.host, { placementId: placement.id })).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("inte skriva nya uppföljningar") });
    expect(await db.followUp.count({ where: { placementId: placement.id } })).toBe(0);
    const page = await getProviderPlacement(world.host, placement.id);
    expect(page?.consentRefusal).toMatch(/återkallade sitt samtycke 2026-03-01\. Ni kan inte skriva nya uppföljningar/);
  });

  it("refuses saving a draft begun before the withdrawal", async () => {
    const { draftId } = await withdrawnWhileRunning();
    expect(await saveFollowUpDraft(world.host, { followUpId: draftId, version: 1, tasks: "Skrivet efter återkallelsen" })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).tasks).not.toBe("Skrivet efter återkallelsen");
  });

  it("stops the host's proposals to prolong or move the placement but not one to end it early; an extension proposed before is refused on acceptance", async () => {
    const { participant, placement } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
    const waiting = await makeProposal(world.host, { placementId: placement.id, kind: "EXTEND", newEndDate: "2026-06-30", reasonCode: "OTHER", justification: "Behöver mer tid" });
    if (!waiting.ok) throw new Error(JSON.stringify(waiting));
    const current = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    await withdrawConsent(world.officer, { participantId: participant.id, version: current.version, withdrawnOn: "2026-03-01" });

    expect(await makeProposal(world.host, { placementId: placement.id, kind: "CHANGE_START", newStartDate: "2026-02-09", reasonCode: "OTHER", justification: "Senare start" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("bara föreslå att placeringen slutar tidigare"),
    });
    expect((await makeProposal(world.host, { placementId: placement.id, kind: "END_EARLY", newEndDate: "2026-03-06", reasonCode: "OTHER", justification: "Slutar" })).ok).toBe(true);
    expect(await answerProposal(world.officer, { proposalId: waiting.value.id, version: 1, placementVersion: placement.version, decision: "ACCEPT" })).toMatchObject({ ok: false });
    expect((await unchanged(placement.id)).plannedEndDate.toISOString().slice(0, 10)).toBe("2026-04-30");
  });

  it("shows the officer what is still running, and given again on a later day opens extensions again", async () => {
    const { participant, placement } = await withdrawnWhileRunning();
    const view = await getParticipantCase(world.officer, participant.id);
    expect(view?.consentWithdrawal).toEqual({ withdrawnOn: "2026-03-01", stillOpen: [expect.objectContaining({ id: placement.id })] });

    await db.participant.update({ where: { id: participant.id }, data: { consentDate: new Date("2026-03-02T00:00:00Z") } });
    expect((await getParticipantCase(world.officer, participant.id))?.consentWithdrawal).toBeNull();
    expect(await extendPlacement(world.officer, { placementId: placement.id, version: placement.version, newPlannedEndDate: "2026-06-30" })).toMatchObject({ ok: true });
  });
});
