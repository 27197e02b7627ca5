import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AF_DECISION_2023, AF_GUIDELINES } from "@/lib/rules";
import { databaseRefusal } from "@/lib/server/command";
import { refreshPlacementStatuses } from "@/lib/server/placements/refresh-statuses";
import { registerPlacement } from "@/lib/server/placements/register-placement";
import { createPrismaClient } from "@/lib/server/prisma-client";
import type { Result } from "@/lib/server/result";
import type { PlacementRegistration } from "@/lib/validation/placement";
import { createAssessment, createParticipant, createPlacement, createProvider, createSupervisor, createUnit, createUser } from "../support/factories";

const TODAY = "2026-03-10";
const db = createPrismaClient(process.env.DATABASE_URL!);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(() => {
  process.env.STEGVIS_TODAY = TODAY;
});
afterAll(async () => {
  delete process.env.STEGVIS_TODAY;
  await db.$disconnect();
});

/** A case officer, a participant in JOB in the officer's unit and a provider with room. */
async function caseOfficerWithParticipant() {
  const unit = await createUnit(db);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const participant = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id, programme: "JOB" });
  const provider = await createProvider(db);
  return { unit, officer, participant, provider };
}

/** Six months of arbetsträning in JOB starting next Monday, with a new assessment recorded on the form. */
function registration(participantId: string, providerId: string, changes: Partial<PlacementRegistration> = {}): PlacementRegistration {
  return {
    participantId,
    providerId,
    programme: "JOB",
    kind: "ARBETSTRANING",
    mode: "ON_SITE",
    decisionDate: "2026-03-09",
    startDate: "2026-03-16",
    plannedEndDate: "2026-09-15",
    hoursPerWeek: 20,
    goals: "Komma i gång med fasta tider",
    tasks: "Plock och pack, inventering",
    aioReason: "QUEUE",
    assessmentChoice: "NEW",
    assessmentDate: "2026-03-05",
    assessmentReasoning: "Behöver träna arbetsrutiner i en verklig miljö",
    assessmentConclusion: "Arbetsträning är den mest lämpliga insatsen",
    assessmentSuitable: true,
    lateRegistration: false,
    ...changes,
  };
}

