import "server-only";
import { formatPersonalNumber, maskPersonalNumber } from "@/lib/format/personal-number";
import { isoDay } from "@/lib/format/date";
import { placementStatusOn, stageDirection, withdrawnConsentOn, type StageDirection } from "@/lib/rules";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { today } from "./clock";
import { participantConsent } from "./data-protection/consent";
import { db, type Tx } from "./db";
import type { SessionUser } from "./session-user";

const byName = { select: { name: true } } as const;

/** The participant this user's scope holds, with what the header shows; null otherwise. */
async function loadParticipant(tx: Tx, user: SessionUser, participantId: string) {
  const participant = await tx.participant.findFirst({
    where: { AND: [participantScope(user), { id: participantId }] },
    include: { unit: { select: { name: true } }, responsibleOfficer: { select: { id: true, name: true } } },
  });
  return participant && policies.readParticipant(user, participant) ? participant : null;
}

/** The personnummer leaves the service masked, or whole only when the read that shows it is audited. */
function withPersonalNumber<P extends { personalIdentityNumber: string }>({ personalIdentityNumber, ...rest }: P, revealed: boolean) {
  return { ...rest, personalNumber: revealed ? formatPersonalNumber(personalIdentityNumber) : maskPersonalNumber(personalIdentityNumber), personalNumberRevealed: revealed };
}

/**
 * One participant's case, as the participant's page shows it; null when this user's scope does not
 * hold it (not found, never forbidden). The read is audited in the same transaction; showing the
 * whole personnummer is a read of its own and writes its own event before the number is returned.
 */
export async function getParticipantCase(user: SessionUser, participantId: string, options: { revealPersonalNumber?: boolean } = {}) {
  return db().$transaction(async (tx) => {
    const participant = await loadParticipant(tx, user, participantId);
    if (!participant) return null;
    const id = participant.id;
    // One after another: a transaction holds one connection, and pg queues rather than pipelines queries on it.
    const stages = await tx.stageAssessment.findMany({
      where: { participantId: id },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      include: { assessedBy: byName, followUp: { select: { id: true, date: true, placement: { select: { provider: byName } } } } },
    });
    const placements = await tx.placement.findMany({
      where: { participantId: id },
      orderBy: [{ startDate: "asc" }, { periodNumber: "asc" }],
      select: {
        id: true,
        periodNumber: true,
        kind: true,
        mode: true,
        status: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        endReasonCode: true,
        provider: byName,
      },
    });
    const assessments = await tx.individualAssessment.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { assessedBy: byName } });
    // Drafts are the host's work in progress; the case shows what was submitted.
    const followUps = await tx.followUp.findMany({
      where: { placement: { participantId: id }, status: { not: "DRAFT" } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { id: true, date: true, attendance: true, hasConcern: true, concerns: true, remoteConcern: true, proposedStage: true, status: true, replacesId: true, author: byName, placement: { select: { id: true, periodNumber: true, provider: byName } } },
    });
    const actionPlan = await tx.actionPlan.findUnique({ where: { participantId: id }, include: { updatedBy: byName } });
    const milestones = await tx.milestone.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { recordedBy: byName } });
    const outcomes = await tx.outcome.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { recordedBy: byName } });

    const reveal = options.revealPersonalNumber === true;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: id, changes: { view: "participant-case" } });
    if (reveal) await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: id, changes: { view: "reveal-personal-number" } });

    return {
      ...withPersonalNumber(participant, reveal),
      stageHistory: stageHistory(stages),
      placements,
      consentWithdrawal: consentWithdrawal(participant, placements),
      assessments,
      followUps,
      actionPlan,
      milestones,
      outcomes,
    };
  });
}

type PlacementDates = { id: string; status: Parameters<typeof placementStatusOn>[0]; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null };

/** A withdrawal of consent that stands, with the placements still planned or running that the officer has to wind down. */
function consentWithdrawal<P extends PlacementDates>(participant: { consentDate: Date | null; consentWithdrawnOn: Date | null }, placements: P[]) {
  const withdrawnOn = withdrawnConsentOn(participantConsent(participant));
  if (!withdrawnOn) return null;
  const day = today();
  const stillOpen = placements.filter((p) => {
    const status = placementStatusOn(p.status, isoDay(p.startDate), isoDay(p.actualEndDate ?? p.plannedEndDate), day);
    return status === "PLANNED" || status === "ACTIVE";
  });
  return { withdrawnOn, stillOpen };
}

export type ParticipantCase = NonNullable<Awaited<ReturnType<typeof getParticipantCase>>>;

type StageCode = Parameters<typeof stageDirection>[0];

/** Stage assessments newest first, each with the stage before it and the direction it moved (none for the first). */
function stageHistory<S extends { stage: StageCode }>(chronological: S[]): (S & { previous: StageCode | null; direction: StageDirection | null })[] {
  return chronological
    .map((s, i) => {
      const previous = i === 0 ? null : chronological[i - 1]!.stage;
      return { ...s, previous, direction: previous === null ? null : stageDirection(previous, s.stage) };
    })
    .reverse();
}

/**
 * The participant's details for a page that edits or acts on them (never the personnummer); null
 * when out of scope. The read is audited with the view that showed it.
 */
export async function getParticipantDetails(user: SessionUser, participantId: string, view: string) {
  return db().$transaction(async (tx) => {
    const participant = await loadParticipant(tx, user, participantId);
    if (!participant) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view } });
    return withPersonalNumber(participant, false);
  });
}
