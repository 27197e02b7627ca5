import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { susRegister, susRegisterCsv } from "@/lib/server/dashboard/sus-register";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";
import { coordinatorWith } from "../support/dashboard-factories";
import { createParticipant, createPlacementOn, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
process.env.NEXTAUTH_SECRET ??= "en-hemlighet-bara-for-testerna-som-ar-lang-nog";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = parseDashboardParams({ fran: "2026-01-01", till: "2026-06-30" }, "2026-07-01").filter;

describe("the per-person SUS file", () => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  async function buildWorld() {
    const [unit, elsewhere] = [await createUnit(db), await createUnit(db)];
    const provider = await createProvider(db);
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const person = async (unitId: string, consent: { given?: string; withdrawn?: string }) => {
      const participant = await createParticipant(db, { unitId });
      await db.participant.update({
        where: { id: participant.id },
        data: { consentDate: consent.given ? day(consent.given) : null, consentWithdrawnOn: consent.withdrawn ? day(consent.withdrawn) : null, compensation: "ACTIVITY_SUPPORT" },
      });
      const placement = await createPlacementOn(db, { participantId: participant.id, providerId: provider.id, officerId: officer.id, startDate: "2026-02-01", plannedEndDate: "2026-05-31", status: "ACTIVE" });
      await db.stageAssessment.create({ data: { participantId: participant.id, stage: "KOMMA_IGANG", date: day("2026-01-20"), assessedById: officer.id, reason: "Start" } });
      return { participant, placement };
    };
    const consenting = await person(unit.id, { given: "2026-01-10" });
    // Ended with an outcome: the row carries the out date, the stage then and the situation after.
    await db.stageAssessment.create({ data: { participantId: consenting.participant.id, stage: "NASTAN_FRAMME", date: day("2026-04-20"), assessedById: officer.id, reason: "Nära arbete" } });
    const outcome = await db.outcome.create({ data: { participantId: consenting.participant.id, kind: "WORK", date: day("2026-04-30"), recordedById: officer.id } });
    await db.placement.update({ where: { id: consenting.placement.id }, data: { status: "ENDED", actualEndDate: day("2026-04-30"), endReasonCode: "STARTED_WORK", outcomeId: outcome.id } });
    const withoutConsent = await person(unit.id, {});
    const withdrawn = await person(unit.id, { given: "2026-01-10", withdrawn: "2026-03-01" });
    const givenAgain = await person(unit.id, { given: "2026-03-05", withdrawn: "2026-03-01" });
    const outside = await person(elsewhere.id, { given: "2026-01-10" });
    const coordinator = await coordinatorWith(db, { unitIds: [unit.id] });
    return { consenting, withoutConsent, withdrawn, givenAgain, outside, coordinator };
  }
  beforeAll(async () => {
    world = await buildWorld();
  });

  it("has one row per consenting participant's measure in the coordinator's scope, with in, out, situation before and after", async () => {
    const register = (await susRegister(world.coordinator, period))!;
    expect(register.rows).toHaveLength(2);
    expect(register.withoutConsent).toBe(2);
    const ended = register.rows.find((r) => r.outDate !== "")!;
    expect(ended).toMatchObject({
      gender: "Kvinna",
      measure: "Arbetsträning",
      measureCode: "JOB|ARBETSTRANING",
      inDate: "2026-02-01",
      outDate: "2026-04-30",
      compensationAtStart: "Aktivitetsstöd",
      stageAtStart: "Komma igång",
      stageAtEnd: "Nästan framme",
      situationAfter: "Arbete",
    });
    const running = register.rows.find((r) => r.outDate === "")!;
    expect([running.situationAfter, running.stageAtEnd]).toEqual(["", ""]);
  });

  it("names nobody: a stable pseudonym, a birth year, never the personnummer, name or id", async () => {
    const [first, again] = [(await susRegister(world.coordinator, period))!, (await susRegister(world.coordinator, period))!];
    expect(first.rows.map((r) => r.pseudonym)).toEqual(again.rows.map((r) => r.pseudonym));
    const csv = susRegisterCsv(first.rows);
    const people = await db.participant.findMany({ where: { id: { in: [world.consenting.participant.id, world.givenAgain.participant.id] } } });
    for (const p of people) for (const secret of [p.id, p.personalIdentityNumber, p.lastName]) expect(csv).not.toContain(secret);
    expect(csv.split("\r\n")[0]).toContain("Löpnummer;Kön;Födelseår;Program;Insats;Insatskod;Inskriven;Utskriven");
  });

  it("logs the export and each participant in it", async () => {
    const coordinator = await coordinatorWith(db, { unitIds: [(await db.participant.findUniqueOrThrow({ where: { id: world.consenting.participant.id } })).unitId] });
    await susRegister(coordinator, period);
    const events = await db.auditEvent.findMany({ where: { actorId: coordinator.id } });
    expect(events.filter((e) => e.action === "EXPORT" && e.entity === "SusRegister")).toHaveLength(1);
    expect(events.filter((e) => e.action === "READ").map((e) => e.entityId).sort()).toEqual([world.consenting.participant.id, world.givenAgain.participant.id].sort());
  });

  it("gives a coordinator without scope nothing, and refuses every other role", async () => {
    expect(await susRegister(await coordinatorWith(db), period)).toBeNull();
    await expect(susRegister(await createUser(db, { role: "ADMIN" }), period)).rejects.toThrow(/viewDashboard/);
  });
});
