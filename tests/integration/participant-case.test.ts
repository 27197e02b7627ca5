import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { saveActionPlan } from "@/lib/server/action-plans";
import { ASSESSMENT_IN_FUTURE, recordAssessment } from "@/lib/server/assessments";
import { describeAccess } from "@/lib/format/access-description";
import { getAccessLog } from "@/lib/server/data-protection/access-log";
import { recordMilestone } from "@/lib/server/milestones";
import { getParticipantCase } from "@/lib/server/participant-case";
import { registerParticipant, transferParticipant, updateParticipant } from "@/lib/server/participants";
import { ELSEWHERE_LOOKUP_LIMIT, ELSEWHERE_LOOKUP_VIEW, REGISTRATION_PAUSED } from "@/lib/server/personal-number-lookups";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { listProviderPlacements } from "@/lib/server/provider-placements";
import { STALE_EDIT } from "@/lib/server/result";
import { actionPlanInput } from "@/lib/validation/action-plan";
import { assessmentInput } from "@/lib/validation/assessment";
import { milestoneInput } from "@/lib/validation/milestone";
import { participantInput, participantTransfer, participantUpdate } from "@/lib/validation/participant";
import {
  createParticipant,
  createPlacement,
  createProtectedParticipant,
  createProvider,
  createUnit,
  createUser,
  testCoordinationNumber,
  testPersonalNumber,
  untakenPersonalNumber,
  withWrongCheckDigit,
} from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A unit with one case officer and one participant in their caseload. */
async function officerWithParticipant() {
  const unit = await createUnit(db);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const participant = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id });
  return { unit, officer, participant };
}

const readsOf = (participantId: string, actorId: string) =>
  db.auditEvent.findMany({ where: { entity: "Participant", entityId: participantId, actorId, action: "READ" }, orderBy: { id: "asc" } });

const registration = (personalIdentityNumber: string, overrides: Record<string, unknown> = {}) =>
  participantInput.safeParse({ personalIdentityNumber, firstName: "Sara", lastName: "Nyström", gender: "FEMALE", municipalityCode: "0980", programme: "JOB", ...overrides });

describe("the participant's case", () => {
  it("is read with an audit event, and shows the personnummer masked", async () => {
    const { officer, participant } = await officerWithParticipant();
    const shown = await getParticipantCase(officer, participant.id);
    expect(shown?.id).toBe(participant.id);
    expect(shown?.personalNumber).toBe(`${participant.personalIdentityNumber.slice(0, 8)}-****`);
    // The whole number, in either written form, is nowhere in what the page gets (a random id or date may hold its last digits).
    const text = JSON.stringify(shown);
    expect(text).not.toContain(participant.personalIdentityNumber);
    expect(text).not.toContain(participant.personalIdentityNumber.slice(2));
    expect((await readsOf(participant.id, officer.id)).map((e) => e.changes)).toEqual([{ view: "participant-case" }]);
  });

  it("is not found for a participant of another unit, or an id that does not exist, and nothing is logged as read", async () => {
    const { officer } = await officerWithParticipant();
    const elsewhere = await officerWithParticipant();
    expect(await getParticipantCase(officer, elsewhere.participant.id)).toBeNull();
    expect(await getParticipantCase(officer, randomUUID())).toBeNull();
    expect(await readsOf(elsewhere.participant.id, officer.id)).toEqual([]);
  });

  it("shows the whole personnummer only together with an audit event of its own", async () => {
    const { officer, participant } = await officerWithParticipant();
    const shown = await getParticipantCase(officer, participant.id, { revealPersonalNumber: true });
    const number = participant.personalIdentityNumber;
    expect(shown?.personalNumber).toBe(`${number.slice(0, 8)}-${number.slice(8)}`);
    expect(shown?.personalNumberRevealed).toBe(true);
    expect((await readsOf(participant.id, officer.id)).map((e) => e.changes)).toEqual([{ view: "participant-case" }, { view: "reveal-personal-number" }]);
  });

  it("lists the stage history newest first, a move back shown as such", async () => {
    const { officer, participant } = await officerWithParticipant();
    const stage = (stage: "KOMMA_IGANG" | "PA_VAG" | "NASTAN_FRAMME", date: string, reason: string) =>
      db.stageAssessment.create({ data: { participantId: participant.id, stage, date: new Date(`${date}T00:00:00Z`), assessedById: officer.id, reason } });
    await stage("KOMMA_IGANG", "2026-01-10", "Startar");
    await stage("PA_VAG", "2026-02-10", "Passar tider");
    await stage("KOMMA_IGANG", "2026-03-10", "Sjukskriven en månad");
    const shown = await getParticipantCase(officer, participant.id);
    expect(shown?.stageHistory.map((s) => [s.stage, s.direction, s.reason, s.assessedBy.name])).toEqual([
      ["KOMMA_IGANG", "BACK", "Sjukskriven en månad", officer.name],
      ["PA_VAG", "FORWARD", "Passar tider", officer.name],
      ["KOMMA_IGANG", null, "Startar", officer.name],
    ]);
  });
});

