import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxPeriod } from "@/lib/rules";
import { changeRefusal } from "@/lib/domain/placement-changes";
import { cancelPlacement, endPlacement, extendPlacement, shortenPlacement } from "@/lib/server/placements/change-placement";
import { getPlacement } from "@/lib/server/placements/get-placement";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import { END_REASON_TEXT_MISSING, INTERRUPT_REASON_MISSING, placementEnding, placementShortening } from "@/lib/validation/placement-change";
import { createPlacementOn, createProvider, createListedParticipant, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
const previousToday = process.env.STEGVIS_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let world: Awaited<ReturnType<typeof buildWorld>>;
async function buildWorld() {
  const [unit, otherUnit] = [await createUnit(db), await createUnit(db)];
  const [provider, otherProvider] = [await createProvider(db), await createProvider(db)];
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const otherUnitsOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const otherHost = await createUser(db, { role: "ANORDNARE", providerId: otherProvider.id });
  return { unit, provider, officer, otherUnitsOfficer, host, otherHost };
}

beforeAll(async () => {
  process.env.STEGVIS_TODAY = TODAY;
  world = await buildWorld();
});
afterAll(async () => {
  if (previousToday === undefined) delete process.env.STEGVIS_TODAY;
  else process.env.STEGVIS_TODAY = previousToday;
  await db.$disconnect();
});

/** A JOB participant in arbetsträning from 2026-02-02 to 2026-04-30: the rules allow it until 2026-08-01. */
async function aRunningPlacement() {
  const participant = await createListedParticipant(db, { unitId: world.unit.id, responsibleOfficerId: world.officer.id });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: world.provider.id,
    officerId: world.officer.id,
    decisionDate: "2026-01-26",
    startDate: "2026-02-02",
    plannedEndDate: "2026-04-30",
    status: "ACTIVE",
  });
  return { participant, placement };
}

/** Everything a change writes: the row, its history and its audit trail. */
async function written(placementId: string) {
  const [row, events, audits, outcomes] = await Promise.all([
    db.placement.findUniqueOrThrow({ where: { id: placementId } }),
    db.placementEvent.findMany({ where: { placementId }, orderBy: { createdAt: "asc" } }),
    db.auditEvent.findMany({ where: { entity: "Placement", entityId: placementId, action: "UPDATE" }, orderBy: { id: "asc" } }),
    db.outcome.count({ where: { placement: { id: placementId } } }),
  ]);
  return { row, events, audits, outcomes };
}

describe("extending a placement", () => {
  it("within the limit moves the end, and writes the history, the audit event and a new version", async () => {
    const { placement } = await aRunningPlacement();
    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-07-31", reason: "Behöver mer tid i lagret" });

    expect(result).toEqual({ ok: true, value: { id: placement.id } });
    const { row, events, audits } = await written(placement.id);
    expect(row.plannedEndDate).toEqual(day("2026-07-31"));
    expect(row.version).toBe(2);
    expect(events).toMatchObject([{ kind: "EXTENDED", byId: world.officer.id, reason: "Behöver mer tid i lagret", endBefore: day("2026-04-30"), endAfter: day("2026-07-31") }]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: world.officer.id, changes: { change: "EXTENDED", plannedEndDate: { before: "2026-04-30", after: "2026-07-31" } } });
  });

  it("beyond the limit counted from the period's original start is refused with the rule's sentence at the new end", async () => {
    const { placement } = await aRunningPlacement();
    const before = await written(placement.id);

    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-08-02" });

    const limit = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-02-02", decisionDate: "2026-01-26" });
    expect(limit).toMatchObject({ allowed: true, lastDay: "2026-08-01" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newPlannedEndDate" }] });
    const message = result.ok === false && result.reason === "invalid" ? result.errors[0]!.message : "";
    expect(message).toContain("periodens sista tillåtna dag, 2026-08-01");
    expect(message).toContain(limit.explanation);
    expect(await written(placement.id)).toEqual(before);
  });

  it("a second extension is still judged from the original start", async () => {
    const { placement } = await aRunningPlacement();
    expect((await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-06-30" })).ok).toBe(true);
    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 2, newPlannedEndDate: "2026-09-30" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newPlannedEndDate", message: expect.stringContaining("2026-08-01") }] });
  });

  it("into the participant's next period is refused as an overlap", async () => {
    const { participant, placement } = await aRunningPlacement();
    await createPlacementOn(db, {
      participantId: participant.id,
      providerId: world.provider.id,
      officerId: world.officer.id,
      startDate: "2026-05-01",
      plannedEndDate: "2026-06-30",
      previousPlacementId: placement.id,
      periodNumber: 2,
    });
    const before = await written(placement.id);

    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-05-15" });

    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newPlannedEndDate", message: expect.stringContaining("överlappar deltagarens placering 2026-05-01–2026-06-30") }] });
    expect(await written(placement.id)).toEqual(before);
  });

  it("to a day that is not later than the current end is refused", async () => {
    const { placement } = await aRunningPlacement();
    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-04-30" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newPlannedEndDate", message: expect.stringContaining("senare än nuvarande slutdatum 2026-04-30") }] });
  });
});

