import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePlacementStart, changePlacementTerms } from "@/lib/server/placements/change-start-and-terms";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import { placementTermsChange, NO_TERMS_GIVEN } from "@/lib/validation/placement-change";
import { createListedParticipant, createPlacementOn, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
const previousToday = process.env.STEGVIS_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let world: { officer: Awaited<ReturnType<typeof createUser>>; otherUnitsOfficer: Awaited<ReturnType<typeof createUser>>; unitId: string; providerId: string };
beforeAll(async () => {
  process.env.STEGVIS_TODAY = TODAY;
  const [unit, otherUnit, provider] = [await createUnit(db), await createUnit(db), await createProvider(db)];
  world = {
    officer: await createUser(db, { role: "HANDLAGGARE", unitId: unit.id }),
    otherUnitsOfficer: await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id }),
    unitId: unit.id,
    providerId: provider.id,
  };
});
afterAll(async () => {
  if (previousToday === undefined) delete process.env.STEGVIS_TODAY;
  else process.env.STEGVIS_TODAY = previousToday;
  await db.$disconnect();
});

/** A planned JOB placement from 2026-03-16 to 2026-06-30. */
async function aPlannedPlacement() {
  const participant = await createListedParticipant(db, { unitId: world.unitId });
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId: world.providerId, officerId: world.officer.id, decisionDate: "2026-03-01", startDate: "2026-03-16", plannedEndDate: "2026-06-30" });
  return { participant, placement };
}

const snapshot = async (placementId: string) => ({
  row: await db.placement.findUniqueOrThrow({ where: { id: placementId } }),
  events: await db.placementEvent.count({ where: { placementId } }),
  audits: await db.auditEvent.count({ where: { entity: "Placement", entityId: placementId } }),
});

describe("the case officer moves a placement's start", () => {
  it("earlier, to today: the placement runs, its first follow-up is due from the new start, and the history and audit say so", async () => {
    const { placement } = await aPlannedPlacement();
    expect(await changePlacementStart(world.officer, { placementId: placement.id, version: 1, newStartDate: TODAY, reason: "Kunde börja tidigare" })).toEqual({ ok: true, value: { id: placement.id } });
    const { row } = await snapshot(placement.id);
    expect(row).toMatchObject({ startDate: day(TODAY), status: "ACTIVE", version: 2 });
    expect(row.nextFollowUpDueOn!.getTime()).toBeGreaterThan(day(TODAY).getTime());
    expect(await db.placementEvent.findFirstOrThrow({ where: { placementId: placement.id } })).toMatchObject({ kind: "START_CHANGED", startBefore: day("2026-03-16"), startAfter: day(TODAY), reason: "Kunde börja tidigare" });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entity: "Placement", entityId: placement.id } })).toMatchObject({ action: "UPDATE", changes: { change: "START_CHANGED", startDate: { before: "2026-03-16", after: TODAY } } });
  });

  it("into the participant's earlier placement is refused as an overlap at the new start, and nothing is written", async () => {
    const { participant, placement } = await aPlannedPlacement();
    await createPlacementOn(db, { participantId: participant.id, providerId: world.providerId, officerId: world.officer.id, startDate: "2026-01-05", plannedEndDate: "2026-03-10", status: "ACTIVE" });
    const before = await snapshot(placement.id);
    const result = await changePlacementStart(world.officer, { placementId: placement.id, version: 1, newStartDate: "2026-03-09" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newStartDate", message: expect.stringContaining("överlappar deltagarens placering 2026-01-05–2026-03-10") }] });
    expect(await snapshot(placement.id)).toEqual(before);
  });

  it("after the end is refused, a stale form is refused, and another unit's officer gets not found", async () => {
    const { placement } = await aPlannedPlacement();
    expect(await changePlacementStart(world.officer, { placementId: placement.id, version: 1, newStartDate: "2026-07-01" })).toMatchObject({ ok: false, errors: [{ field: "newStartDate", message: expect.stringContaining("ligger före startdatum 2026-07-01") }] });
    expect(await changePlacementStart(world.otherUnitsOfficer, { placementId: placement.id, version: 1, newStartDate: "2026-03-23" })).toEqual({ ok: false, reason: "not-found" });
    await changePlacementTerms(world.officer, { placementId: placement.id, version: 1, hoursPerWeek: 30 });
    expect(await changePlacementStart(world.officer, { placementId: placement.id, version: 1, newStartDate: "2026-03-23" })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
  });
});

describe("the case officer changes hours or tasks", () => {
  it("writes what changed, before and after, and refuses a change that changes nothing", async () => {
    const { placement } = await aPlannedPlacement();
    expect(placementTermsChange.safeParse({ placementId: placement.id, version: "1" }).error?.issues.map((i) => i.message)).toEqual([NO_TERMS_GIVEN]);
    expect(await changePlacementTerms(world.officer, { placementId: placement.id, version: 1, hoursPerWeek: 20, tasks: "Plock och pack" })).toMatchObject({ ok: false, errors: [{ field: "hoursPerWeek" }] });

    expect((await changePlacementTerms(world.officer, { placementId: placement.id, version: 1, tasks: "Plock, pack och inventering" })).ok).toBe(true);
    const { row } = await snapshot(placement.id);
    expect(row).toMatchObject({ hoursPerWeek: 20, tasks: "Plock, pack och inventering", version: 2 });
    expect(await db.placementEvent.findFirstOrThrow({ where: { placementId: placement.id } })).toMatchObject({ kind: "TERMS_CHANGED", reason: "Nya arbetsuppgifter" });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entity: "Placement", entityId: placement.id } })).toMatchObject({ changes: { tasks: { before: "Plock och pack", after: "Plock, pack och inventering" } } });
  });
});