describe("an individual assessment", () => {
  const input = (participantId: string, overrides: Record<string, unknown> = {}) =>
    assessmentInput.parse({
      participantId,
      assessmentDate: "2026-01-05",
      assessmentReasoning: "Har följt schemat i tre månader, <b>behöver</b> fler arbetsuppgifter.",
      assessmentConclusion: "Arbetsträning är fortfarande lämpligast.",
      assessmentSuitable: true,
      ...overrides,
    });

  it("is recorded by the officer, shown on the case and logged", async () => {
    const { officer, participant } = await officerWithParticipant();
    const result = await recordAssessment(officer, input(participant.id));
    expect(result).toEqual({ ok: true, value: { id: expect.any(String), participantId: participant.id } });
    const shown = await getParticipantCase(officer, participant.id);
    expect(shown?.assessments.map((a) => [a.reasoning, a.suitable, a.assessedBy.name])).toEqual([
      ["Har följt schemat i tre månader, <b>behöver</b> fler arbetsuppgifter.", true, officer.name],
    ]);
    const id = result.ok ? result.value.id : "";
    expect(await db.auditEvent.count({ where: { entity: "IndividualAssessment", entityId: id, action: "CREATE", actorId: officer.id } })).toBe(1);
  });

  it("sent twice at once and once more (a double click, a replay) is recorded once, with one event", async () => {
    const { officer, participant } = await officerWithParticipant();
    const results = [...(await Promise.all([recordAssessment(officer, input(participant.id)), recordAssessment(officer, input(participant.id))])), await recordAssessment(officer, input(participant.id))];
    const saved = await db.individualAssessment.findMany({ where: { participantId: participant.id } });
    expect(saved).toHaveLength(1);
    expect(results).toEqual(Array(3).fill({ ok: true, value: { id: saved[0]!.id, participantId: participant.id } }));
    expect(await db.auditEvent.count({ where: { entity: "IndividualAssessment", entityId: saved[0]!.id, action: "CREATE" } })).toBe(1);
    // Another judgement the same day is another assessment.
    expect((await recordAssessment(officer, input(participant.id, { assessmentSuitable: false, assessmentConclusion: "Inte längre lämpligast." }))).ok).toBe(true);
    expect(await db.individualAssessment.count({ where: { participantId: participant.id } })).toBe(2);
  });

  it("is refused at its date when the date lies ahead, and nothing is saved", async () => {
    const { officer, participant } = await officerWithParticipant();
    expect(await recordAssessment(officer, input(participant.id, { assessmentDate: "2999-01-01" }))).toEqual({
      ok: false,
      reason: "invalid",
      errors: [{ field: "assessmentDate", message: ASSESSMENT_IN_FUTURE }],
    });
    expect(await db.individualAssessment.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("is refused before it reaches the service when the reasoning is missing or the date is not a date", () => {
    const parsed = assessmentInput.safeParse({ participantId: randomUUID(), assessmentDate: "2026-02-30", assessmentConclusion: "Ja" });
    const fields = parsed.error?.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["assessmentDate", "assessmentReasoning"]));
  });

  it("of another unit's participant is not found, and nothing is saved", async () => {
    const { officer } = await officerWithParticipant();
    const elsewhere = await officerWithParticipant();
    expect(await recordAssessment(officer, input(elsewhere.participant.id))).toEqual({ ok: false, reason: "not-found" });
    expect(await db.individualAssessment.count({ where: { participantId: elsewhere.participant.id } })).toBe(0);
  });
});

describe("editing and transferring a participant", () => {
  const update = (participant: { id: string; version: number }, overrides: Record<string, unknown> = {}) =>
    participantUpdate.parse({ participantId: participant.id, version: participant.version, firstName: "Ny", lastName: "Namnsson", gender: "MALE", municipalityCode: "0980", programme: "UGA", ...overrides });

  it("saves corrected details and logs what changed", async () => {
    const { officer, participant } = await officerWithParticipant();
    expect(await updateParticipant(officer, update(participant))).toEqual({ ok: true, value: { id: participant.id } });
    const saved = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect([saved.firstName, saved.programme, saved.version]).toEqual(["Ny", "UGA", participant.version + 1]);
    const [event] = await db.auditEvent.findMany({ where: { entityId: participant.id, action: "UPDATE" } });
    expect(event?.changes).toMatchObject({ firstName: { before: "Test", after: "Ny" }, programme: { before: "JOB", after: "UGA" } });
  });

  it("refuses an edit made on a form opened before someone else's, and changes nothing", async () => {
    const { officer, participant } = await officerWithParticipant();
    await updateParticipant(officer, update(participant, { firstName: "Först" }));
    expect(await updateParticipant(officer, update(participant, { firstName: "Sen" }))).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    const saved = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect([saved.firstName, saved.version]).toEqual(["Först", participant.version + 1]);
  });

  it("to an officer at another unit moves the participant out of reach, with the move logged from and to", async () => {
    const { unit, officer, participant } = await officerWithParticipant();
    const otherUnit = await createUnit(db);
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
    const transfer = participantTransfer.parse({ participantId: participant.id, version: participant.version, responsibleOfficerId: colleague.id, reason: "Har flyttat till Slite" });
    expect(await transferParticipant(officer, transfer)).toEqual({ ok: true, value: { id: participant.id, stillVisible: false } });
    expect(await getParticipantCase(officer, participant.id)).toBeNull();
    expect((await getParticipantCase(colleague, participant.id))?.responsibleOfficer?.id).toBe(colleague.id);
    const [event] = await db.auditEvent.findMany({ where: { entityId: participant.id, action: "UPDATE", actorId: officer.id } });
    expect(event?.changes).toEqual({
      transfer: { fromOfficer: officer.id, toOfficer: colleague.id, fromUnit: unit.id, toUnit: otherUnit.id },
      reason: "Har flyttat till Slite",
    });
  });
});

describe("registering a participant", () => {
  it("refuses a personnummer with a wrong check digit at the field", () => {
    const parsed = registration(withWrongCheckDigit(testPersonalNumber()));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["personalIdentityNumber", expect.stringContaining("kontrollsiffran")],
    ]);
  });

  it("recognises a samordningsnummer", async () => {
    const { officer } = await officerWithParticipant();
    const result = await registerParticipant(officer, registration(testCoordinationNumber()).data!);
    expect(result.ok).toBe(true);
    const saved = await db.participant.findUniqueOrThrow({ where: { id: result.ok ? result.value.id : "" } });
    expect([saved.isCoordinationNumber, saved.unitId, saved.responsibleOfficerId]).toEqual([true, officer.unitId, officer.id]);
  });

  it("leads to the participant already registered in the unit instead of a second one", async () => {
    const { officer, participant } = await officerWithParticipant();
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: officer.unitId });
    expect(await registerParticipant(colleague, registration(participant.personalIdentityNumber).data!)).toEqual({ ok: true, value: { id: participant.id, existing: true } });
    expect(await db.participant.count({ where: { personalIdentityNumber: participant.personalIdentityNumber } })).toBe(1);
  });

  it("refuses, at the field, a number registered at another unit", async () => {
    const { officer } = await officerWithParticipant();
    const elsewhere = await officerWithParticipant();
    const result = await registerParticipant(officer, registration(elsewhere.participant.personalIdentityNumber).data!);
    expect(result).toEqual({ ok: false, reason: "invalid", errors: [{ field: "personalIdentityNumber", message: expect.stringContaining("finns redan hos en annan enhet") }] });
  });

  it("logs a number found at another unit as a read of that participant, shown in their access-log extract", async () => {
    const { officer } = await officerWithParticipant();
    const elsewhere = await officerWithParticipant();
    await registerParticipant(officer, registration(elsewhere.participant.personalIdentityNumber).data!);
    expect((await readsOf(elsewhere.participant.id, officer.id)).map((event) => event.changes)).toEqual([{ view: ELSEWHERE_LOOKUP_VIEW, unitId: officer.unitId }]);
    const extract = await getAccessLog(elsewhere.officer, elsewhere.participant.id, "page");
    expect(extract?.rows.filter((row) => row.who === officer.name).map((row) => row.description)).toEqual([describeAccess({ action: "READ", entity: "Participant", changes: { view: ELSEWHERE_LOOKUP_VIEW } })]);
  });

  it("checks the rest of the form before the number, so a wrong programme tells nothing about who is registered elsewhere", async () => {
    const { officer } = await officerWithParticipant();
    const elsewhere = await officerWithParticipant();
    const result = await registerParticipant(officer, registration(elsewhere.participant.personalIdentityNumber, { programme: "FINNS-INTE" }).data!);
    expect(result).toMatchObject({ ok: false, errors: [{ field: "programme" }] });
    expect(await readsOf(elsewhere.participant.id, officer.id)).toEqual([]);
  });

  it("pauses an officer's registrations for a day after five numbers found at other units, whatever number comes next", async () => {
    const { officer } = await officerWithParticipant();
    for (let hit = 0; hit < ELSEWHERE_LOOKUP_LIMIT; hit++) {
      const elsewhere = await officerWithParticipant();
      await registerParticipant(officer, registration(elsewhere.participant.personalIdentityNumber).data!);
    }
    const fresh = await untakenPersonalNumber(db);
    expect(await registerParticipant(officer, registration(fresh).data!)).toEqual({ ok: false, reason: "invalid", errors: [{ field: "personalIdentityNumber", message: REGISTRATION_PAUSED }] });
    expect(await db.participant.count({ where: { personalIdentityNumber: fresh } })).toBe(0);
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: officer.unitId });
    expect((await registerParticipant(colleague, registration(fresh).data!)).ok).toBe(true);
  });

  it("refuses a programme that does not exist with the rules' message", async () => {
    const { officer } = await officerWithParticipant();
    const number = await untakenPersonalNumber(db);
    const result = await registerParticipant(officer, registration(number, { programme: "FINNS-INTE" }).data!);
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "programme", message: expect.stringContaining("FINNS-INTE") }] });
    expect(await db.participant.count({ where: { personalIdentityNumber: number } })).toBe(0);
  });
});

