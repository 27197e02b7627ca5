// Records for the access matrix, the fuzzing and the load runs: a small world of two units and two providers,
// and fresh subjects (participant, placement, provider, supervisor) of either side on demand.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { Actor, Subject, SubjectKind } from "./access-table";
import { createListedParticipant, createPlacementOn, createProvider, createSupervisor, createUnit, createUser, testOrganisationNumber } from "./factories";

export type Side = { unitId: string; providerId: string; officerId: string };

/** A unit with an officer, and a provider that unit registered (room for many placements). */
export async function createSide(db: PrismaClient): Promise<Side & { officer: Awaited<ReturnType<typeof createUser>> }> {
  const unit = await createUnit(db);
  const provider = await ownedProvider(db, unit.id);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  return { unitId: unit.id, providerId: provider.id, officerId: officer.id, officer };
}

async function ownedProvider(db: PrismaClient, unitId: string) {
  const provider = await createProvider(db);
  return db.provider.update({ where: { id: provider.id }, data: { unitId, capacity: 1000, organisationNumber: testOrganisationNumber() } });
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A fresh record of `kind` on `side`, as a subject of the access table. */
export async function createSubject(db: PrismaClient, kind: SubjectKind, side: Side, label: string, day: string): Promise<Subject> {
  const base = { label, unitId: side.unitId, providerId: side.providerId };
  if (kind === "participant") {
    const participant = await createListedParticipant(db, { unitId: side.unitId });
    return { ...base, ids: { participantId: participant.id, providerId: side.providerId, colleagueId: side.officerId } };
  }
  if (kind === "placement") {
    const participant = await createListedParticipant(db, { unitId: side.unitId });
    const placement = await createPlacementOn(db, {
      participantId: participant.id,
      providerId: side.providerId,
      officerId: side.officerId,
      decisionDate: addDays(day, -10),
      startDate: addDays(day, -5),
      plannedEndDate: addDays(day, 60),
      status: "ACTIVE",
    });
    return { ...base, ids: { placementId: placement.id, participantId: participant.id } };
  }
  const provider = await ownedProvider(db, side.unitId);
  const supervisor = await createSupervisor(db, { providerId: provider.id });
  return { ...base, providerId: provider.id, ids: { providerId: provider.id, organisationNumber: provider.organisationNumber, supervisorId: supervisor.id } };
}

/** A well-formed id of no record (every kind at once). */
export function missingSubject(): Subject {
  const none = "00000000-0000-4000-8000-000000000000";
  return { label: "ett id som inte finns", unitId: null, providerId: null, missing: true, ids: { participantId: none, placementId: none, providerId: none, supervisorId: none, colleagueId: none, organisationNumber: "556000-0001" } };
}

/** A subject whose ids are placeholders ("@participantId"), for a form filled in later with a real record's ids. */
export function placeholderSubject(): Subject {
  const names = ["participantId", "placementId", "providerId", "supervisorId", "colleagueId", "organisationNumber"];
  return { label: "mall", unitId: null, providerId: null, ids: Object.fromEntries(names.map((n) => [n, `@${n}`])) };
}

/** An actor of the access table from a user row. */
export function actorOf(label: string, user: { role: Actor["role"]; unitId: string | null; providerId: string | null }, session: Actor["session"] = "live"): Actor {
  return { label, role: user.role, unitId: user.unitId, providerId: user.providerId, session };
}
