// A participant with something in every part of the record, each text marked with a tag of its own,
// so a test can tell whose data an extract holds.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { createParticipant, createPlacementOn, createProvider, createUnit, createUser } from "./factories";
import { participantLoginOf } from "./participant-factories";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A unit, its officer, and a participant whose every record (placement, follow-up, own view and answer, plan …) carries `tag`. */
export async function createFullRecord(db: PrismaClient, tag: string, dates: { start: string; end: string } = { start: "2026-01-15", end: "2026-03-14" }) {
  const unit = await createUnit(db);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const provider = await createProvider(db);
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const participant = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id });
  await db.participant.update({ where: { id: participant.id }, data: { firstName: `Förnamn${tag}`, consentDate: day(dates.start) } });
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId: provider.id, officerId: officer.id, startDate: dates.start, plannedEndDate: dates.end, status: "ENDED" });
  await db.placement.update({ where: { id: placement.id }, data: { goals: `Mål ${tag}`, tasks: `Uppgifter ${tag}`, actualEndDate: day(dates.end), endReason: `Slutorsak ${tag}` } });
  await db.placementEvent.create({ data: { placementId: placement.id, kind: "REGISTERED", date: day(dates.start), byId: officer.id, reason: `Händelse ${tag}` } });
  await db.notice.create({ data: { userId: host.id, kind: "FOLLOW_UP_DUE", placementId: placement.id, dueOn: day(dates.start), dedupeKey: `FOLLOW_UP_DUE:${placement.id}:${dates.start}` } });
  const followUp = await db.followUp.create({
    data: { placementId: placement.id, date: day(dates.start), authorId: host.id, attendance: "AS_AGREED", tasks: `Uppföljning ${tag}`, abilities: `Förmågor ${tag}`, concerns: `Oro ${tag}`, status: "SUBMITTED" },
  });
  const login = await participantLoginOf(db, participant.id);
  await db.participantStatement.create({ data: { participantId: participant.id, placementId: placement.id, kind: "BEFORE_FOLLOW_UP", text: `Egen bild ${tag}`, authorId: login.id } });
  await db.participantStatement.create({
    data: { participantId: participant.id, placementId: placement.id, followUpId: followUp.id, kind: "RESPONSE", agrees: false, text: `Stämmer inte ${tag}`, authorId: login.id },
  });
  await db.stageAssessment.create({ data: { participantId: participant.id, stage: "PA_VAG", date: day(dates.start), assessedById: officer.id, reason: `Steg ${tag}` } });
  await db.actionPlan.create({ data: { participantId: participant.id, goals: `Planmål ${tag}`, competenceAnalysis: `Kompetens ${tag}`, supportNeeds: `Stöd ${tag}`, updatedById: officer.id } });
  await db.milestone.create({ data: { participantId: participant.id, kind: "CV_DONE", date: day(dates.start), note: `Milstolpe ${tag}`, recordedById: officer.id } });
  await db.outcome.create({ data: { participantId: participant.id, kind: "WORK", date: day(dates.end), notes: `Utfall ${tag}`, recordedById: officer.id } });
  const sample = await db.accessReviewSample.create({ data: { unitId: unit.id, month: day(`${dates.start.slice(0, 7)}-01`), seed: "fabrikens-frö", population: 1 } });
  const at = new Date(`${dates.start}T09:00:00Z`);
  const reviewed = await db.accessReviewItem.create({
    data: { sampleId: sample.id, actorId: host.id, participantId: participant.id, day: day(dates.start), firstAt: at, lastAt: at, views: ["READ:caseload"], relation: "PROVIDER", status: "FLAGGED", reason: `Granskning ${tag}`, decidedById: officer.id, decidedAt: at },
  });
  await db.accessReviewDecision.create({ data: { itemId: reviewed.id, participantId: participant.id, reviewerId: officer.id, status: "FLAGGED", reason: `Granskning ${tag}` } });
  const agreement = await db.agreementVersion.create({
    data: {
      placementId: placement.id,
      number: 1,
      effectiveFrom: day(dates.start),
      purpose: `Syfte ${tag}`,
      goals: [{ category: "WORK_EXPERIENCE", description: `Överenskommet mål ${tag}` }],
      tasks: `Avtalade uppgifter ${tag}`,
      schedule: `Schema ${tag}`,
      hoursPerWeek: 20,
      startDate: day(dates.start),
      endDate: day(dates.end),
      periodRule: "Högst 6 månader",
      officerName: officer.name,
      otherContacts: `Kontakter ${tag}`,
      followUpPlan: `Uppföljningsplan ${tag}`,
      changeReason: `Ändringsskäl ${tag}`,
      createdById: officer.id,
      sentOn: day(dates.start),
      sentById: officer.id,
    },
  });
  await db.agreementApproval.create({ data: { versionId: agreement.id, placementId: placement.id, party: "PARTICIPANT", approvedById: officer.id, onBehalfReason: "ON_PAPER" } });
  return { unit, officer, provider, host, login, participant: await db.participant.findUniqueOrThrow({ where: { id: participant.id } }), placement, followUp };
}