function errorsOf<T>(result: Result<T>): Record<string, string> {
  if (result.ok || result.reason !== "invalid") throw new Error(`Expected field errors, got ${JSON.stringify(result)}`);
  return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

describe("registering a placement", () => {
  it("registers six months of arbetsträning in JOB with its assessment, its REGISTERED event and the audit events", async () => {
    const { officer, participant, provider, unit } = await caseOfficerWithParticipant();
    const supervisor = await createSupervisor(db, { providerId: provider.id });
    const { id } = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { supervisorId: supervisor.id })));

    const placement = await db.placement.findUniqueOrThrow({ where: { id }, include: { events: true, assessment: true } });
    expect(placement).toMatchObject({
      participantId: participant.id,
      unitId: unit.id,
      decidedById: officer.id,
      supervisorId: supervisor.id,
      status: "PLANNED",
      periodNumber: 1,
      previousPlacementId: null,
      ruleSetId: "AF-2023-10-01",
      startDate: day("2026-03-16"),
      plannedEndDate: day("2026-09-15"),
      nextFollowUpDueOn: day("2026-03-30"),
      lateRegistrationReason: null,
      capacityOverrideReason: null,
    });
    expect(placement.assessment).toMatchObject({ participantId: participant.id, assessedById: officer.id, date: day("2026-03-05"), suitable: true });
    expect(placement.events.map((e) => [e.kind, e.byId, e.date, e.endAfter])).toEqual([["REGISTERED", officer.id, day("2026-03-09"), day("2026-09-15")]]);
    const audit = await db.auditEvent.findMany({ where: { actorId: officer.id, action: "CREATE" }, orderBy: { at: "asc" } });
    expect(audit.map((e) => [e.entity, e.entityId])).toEqual([
      ["IndividualAssessment", placement.assessmentId],
      ["Placement", id],
    ]);
  });

  it("refuses seven months at the planned end, with the rule and its source, and saves nothing, not even the assessment", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { plannedEndDate: "2026-10-15" })));
    expect(Object.keys(errors)).toEqual(["plannedEndDate"]);
    expect(errors.plannedEndDate).toContain("ligger efter periodens sista tillåtna dag, 2026-09-15");
    expect(errors.plannedEndDate).toContain(`Arbetsträning i jobb- och utvecklingsgarantin får vara högst 6 månader (${AF_GUIDELINES})`);
    expect(await db.placement.count({ where: { participantId: participant.id } })).toBe(0);
    expect(await db.individualAssessment.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("refuses the withdrawn kind förstärkt arbetsträning med fördjupad bedömning with the rules' own message", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { kind: "FORSTARKT_FORDJUPAD" })));
    expect(errors.kind).toBe(
      `Förstärkt arbetsträning med fördjupad bedömning anvisas inte i beslut från och med 2023-10-01 (${AF_DECISION_2023}). Välj arbetsträning eller förstärkt arbetsträning.`,
    );
  });

  it("asks why arbetsintegrerande övningsplatser could not be used", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { aioReason: undefined })));
    expect(errors.aioReason).toMatch(/^Ange varför tjänsten Arbetsintegrerande övningsplatser inte kan användas/);
  });

  it("refuses a placement resting on an assessment that found arbetsträning unsuitable", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { assessmentSuitable: false })));
    expect(errors.assessmentSuitable).toMatch(/inte är den mest lämpliga insatsen/);
  });

  it("accepts an assessment recorded earlier for this participant, and not one of another participant", async () => {
    const { officer, participant, provider, unit } = await caseOfficerWithParticipant();
    const other = await createParticipant(db, { unitId: unit.id });
    const theirs = await createAssessment(db, { participantId: other.id, date: "2026-03-02" });
    const refused = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { assessmentChoice: "EXISTING", assessmentId: theirs.id })));
    expect(refused.assessmentId).toBe("Välj en bedömning av den här deltagaren i listan.");

    const own = await createAssessment(db, { participantId: participant.id, date: "2026-03-02" });
    const { id } = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { assessmentChoice: "EXISTING", assessmentId: own.id })));
    expect((await db.placement.findUniqueOrThrow({ where: { id } })).assessmentId).toBe(own.id);
  });
});

describe("a new period", () => {
  it("needs a new assessment, then is numbered 2 and linked to the period before", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const first = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { plannedEndDate: "2026-06-15" })));
    const firstAssessment = (await db.placement.findUniqueOrThrow({ where: { id: first.id } })).assessmentId;
    const secondPeriod = { previousPlacementId: first.id, decisionDate: "2026-06-10", startDate: "2026-06-16", plannedEndDate: "2026-12-15" };

    const withOld = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { ...secondPeriod, assessmentChoice: "EXISTING", assessmentId: firstAssessment })));
    expect(Object.keys(withOld)).toEqual(["assessmentChoice"]);
    expect(withOld.assessmentChoice).toMatch(/^Det saknas en ny individuell bedömning, gjord efter förra periodens start 2026-03-16 och senast beslutsdagen 2026-06-10\./);

    const { id } = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { ...secondPeriod, assessmentDate: "2026-06-08" })));
    const second = await db.placement.findUniqueOrThrow({ where: { id } });
    expect(second).toMatchObject({ periodNumber: 2, previousPlacementId: first.id });
    expect(second.assessmentId).not.toBe(firstAssessment);
  });

  it("follows only the participant's latest period", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const first = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { plannedEndDate: "2026-04-15" })));
    valueOf(
      await registerPlacement(
        officer,
        registration(participant.id, provider.id, { previousPlacementId: first.id, decisionDate: "2026-04-10", assessmentDate: "2026-04-08", startDate: "2026-04-16", plannedEndDate: "2026-06-15" }),
      ),
    );
    const errors = errorsOf(
      await registerPlacement(
        officer,
        registration(participant.id, provider.id, { previousPlacementId: first.id, decisionDate: "2026-06-10", assessmentDate: "2026-06-08", startDate: "2026-06-16", plannedEndDate: "2026-09-15" }),
      ),
    );
    expect(errors.previousPlacementId).toBe("Den valda perioden har redan en efterföljande period.");
  });
});

