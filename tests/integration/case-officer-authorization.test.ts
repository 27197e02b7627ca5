// Every command of the case officer's workflows, tried by everyone who must not run it: nothing is
// written, and the answer is "not found" (out of scope) or "forbidden" (wrong role), never a success.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysIso } from "@/lib/rules";
import { saveActionPlan } from "@/lib/server/action-plans";
import { recordAssessment } from "@/lib/server/assessments";
import { today } from "@/lib/server/clock";
import { recordMilestone } from "@/lib/server/milestones";
import { registerParticipant, transferParticipant, updateParticipant } from "@/lib/server/participants";
import { cancelPlacement, endPlacement, extendPlacement, shortenPlacement } from "@/lib/server/placements/change-placement";
import { registerPlacement } from "@/lib/server/placements/register-placement";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { addSupervisor, registerProvider, updateProvider, updateSupervisor } from "@/lib/server/providers";
import type { Result } from "@/lib/server/result";
import type { SessionUser } from "@/lib/server/session-user";
import { actionPlanInput } from "@/lib/validation/action-plan";
import { assessmentInput } from "@/lib/validation/assessment";
import { milestoneInput } from "@/lib/validation/milestone";
import { participantInput, participantTransfer, participantUpdate } from "@/lib/validation/participant";
import { placementInput } from "@/lib/validation/placement";
import { placementCancellation, placementEnding, placementExtension, placementShortening } from "@/lib/validation/placement-change";
import { providerInput, providerUpdate, supervisorInput, supervisorUpdate } from "@/lib/validation/provider";
import { createListedParticipant, createPlacementOn, createProvider, createSupervisor, createUnit, createUser, testOrganisationNumber, uniqueTestPersonalNumber } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Command = { name: string; run: (user: SessionUser) => Promise<Result<unknown>> };

let commands: Command[];
let outsiders: [string, SessionUser][];
let insider: SessionUser;

/** Everything a refused command could have written. */
async function footprint() {
  const [participants, placements, providers, supervisors, assessments, milestones, plans, events, outcomes] = await Promise.all([
    db.participant.findMany({ select: { id: true, version: true, responsibleOfficerId: true }, orderBy: { id: "asc" } }),
    db.placement.findMany({ select: { id: true, version: true, status: true, plannedEndDate: true }, orderBy: { id: "asc" } }),
    db.provider.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    db.supervisor.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.individualAssessment.count(),
    db.milestone.count(),
    db.actionPlan.count(),
    db.placementEvent.count(),
    db.outcome.count(),
  ]);
  return { participants, placements, providers, supervisors, assessments, milestones, plans, events, outcomes };
}

