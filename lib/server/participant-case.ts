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

/** Names by id, read once for a whole page: a Prisma `include` costs a query per relation, even for an empty list. */
async function namesById(ids: Iterable<string | null | undefined>, read: (ids: string[]) => Promise<{ id: string; name: string }[]>) {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === "string"))];
  const rows = wanted.length > 0 ? await read(wanted) : [];
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return (id: string) => ({ name: names.get(id) ?? "" });
}

/**
 * One participant's case, as the participant's page shows it; null when this user's scope does not
 * hold it (not found, never forbidden). The read is audited in the same transaction; showing the
 * whole personnummer is a read of its own and writes its own event before the number is returned.
 * Each list is read without relations, and the people's and providers' names once for the page: every query is
 * a round trip on the transaction's one connection (a registration's answer renders this page, issue 16).
 */
export async function getParticipantCase(user: SessionUser, participantId: string, options: { revealPersonalNumber?: boolean } = {}) {
  return db().$transaction(async (tx) => {
    const found = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: participantId }] } });
    if (!found || !policies.readParticipant(user, found)) return null;
    const id = found.id;
    // One after another: a transaction holds one connection, and pg queues rather than pipelines queries on it.
    const stages = await tx.stageAssessment.findMany({ where: { participantId: id }, orderBy: [{ date: "asc" }, { createdAt: "asc" }] });
    const placements = await tx.placement.findMany({
      where: { participantId: id },
      orderBy: [{ startDate: "asc" }, { periodNumber: "asc" }],
      select: { id: true, periodNumber: true, kind: true, mode: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true, endReasonCode: true, providerId: true },
    });
    const assessments = await tx.individualAssessment.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
    // Drafts are the host's work in progress; the case shows what was submitted.
    const followUps = await tx.followUp.findMany({
      // The placements just read: a follow-up of one added since then waits for the next view, and every row finds its placement.
      where: { placementId: { in: placements.map((p) => p.id) }, status: { not: "DRAFT" } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { id: true, date: true, attendance: true, hasConcern: true, concerns: true, remoteConcern: true, proposedStage: true, status: true, replacesId: true, authorId: true, placementId: true },
    });
    const actionPlan = await tx.actionPlan.findUnique({ where: { participantId: id } });
    const milestones = await tx.milestone.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
    const outcomes = await tx.outcome.findMany({ where: { participantId: id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }] });
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: found.unitId }, select: { name: true } });
    const person = await namesById(
      [found.responsibleOfficerId, actionPlan?.updatedById, ...[stages, assessments].flatMap((list) => list.map((a) => a.assessedById)), ...followUps.map((f) => f.authorId), ...[milestones, outcomes].flatMap((list) => list.map((m) => m.recordedById))],
      (ids) => tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    );
    const provider = await namesById(
      placements.map((p) => p.providerId),
      (ids) => tx.provider.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    );

    const reveal = options.revealPersonalNumber === true;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: id, changes: { view: "participant-case" } });
    if (reveal) await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: id, changes: { view: "reveal-personal-number" } });

    const shownPlacements = placements.map(({ providerId, ...p }) => ({ ...p, provider: provider(providerId) }));
    const placementOf = new Map(shownPlacements.map((p) => [p.id, p]));
    const shownFollowUps = followUps.map(({ authorId, placementId, ...f }) => {
      const { id: placementKey, periodNumber, provider: placementProvider } = placementOf.get(placementId)!;
      return { ...f, author: person(authorId), placement: { id: placementKey, periodNumber, provider: placementProvider } };
    });
    const followUpById = new Map(shownFollowUps.map((f) => [f.id, f]));
    const participant = { ...found, unit, responsibleOfficer: found.responsibleOfficerId ? { id: found.responsibleOfficerId, ...person(found.responsibleOfficerId) } : null };
    return {
      ...withPersonalNumber(participant, reveal),
      stageHistory: stageHistory(
        stages.map((s) => {
          const from = s.followUpId ? followUpById.get(s.followUpId) : undefined;
          return { ...s, assessedBy: person(s.assessedById), followUp: from ? { id: from.id, date: from.date, placement: { provider: from.placement.provider } } : null };
        }),
      ),
      placements: shownPlacements,
      consentWithdrawal: consentWithdrawal(participant, shownPlacements),
      assessments: assessments.map((a) => ({ ...a, assessedBy: person(a.assessedById) })),
      followUps: shownFollowUps,
      actionPlan: actionPlan && { ...actionPlan, updatedBy: person(actionPlan.updatedById) },
      milestones: milestones.map((m) => ({ ...m, recordedBy: person(m.recordedById) })),
      outcomes: outcomes.map((o) => ({ ...o, recordedBy: person(o.recordedById) })),
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