describe("a late registration (efterregistrering)", () => {
  const late = { decisionDate: "2026-02-16", assessmentDate: "2026-02-12", startDate: "2026-02-20", plannedEndDate: "2026-08-19" };

  it("is refused for a start more than 7 days back unless marked, and kept with its reason", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, late)));
    expect(errors.lateRegistration).toMatch(/^Startdatum 2026-02-20 ligger 18 dagar före i dag \(2026-03-10\)/);

    const reason = "Beslutet fattades på papper under driftstoppet.";
    const { id } = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { ...late, lateRegistration: true, lateRegistrationReason: reason })));
    expect(await db.placement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", lateRegistrationReason: reason });
  });
});

describe("the provider's capacity", () => {
  it("refuses a placement beyond it unless the officer overrides with a reason, which is kept", async () => {
    const { officer, participant, provider, unit } = await caseOfficerWithParticipant();
    await db.provider.update({ where: { id: provider.id }, data: { capacity: 1 } });
    await createPlacement(db, { participantId: (await createParticipant(db, { unitId: unit.id })).id, providerId: provider.id });

    const errors = errorsOf(await registerPlacement(officer, registration(participant.id, provider.id)));
    expect(errors.capacityOverrideReason).toBe(
      `${provider.name} har 1 plats och redan 1 placering som pågår eller ska börja. Välj en annan anordnare, eller skriv varför placeringen ändå ska göras här.`,
    );
    const reason = "Anordnaren har tagit in en extra handledare under våren.";
    const { id } = valueOf(await registerPlacement(officer, registration(participant.id, provider.id, { capacityOverrideReason: reason })));
    expect((await db.placement.findUniqueOrThrow({ where: { id } })).capacityOverrideReason).toBe(reason);
  });
});