describe("protected identity (skyddad identitet)", () => {
  it("shows the anordnare initials and the case number, never the name or the personnummer", async () => {
    const unit = await createUnit(db);
    const provider = await createProvider(db);
    const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
    const hidden = await createProtectedParticipant(db, { unitId: unit.id, firstName: "Åsa", lastName: "Berglund" });
    const open = await createParticipant(db, { unitId: unit.id });
    await createPlacement(db, { participantId: hidden.id, providerId: provider.id });
    await createPlacement(db, { participantId: open.id, providerId: provider.id });

    // On a day inside the factory's placements: a host sees a placement until 40 days after its end.
    const previousToday = process.env.STEGVIS_TODAY;
    process.env.STEGVIS_TODAY = "2026-03-02";
    const shown = await listProviderPlacements(host)
      .then((list) => list.current)
      .finally(() => (previousToday === undefined ? delete process.env.STEGVIS_TODAY : (process.env.STEGVIS_TODAY = previousToday)));
    const names = shown.map((p) => p.participant.name).sort();
    expect(names).toEqual([`Test ${open.lastName}`, `Å. B. (Ärende ${hidden.caseNumber})`].sort());
    const everything = JSON.stringify(shown);
    expect(everything).not.toContain("Berglund");
    expect(everything).not.toContain("Åsa");
    expect(everything).not.toContain(hidden.personalIdentityNumber.slice(0, 8));
    expect(everything).not.toContain(open.personalIdentityNumber.slice(0, 8));
  });
});