describe("someone else changed the placement first", () => {
  it("a form opened at an older version is refused with the stale-edit sentence and nothing is written", async () => {
    const { placement } = await aRunningPlacement();
    await shortenPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-04-15", reason: "Deltagaren börjar studera" });
    const before = await written(placement.id);

    const result = await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-06-30" });

    expect(result).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await written(placement.id)).toEqual(before);
  });

  it("of two officers saving at the same moment, one succeeds and the other is told to reload", async () => {
    const { placement } = await aRunningPlacement();
    const results = await Promise.all([
      extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-06-30" }),
      extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-07-31" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "conflict", message: STALE_EDIT }]);
    const { row, events, audits } = await written(placement.id);
    expect(row.version).toBe(2);
    expect(events).toHaveLength(1);
    expect(audits).toHaveLength(1);
  });
});

describe("shortening a placement", () => {
  it("requires a reason", () => {
    const parsed = placementShortening.safeParse({ placementId: crypto.randomUUID(), version: "1", newPlannedEndDate: "2026-04-15" });
    expect(parsed.error?.issues).toMatchObject([{ path: ["reason"], message: "Fyll i anledning." }]);
  });

  it("moves the end earlier with the reason in its history", async () => {
    const { placement } = await aRunningPlacement();
    const result = await shortenPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-04-15", reason: "Deltagaren börjar studera" });
    expect(result.ok).toBe(true);
    const { row, events, audits } = await written(placement.id);
    expect(row).toMatchObject({ plannedEndDate: day("2026-04-15"), version: 2, status: "ACTIVE" });
    expect(events).toMatchObject([{ kind: "SHORTENED", reason: "Deltagaren börjar studera", endBefore: day("2026-04-30"), endAfter: day("2026-04-15") }]);
    expect(audits).toHaveLength(1);
  });

  it("to a day that has passed is refused: that is ending it", async () => {
    const { placement } = await aRunningPlacement();
    const before = await written(placement.id);
    const result = await shortenPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-02-20", reason: "Slutade komma" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newPlannedEndDate", message: expect.stringContaining("avsluta den i stället") }] });
    expect(await written(placement.id)).toEqual(before);
  });
});