describe("what the officer may place", () => {
  it("answers not found for another unit's participant", async () => {
    const { participant, provider } = await caseOfficerWithParticipant();
    const elsewhere = await createUser(db, { role: "HANDLAGGARE", unitId: (await createUnit(db)).id });
    expect(await registerPlacement(elsewhere, registration(participant.id, provider.id))).toEqual({ ok: false, reason: "not-found" });
    expect(await db.placement.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("refuses an unknown or inactive provider, and a supervisor of another provider, at their fields", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    expect(errorsOf(await registerPlacement(officer, registration(participant.id, randomUUID()))).providerId).toBe("Välj en aktiv anordnare i listan.");
    const closed = await createProvider(db);
    await db.provider.update({ where: { id: closed.id }, data: { active: false } });
    expect(errorsOf(await registerPlacement(officer, registration(participant.id, closed.id))).providerId).toBe("Välj en aktiv anordnare i listan.");
    const elsewhere = await createSupervisor(db, { providerId: (await createProvider(db)).id });
    expect(errorsOf(await registerPlacement(officer, registration(participant.id, provider.id, { supervisorId: elsewhere.id }))).supervisorId).toBe(
      `Välj en handledare hos ${provider.name}.`,
    );
  });
});

describe("nothing doubled", () => {
  it("lets exactly one of two officers registering overlapping placements at the same moment succeed", async () => {
    const { officer, participant, provider, unit } = await caseOfficerWithParticipant();
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const results = await Promise.all([
      registerPlacement(officer, registration(participant.id, provider.id)),
      registerPlacement(colleague, registration(participant.id, provider.id, { startDate: "2026-04-01", plannedEndDate: "2026-09-30" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok)!;
    expect(Object.keys(errorsOf(refused))).toContain("startDate");
    expect(await db.placement.count({ where: { participantId: participant.id } })).toBe(1);
  });

  it("is kept by the database itself: of two parallel transactions inserting overlapping placements, one fails on Placement_no_overlap", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const assessment = await createAssessment(db, { participantId: participant.id, date: "2026-03-05" });
    const row = (start: string, end: string) => ({
      participantId: participant.id,
      providerId: provider.id,
      unitId: participant.unitId,
      assessmentId: assessment.id,
      decidedById: officer.id,
      programme: "JOB",
      kind: "ARBETSTRANING" as const,
      decisionDate: day("2026-03-09"),
      startDate: day(start),
      plannedEndDate: day(end),
      hoursPerWeek: 20,
      goals: "Mål",
      tasks: "Uppgifter",
      aioReason: "QUEUE" as const,
    });
    const [first, second] = [createPrismaClient(process.env.DATABASE_URL!), createPrismaClient(process.env.DATABASE_URL!)];
    try {
      let firstInserted!: () => void;
      const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
      const results = await Promise.allSettled([
        first.$transaction(async (tx) => {
          await tx.placement.create({ data: row("2026-03-16", "2026-09-15") });
          firstInserted();
          // Still open while the other transaction inserts: that insert must wait for this one.
          await new Promise((resolve) => setTimeout(resolve, 500));
        }),
        inserted.then(() => second.$transaction(async (tx) => tx.placement.create({ data: row("2026-05-01", "2026-10-31") }))),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
      const failure = (results[1] as PromiseRejectedResult).reason;
      expect(databaseRefusal(failure)).toEqual({ code: "23P01", constraint: "Placement_no_overlap" });
      expect(await db.placement.count({ where: { participantId: participant.id } })).toBe(1);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
  });

  it("does not count a cancelled placement as blocking", async () => {
    const { officer, participant, provider } = await caseOfficerWithParticipant();
    const cancelled = await createPlacement(db, { participantId: participant.id, providerId: provider.id });
    await db.placement.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", endReason: "Registrerad på fel deltagare" } });
    valueOf(await registerPlacement(officer, registration(participant.id, provider.id)));
  });
});

describe("statuses from the calendar", () => {
  it("turns planned placements whose start has come active and those whose end has passed ended, audited as a system event", async () => {
    const { participant, provider, unit } = await caseOfficerWithParticipant();
    const other = await createParticipant(db, { unitId: unit.id });
    const third = await createParticipant(db, { unitId: unit.id });
    const fourth = await createParticipant(db, { unitId: unit.id });
    const starting = await createPlacement(db, { participantId: participant.id, providerId: provider.id, status: "PLANNED" });
    const ending = await createPlacement(db, { participantId: other.id, providerId: provider.id, status: "ACTIVE" });
    const cancelled = await createPlacement(db, { participantId: third.id, providerId: provider.id, status: "PLANNED" });
    await db.placement.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", endReason: "Fel deltagare" } });
    const endedEarly = await createPlacement(db, { participantId: fourth.id, providerId: provider.id, status: "ACTIVE" });
    await db.placement.update({ where: { id: endedEarly.id }, data: { actualEndDate: day("2026-02-01") } });
    // The factory's placements run 2026-01-15 to 2026-07-14.
    await db.placement.update({ where: { id: ending.id }, data: { plannedEndDate: day("2026-02-28") } });

    const counts = await refreshPlacementStatuses(db, "2026-03-10");
    const status = async (id: string) => (await db.placement.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(starting.id), await status(ending.id), await status(cancelled.id), await status(endedEarly.id)]).toEqual(["ACTIVE", "ENDED", "CANCELLED", "ENDED"]);
    expect(counts.activated).toBeGreaterThanOrEqual(1);
    expect(counts.ended).toBeGreaterThanOrEqual(2);

    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Placement", actorId: null }, orderBy: { at: "desc" } });
    expect(event.changes).toMatchObject({ job: "status-from-calendar", today: "2026-03-10", activated: counts.activated, ended: counts.ended });
    expect((event.changes as { activatedIds: string[] }).activatedIds).toContain(starting.id);
    expect((event.changes as { endedIds: string[] }).endedIds).toEqual(expect.arrayContaining([ending.id, endedEarly.id]));

    expect(await refreshPlacementStatuses(db, "2026-03-10")).toEqual({ activated: 0, ended: 0 });
  });
});