describe("the action plan and milestones", () => {
  const plan = (participantId: string, version: number, goals: string) =>
    actionPlanInput.parse({ participantId, version, goals, competenceAnalysis: "Truckkort, tre års lagerarbete.", supportNeeds: "Skriftliga instruktioner" });

  it("is written first at version 0, then changed over the version it was opened at; the log names the fields, not the text", async () => {
    const { officer, participant } = await officerWithParticipant();
    expect(await saveActionPlan(officer, plan(participant.id, 0, "Arbete inom lager"))).toEqual({ ok: true, value: { participantId: participant.id } });
    expect(await saveActionPlan(officer, plan(participant.id, 1, "Arbete inom lager och logistik"))).toEqual({ ok: true, value: { participantId: participant.id } });
    const shown = await getParticipantCase(officer, participant.id);
    expect([shown?.actionPlan?.goals, shown?.actionPlan?.version, shown?.actionPlan?.updatedBy.name]).toEqual(["Arbete inom lager och logistik", 2, officer.name]);
    const events = await db.auditEvent.findMany({ where: { entity: "ActionPlan", actorId: officer.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.changes])).toEqual([
      ["CREATE", { participantId: participant.id }],
      ["UPDATE", { participantId: participant.id, changed: ["goals"] }],
    ]);
  });

  it("is refused when someone else saved it after the form was opened, and keeps their text", async () => {
    const { officer, participant } = await officerWithParticipant();
    await saveActionPlan(officer, plan(participant.id, 0, "Först"));
    expect(await saveActionPlan(officer, plan(participant.id, 0, "Också först"))).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect((await db.actionPlan.findUniqueOrThrow({ where: { participantId: participant.id } })).goals).toBe("Först");
  });

  it("a milestone sent twice at once and once more is recorded once, with one event", async () => {
    const { officer, participant } = await officerWithParticipant();
    const milestone = () => milestoneInput.parse({ participantId: participant.id, kind: "JOB_INTERVIEW", date: "2026-03-01", note: "Lagret i Visby" });
    const results = [...(await Promise.all([recordMilestone(officer, milestone()), recordMilestone(officer, milestone())])), await recordMilestone(officer, milestone())];
    const saved = await db.milestone.findMany({ where: { participantId: participant.id } });
    expect(saved).toHaveLength(1);
    expect(results).toEqual(Array(3).fill({ ok: true, value: { id: saved[0]!.id, participantId: participant.id } }));
    expect(await db.auditEvent.count({ where: { entity: "Milestone", entityId: saved[0]!.id, action: "CREATE" } })).toBe(1);
    // A second interview that day, somewhere else, is a milestone of its own.
    expect((await recordMilestone(officer, milestoneInput.parse({ participantId: participant.id, kind: "JOB_INTERVIEW", date: "2026-03-01", note: "Hamnen" }))).ok).toBe(true);
    expect(await db.milestone.count({ where: { participantId: participant.id } })).toBe(2);
  });

  it("milestones are recorded on the case, newest first; another unit's participant is not found", async () => {
    const { unit, officer, participant } = await officerWithParticipant();
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const elsewhere = await officerWithParticipant();
    const milestone = (participantId: string, kind: string, date: string) => milestoneInput.parse({ participantId, kind, date });
    expect((await recordMilestone(officer, milestone(participant.id, "CV_DONE", "2026-02-01"))).ok).toBe(true);
    expect((await recordMilestone(colleague, milestone(participant.id, "JOB_INTERVIEW", "2026-03-01"))).ok).toBe(true);
    expect(await recordMilestone(officer, milestone(elsewhere.participant.id, "CV_DONE", "2026-02-01"))).toEqual({ ok: false, reason: "not-found" });
    const shown = await getParticipantCase(officer, participant.id);
    // Names are read once for the page: each still lands on its own row, not the responsible officer's on all.
    expect(shown?.milestones.map((m) => [m.kind, m.recordedBy.name])).toEqual([
      ["JOB_INTERVIEW", colleague.name],
      ["CV_DONE", officer.name],
    ]);
    expect(shown?.responsibleOfficer?.name).toBe(officer.name);
  });
});