beforeAll(async () => {
  const [unitA, unitB] = [await createUnit(db), await createUnit(db)];
  insider = await createUser(db, { role: "HANDLAGGARE", unitId: unitA.id });
  const colleagueA = await createUser(db, { role: "HANDLAGGARE", unitId: unitA.id });
  const provider = await db.provider.update({ where: { id: (await createProvider(db)).id }, data: { unitId: unitA.id, capacity: 10, organisationNumber: testOrganisationNumber() } });
  const supervisor = await createSupervisor(db, { providerId: provider.id });
  const participant = await createListedParticipant(db, { unitId: unitA.id, responsibleOfficerId: insider.id });
  const day = today();
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: provider.id,
    officerId: insider.id,
    decisionDate: addDaysIso(day, -10),
    startDate: addDaysIso(day, -5),
    plannedEndDate: addDaysIso(day, 60),
  });
  const later = { decisionDate: day, startDate: addDaysIso(day, 200), plannedEndDate: addDaysIso(day, 260) };
  const providerDetails = { name: "Ny Anordnare AB", kind: "EMPLOYER", fieldsOfWork: "Lager", municipalityCode: "0980", capacity: "3", interestStatus: "RECEIVED" };

  outsiders = [
    ["a case officer of another unit", await createUser(db, { role: "HANDLAGGARE", unitId: unitB.id })],
    ["an anordnare", await createUser(db, { role: "ANORDNARE", providerId: provider.id })],
    ["a koordinator of the unit", await createUser(db, { role: "KOORDINATOR", unitId: unitA.id })],
    ["an administrator", await createUser(db, { role: "ADMIN" })],
  ];
  const parsed = <T>(schema: { parse: (v: unknown) => T }, raw: Record<string, unknown>) => schema.parse(raw);
  const onParticipant = { participantId: participant.id, version: "1" };
  const onPlacement = { placementId: placement.id, version: "1" };
  commands = [
    { name: "updateParticipant", run: (u) => updateParticipant(u, parsed(participantUpdate, { ...onParticipant, firstName: "Ändrad", lastName: "Namn", gender: "MALE", municipalityCode: "0980", programme: "JOB" })) },
    { name: "transferParticipant", run: (u) => transferParticipant(u, parsed(participantTransfer, { ...onParticipant, responsibleOfficerId: colleagueA.id })) },
    { name: "recordAssessment", run: (u) => recordAssessment(u, parsed(assessmentInput, { participantId: participant.id, assessmentDate: day, assessmentReasoning: "Skäl", assessmentConclusion: "Lämpligt", assessmentSuitable: true })) },
    { name: "saveActionPlan", run: (u) => saveActionPlan(u, parsed(actionPlanInput, { participantId: participant.id, version: "0", goals: "Mål", competenceAnalysis: "Analys" })) },
    { name: "recordMilestone", run: (u) => recordMilestone(u, parsed(milestoneInput, { participantId: participant.id, kind: "CV_DONE", date: day })) },
    {
      name: "registerPlacement",
      run: (u) =>
        registerPlacement(
          u,
          parsed(placementInput, {
            participantId: participant.id, programme: "JOB", kind: "ARBETSTRANING", providerId: provider.id, supervisorId: supervisor.id, mode: "ON_SITE",
            ...later, hoursPerWeek: "20", goals: "Mål", tasks: "Uppgifter", aioReason: "QUEUE",
            assessmentChoice: "NEW", assessmentDate: day, assessmentReasoning: "Skäl", assessmentConclusion: "Lämpligt", assessmentSuitable: true,
          }),
        ),
    },
    { name: "extendPlacement", run: (u) => extendPlacement(u, parsed(placementExtension, { ...onPlacement, newPlannedEndDate: addDaysIso(day, 90) })) },
    { name: "shortenPlacement", run: (u) => shortenPlacement(u, parsed(placementShortening, { ...onPlacement, newPlannedEndDate: addDaysIso(day, 30), reason: "Kortare" })) },
    { name: "endPlacement", run: (u) => endPlacement(u, parsed(placementEnding, { ...onPlacement, actualEndDate: day, endReasonCode: "COMPLETED", outcomeKind: "WORK" })) },
    { name: "cancelPlacement", run: (u) => cancelPlacement(u, parsed(placementCancellation, { ...onPlacement, reason: "Fel person" })) },
    { name: "updateProvider", run: (u) => updateProvider(u, parsed(providerUpdate, { providerId: provider.id, version: "1", organisationNumber: provider.organisationNumber, ...providerDetails })) },
    { name: "addSupervisor", run: (u) => addSupervisor(u, parsed(supervisorInput, { providerId: provider.id, name: "Ny Handledare", phone: "070-123 45 67" })) },
    { name: "updateSupervisor", run: (u) => updateSupervisor(u, parsed(supervisorUpdate, { supervisorId: supervisor.id, name: "Ändrad Handledare", phone: "070-123 45 67", active: true })) },
  ];
  // Registering is not scoped to a record: only the role (and having a unit) decides.
  commands.push(
    { name: "registerParticipant", run: (u) => registerParticipant(u, parsed(participantInput, { personalIdentityNumber: uniqueTestPersonalNumber(), firstName: "Ny", lastName: "Person", gender: "FEMALE", municipalityCode: "0980", programme: "JOB" })) },
    { name: "registerProvider", run: (u) => registerProvider(u, parsed(providerInput, { organisationNumber: testOrganisationNumber(), ...providerDetails })) },
  );
});

const ROLE_ONLY = new Set(["registerParticipant", "registerProvider"]);
const PROVIDER_COMMANDS = new Set(["registerProvider", "updateProvider", "addSupervisor", "updateSupervisor"]);
/** Allowed by design: any case officer registers; an administrator keeps the provider registry too (ADR 0005). */
const allowed = (who: string, command: string) =>
  (ROLE_ONLY.has(command) && who === "a case officer of another unit") || (who === "an administrator" && PROVIDER_COMMANDS.has(command));

describe("the case officer's commands, tried by everyone else", () => {
  it("refuse every outsider, write nothing, and answer not found for records out of scope", async () => {
    const before = await footprint();
    const answers: string[] = [];
    for (const [who, user] of outsiders) {
      for (const command of commands) {
        if (allowed(who, command.name)) continue;
        const result = await command.run(user);
        answers.push(`${command.name} by ${who}: ${result.ok ? "ALLOWED" : result.reason}`);
      }
    }
    expect(answers.filter((a) => a.endsWith("ALLOWED"))).toEqual([]);
    expect(answers.filter((a) => !/: (not-found|forbidden)$/.test(a))).toEqual([]);
    // Another unit's case officer has the right role but not the participant: they must learn nothing of
    // it. (Providers are no personal data and every case officer sees them; editing is forbidden.)
    const personal = answers.filter((a) => a.includes("another unit") && !PROVIDER_COMMANDS.has(a.split(" ")[0]!));
    expect(personal.filter((a) => !a.endsWith("not-found"))).toEqual([]);
    expect(await footprint()).toEqual(before);
  });

  it("let the participant's own unit run each of them (the inputs above are valid)", async () => {
    for (const command of commands.filter((c) => ["updateParticipant", "recordAssessment", "saveActionPlan", "recordMilestone", "registerPlacement", "updateProvider", "addSupervisor", "registerParticipant", "registerProvider"].includes(c.name))) {
      const result = await command.run(insider);
      expect(result.ok, `${command.name}: ${JSON.stringify(result)}`).toBe(true);
    }
  });
});