describe("ending a placement", () => {
  const ending = { endReasonCode: "STARTED_WORK", outcomeKind: "WORK" } as const;

  it("with the reason ”other” needs the reason in words, and an interruption needs its reason", () => {
    const parsed = placementEnding.safeParse({ placementId: crypto.randomUUID(), version: "1", actualEndDate: "2026-03-01", endReasonCode: "OTHER", outcomeKind: "INTERRUPTED" });
    expect(parsed.error?.issues).toMatchObject([
      { path: ["endReasonText"], message: END_REASON_TEXT_MISSING },
      { path: ["interruptReason"], message: INTERRUPT_REASON_MISSING },
    ]);
  });

  it("records the last day, the coded reason and the outcome it led to", async () => {
    const { participant, placement } = await aRunningPlacement();
    const result = await endPlacement(world.officer, { placementId: placement.id, version: 1, actualEndDate: "2026-03-01", ...ending, notes: "Anställd som lagerarbetare" });

    expect(result.ok).toBe(true);
    const { row, events, audits } = await written(placement.id);
    expect(row).toMatchObject({ status: "ENDED", actualEndDate: day("2026-03-01"), endReasonCode: "STARTED_WORK", endReason: null, version: 2 });
    const outcome = await db.outcome.findUniqueOrThrow({ where: { id: row.outcomeId! } });
    expect(outcome).toMatchObject({ participantId: participant.id, kind: "WORK", date: day("2026-03-01"), notes: "Anställd som lagerarbetare", recordedById: world.officer.id });
    expect(events).toMatchObject([{ kind: "ENDED", reason: "Fick arbete", endBefore: day("2026-04-30"), endAfter: day("2026-03-01") }]);
    expect(audits[0]?.changes).toMatchObject({ change: "ENDED", outcome: { id: outcome.id, kind: "WORK" } });
  });

  it("keeps the words of ”other” and of an interruption", async () => {
    const { placement } = await aRunningPlacement();
    await endPlacement(world.officer, {
      placementId: placement.id,
      version: 1,
      actualEndDate: "2026-02-27",
      endReasonCode: "OTHER",
      endReasonText: "Flyttade från orten",
      outcomeKind: "INTERRUPTED",
      interruptReason: "Flytt",
    });
    const { row, events } = await written(placement.id);
    expect(row).toMatchObject({ endReasonCode: "OTHER", endReason: "Flyttade från orten" });
    expect(await db.outcome.findUniqueOrThrow({ where: { id: row.outcomeId! } })).toMatchObject({ kind: "INTERRUPTED", interruptReason: "Flytt" });
    expect(events[0]?.reason).toBe("Annat skäl: Flyttade från orten");
  });

  it.each([
    ["before the start", "2026-02-01", "före startdatumet 2026-02-02"],
    ["after the planned end (extend first)", "2026-05-04", "förläng den först"],
    ["in the future", "2026-03-03", "efter i dag (2026-03-02)"],
  ])("on a last day %s is refused and nothing is written", async (_, actualEndDate, words) => {
    const { placement } = await aRunningPlacement();
    const before = await written(placement.id);
    const result = await endPlacement(world.officer, { placementId: placement.id, version: 1, actualEndDate, ...ending });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "actualEndDate", message: expect.stringContaining(words) }] });
    expect(await written(placement.id)).toEqual(before);
    expect(await db.outcome.count({ where: { participantId: placement.participantId } })).toBe(0);
  });

  it("an ended placement is not extended, shortened or ended again", async () => {
    const { placement } = await aRunningPlacement();
    await endPlacement(world.officer, { placementId: placement.id, version: 1, actualEndDate: "2026-03-01", ...ending });
    const before = await written(placement.id);
    const refused = { ok: false, reason: "conflict", message: expect.stringContaining("redan avslutad") };
    expect(await extendPlacement(world.officer, { placementId: placement.id, version: 2, newPlannedEndDate: "2026-06-30" })).toMatchObject(refused);
    expect(await shortenPlacement(world.officer, { placementId: placement.id, version: 2, newPlannedEndDate: "2026-04-01", reason: "x" })).toMatchObject(refused);
    expect(await endPlacement(world.officer, { placementId: placement.id, version: 2, actualEndDate: "2026-03-01", ...ending })).toMatchObject(refused);
    expect(await written(placement.id)).toEqual(before);
  });
});

describe("a placement the calendar has ended", () => {
  /** What the hourly status job does once the planned end has passed: ENDED, with no reason yet. */
  async function endedByTheCalendar() {
    const { placement } = await aRunningPlacement();
    await db.placement.update({ where: { id: placement.id }, data: { plannedEndDate: day("2026-02-27"), status: "ENDED" } });
    return placement;
  }

  it("is still ended by the case officer with its reason and outcome", async () => {
    const placement = await endedByTheCalendar();
    const result = await endPlacement(world.officer, { placementId: placement.id, version: 1, actualEndDate: "2026-02-27", endReasonCode: "COMPLETED", outcomeKind: "OTHER_MEASURE" });
    expect(result.ok).toBe(true);
    expect((await written(placement.id)).row).toMatchObject({ status: "ENDED", endReasonCode: "COMPLETED", actualEndDate: day("2026-02-27") });
  });

  it("runs again when it is extended past today, and is not shortened", async () => {
    const placement = await endedByTheCalendar();
    expect(await shortenPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-02-20", reason: "x" })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-05-31" })).ok).toBe(true);
    const { row, audits } = await written(placement.id);
    expect(row).toMatchObject({ status: "ACTIVE", plannedEndDate: day("2026-05-31") });
    expect(audits[0]?.changes).toMatchObject({ status: { before: "ENDED", after: "ACTIVE" } });
  });
});

