// Builders for the follow-up tests: a provider's users and placements in the mode and window a test names.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { FollowUpSubmission } from "../../lib/validation/follow-up";
import { createListedParticipant, createPlacementOn, createProvider, createUnit, createUser } from "./factories";

/** A user of the provider who is also a supervisor there, with a login of their own. */
export async function createSupervisorUser(db: PrismaClient, providerId: string) {
  const user = await createUser(db, { role: "ANORDNARE", providerId });
  const supervisor = await db.supervisor.create({ data: { providerId, name: user.name, userId: user.id } });
  return { user, supervisor };
}

/** Two units, two providers with a contact each, and the case officer of the first unit. */
export async function createFollowUpWorld(db: PrismaClient) {
  const [unit, otherUnit] = [await createUnit(db), await createUnit(db)];
  const [provider, otherProvider] = [await createProvider(db, { name: "Lagret i Visby AB" }), await createProvider(db, { name: "Annat Företag AB" })];
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  await db.user.update({ where: { id: officer.id }, data: { phone: "0498-12 34 56" } });
  const otherOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const otherHost = await createUser(db, { role: "ANORDNARE", providerId: otherProvider.id });
  return { unit, otherUnit, provider, otherProvider, officer, otherOfficer, host, otherHost };
}

/** A running placement of the officer's own participant at `providerId`: 2026-02-02 – 2026-04-30 unless told otherwise. */
export async function createRunningPlacement(
  db: PrismaClient,
  data: {
    unitId: string;
    officerId: string;
    providerId: string;
    mode?: "ON_SITE" | "REMOTE" | "MIXED";
    supervisorId?: string;
    startDate?: string;
    plannedEndDate?: string;
    status?: "ACTIVE" | "ENDED" | "PLANNED";
    actualEndDate?: string;
    goals?: string;
  },
) {
  const participant = await createListedParticipant(db, { unitId: data.unitId, responsibleOfficerId: data.officerId });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: data.providerId,
    officerId: data.officerId,
    startDate: data.startDate ?? "2026-02-02",
    decisionDate: "2026-01-26",
    plannedEndDate: data.plannedEndDate ?? "2026-04-30",
    status: data.status ?? "ACTIVE",
  });
  const updated = await db.placement.update({
    where: { id: placement.id },
    data: {
      mode: data.mode ?? "ON_SITE",
      supervisorId: data.supervisorId ?? null,
      actualEndDate: data.actualEndDate ? new Date(`${data.actualEndDate}T00:00:00Z`) : null,
      goals: data.goals ?? "Träna arbetsrutiner",
    },
  });
  return { participant, placement: updated };
}

/** A complete submission of a draft, dated `date`, covering `periodFrom` – `date`; `extra` overrides any field. */
export function aSubmission(followUpId: string, version: number, extra: Partial<FollowUpSubmission> = {}): FollowUpSubmission {
  return {
    followUpId,
    version,
    date: "2026-02-27",
    periodFrom: "2026-02-02",
    periodTo: "2026-02-27",
    plannedHours: 80,
    attendedHours: 72,
    absenceReason: "Sjuk en dag, tandläkare",
    tasks: "Plock och pack, inventering",
    abilities: [
      { area: "Passa tider", rating: 3, note: undefined },
      { area: "Samarbete", rating: 4, note: "Hjälper gärna andra" },
    ],
    abilitiesNote: undefined,
    hasConcern: false,
    concerns: undefined,
    participantView: "Trivs och vill prova kassan",
    proposedStage: "PA_VAG",
    proposedStageReason: "Klarar rutinerna själv",
    remoteRequired: false,
    remoteIsolated: undefined,
    remoteMoveOnSite: undefined,
    remoteReview: undefined,
    remoteConcern: false,
    ...extra,
  };
}