describe("cancelling a placement registered in error", () => {
  it("keeps the row with its reason, and frees its dates for another placement", async () => {
    const { participant, placement } = await aRunningPlacement();
    const sameDates = { participantId: participant.id, providerId: world.provider.id, officerId: world.officer.id, startDate: "2026-02-02", plannedEndDate: "2026-04-30" };
    await expect(createPlacementOn(db, sameDates)).rejects.toThrow(/Placement_no_overlap/);

    const result = await cancelPlacement(world.officer, { placementId: placement.id, version: 1, reason: "Registrerad på fel deltagare" });

    expect(result.ok).toBe(true);
    const { row, events, audits } = await written(placement.id);
    expect(row).toMatchObject({ status: "CANCELLED", endReason: "Registrerad på fel deltagare", plannedEndDate: day("2026-04-30"), version: 2 });
    expect(events).toMatchObject([{ kind: "CANCELLED", reason: "Registrerad på fel deltagare", date: day(TODAY), endBefore: day("2026-04-30"), endAfter: null }]);
    expect(audits).toHaveLength(1);
    await expect(createPlacementOn(db, sameDates)).resolves.toMatchObject({ participantId: participant.id });
  });

  it("cannot be changed afterwards", async () => {
    const { placement } = await aRunningPlacement();
    await cancelPlacement(world.officer, { placementId: placement.id, version: 1, reason: "Fel anordnare" });
    const before = await written(placement.id);
    const refused = { ok: false, reason: "conflict", message: changeRefusal({ status: "CANCELLED", endReasonCode: null }, "extend") };
    expect(await extendPlacement(world.officer, { placementId: placement.id, version: 2, newPlannedEndDate: "2026-06-30" })).toEqual(refused);
    expect(await cancelPlacement(world.officer, { placementId: placement.id, version: 2, reason: "Igen" })).toEqual(refused);
    expect(await written(placement.id)).toEqual(before);
  });

  it("is refused while a later period follows it, and releases its earlier period when it is the latest", async () => {
    const { participant, placement: first } = await aRunningPlacement();
    const second = await createPlacementOn(db, {
      participantId: participant.id,
      providerId: world.provider.id,
      officerId: world.officer.id,
      startDate: "2026-05-01",
      plannedEndDate: "2026-06-30",
      previousPlacementId: first.id,
      periodNumber: 2,
    });
    expect(await cancelPlacement(world.officer, { placementId: first.id, version: 1, reason: "Fel" })).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("börjar 2026-05-01") });

    expect((await cancelPlacement(world.officer, { placementId: second.id, version: 1, reason: "Fel anordnare" })).ok).toBe(true);
    expect(await db.placement.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "CANCELLED", previousPlacementId: null, periodNumber: 2 });
  });
});

describe("who may change a placement", () => {
  const everyChange = (placementId: string) => [
    (user: typeof world.officer) => extendPlacement(user, { placementId, version: 1, newPlannedEndDate: "2026-06-30" }),
    (user: typeof world.officer) => shortenPlacement(user, { placementId, version: 1, newPlannedEndDate: "2026-04-15", reason: "x" }),
    (user: typeof world.officer) => endPlacement(user, { placementId, version: 1, actualEndDate: "2026-03-01", endReasonCode: "COMPLETED", outcomeKind: "OTHER_MEASURE" }),
    (user: typeof world.officer) => cancelPlacement(user, { placementId, version: 1, reason: "x" }),
  ];

  it("another unit's case officer does not find it, and nothing is written", async () => {
    const { placement } = await aRunningPlacement();
    const before = await written(placement.id);
    for (const change of everyChange(placement.id)) expect(await change(world.otherUnitsOfficer)).toEqual({ ok: false, reason: "not-found" });
    expect(await written(placement.id)).toEqual(before);
  });

  it("the host workplace sees its placement but may not change it; another host does not find it", async () => {
    const { placement } = await aRunningPlacement();
    const before = await written(placement.id);
    for (const change of everyChange(placement.id)) {
      expect(await change(world.host)).toEqual({ ok: false, reason: "forbidden" });
      expect(await change(world.otherHost)).toEqual({ ok: false, reason: "not-found" });
    }
    expect(await written(placement.id)).toEqual(before);
  });
});

describe("the placement's page", () => {
  it("shows the history to the unit's case officer and audits the read of the participant", async () => {
    const { participant, placement } = await aRunningPlacement();
    await extendPlacement(world.officer, { placementId: placement.id, version: 1, newPlannedEndDate: "2026-06-30", reason: "Mer tid" });

    const view = await getPlacement(world.officer, placement.id);

    expect(view).toMatchObject({ id: placement.id, startDate: "2026-02-02", plannedEndDate: "2026-06-30", version: 2, participant: { id: participant.id } });
    expect(view?.events).toMatchObject([{ kind: "EXTENDED", endBefore: "2026-04-30", endAfter: "2026-06-30", reason: "Mer tid", by: { name: expect.any(String) } }]);
    const reads = await db.auditEvent.findMany({ where: { action: "READ", entity: "Participant", entityId: participant.id, actorId: world.officer.id } });
    expect(reads).toMatchObject([{ changes: { view: "placement", placementId: placement.id } }]);
  });

  it("is not found for another unit's case officer or the host workplace, and nothing is audited as read", async () => {
    const { participant, placement } = await aRunningPlacement();
    expect(await getPlacement(world.otherUnitsOfficer, placement.id)).toBeNull();
    expect(await getPlacement(world.host, placement.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "READ", entityId: participant.id } })).toBe(0);
  });
});
