// Records for the access matrix, the fuzzing and the load runs: a small world of two units and two providers,
// and fresh subjects (participant, placement, provider, supervisor, follow-up, proposal, coordinator, API key) of either side on demand.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { Actor, Subject, SubjectKind } from "./access-table";
import { createListedParticipant, createPlacementOn, createProvider, createSupervisor, createUnit, createUser, testOrganisationNumber, withUntaken } from "./factories";
import { createAgreement } from "./agreement-factories";
import { createProposal } from "./proposal-factories";
import { addDaysIso as addDays } from "../../lib/rules/dates";
import { apiKeyHash, apiKeyPrefix, newApiKey } from "../../lib/api/token";
import { monthToReview } from "../../lib/rules/access-review";
import { participantLoginOf } from "./participant-factories";

export { participantLoginOf, participantSignIn } from "./participant-factories";

export type Side = { unitId: string; providerId: string; officerId: string };

/** A unit with an officer (who also reviews the unit's accesses), and a provider that unit registered (room for many placements). */
export async function createSide(db: PrismaClient): Promise<Side & { officer: Awaited<ReturnType<typeof createUser>> & { reviewsAccess: true } }> {
  const unit = await createUnit(db);
  const provider = await ownedProvider(db, unit.id);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  await db.user.update({ where: { id: officer.id }, data: { reviewsAccess: true } });
  return { unitId: unit.id, providerId: provider.id, officerId: officer.id, officer: { ...officer, reviewsAccess: true } };
}

async function ownedProvider(db: PrismaClient, unitId: string) {
  const provider = await createProvider(db);
  return withUntaken(
    "Provider_organisationNumber_key",
    (organisationNumber) => db.provider.update({ where: { id: provider.id }, data: { unitId, capacity: 1000, organisationNumber } }),
    () => testOrganisationNumber(),
  );
}


/** A fresh record of `kind` on `side`, as a subject of the access table. */
export async function createSubject(db: PrismaClient, kind: SubjectKind, side: Side, label: string, day: string): Promise<Subject> {
  const base = { label, unitId: side.unitId, providerId: side.providerId };
  if (kind === "participant" || kind === "participantWithLogin") {
    const participant = await createListedParticipant(db, { unitId: side.unitId });
    if (kind === "participantWithLogin") await participantLoginOf(db, participant.id);
    return { ...base, ids: { participantId: participant.id, providerId: side.providerId, colleagueId: side.officerId } };
  }
  if (kind === "placement") {
    const placement = await runningPlacement(db, side, day);
    return { ...base, ids: { placementId: placement.id, participantId: placement.participantId } };
  }
  if (kind === "followUp" || kind === "submittedFollowUp") {
    const placement = await runningPlacement(db, side, day);
    const followUp = await followUpOf(db, placement, side, day, kind === "submittedFollowUp");
    return { ...base, ids: { followUpId: followUp.id, placementId: placement.id, participantId: placement.participantId } };
  }
  if (kind === "proposal") {
    const placement = await runningPlacement(db, side, day);
    const author = await hostOf(db, side.providerId);
    const proposal = await createProposal(db, { placementId: placement.id, authorId: author.userId, newEndDate: addDays(day, 90) });
    return { ...base, ids: { proposalId: proposal.id, placementId: placement.id, participantId: placement.participantId, placementVersion: String(placement.version) } };
  }
  if (kind === "reviewItem") {
    const item = await sampledAccess(db, side.unitId, day);
    return { ...base, ids: { reviewItemId: item.id, participantId: item.participantId } };
  }
  if (kind === "officerAccount" || kind === "reviewerAccount") {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: side.unitId });
    if (kind === "reviewerAccount") await db.user.update({ where: { id: officer.id }, data: { reviewsAccess: true } });
    return { ...base, ids: { userId: officer.id } };
  }
  if (kind === "agreementDraft" || kind === "sentAgreement" || kind === "agreementAwaitingOfficer") {
    const placement = await runningPlacement(db, side, day);
    const host = await hostOf(db, side.providerId);
    const step = kind === "agreementDraft" ? "draft" : kind === "sentAgreement" ? "sent" : "awaitingOfficer";
    const version = await createAgreement(db, { placementId: placement.id, officerId: side.officerId, hostUserId: host.userId, step, sentOn: day });
    return { ...base, ids: { placementId: placement.id, participantId: placement.participantId, versionId: version.id } };
  }
  if (kind === "coordinator" || kind === "deactivatedUser") {
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    if (kind === "deactivatedUser") await db.user.update({ where: { id: coordinator.id }, data: { active: false } });
    return { ...base, ids: { userId: coordinator.id } };
  }
  if (kind === "linkedUser") {
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    await db.user.update({ where: { id: coordinator.id }, data: { oidcIssuer: "https://idp.matris.example", oidcSubject: randomUUID() } });
    return { ...base, ids: { userId: coordinator.id } };
  }
  if (kind === "apiKey") {
    const admin = await createUser(db, { role: "ADMIN" });
    const secret = newApiKey();
    const key = await db.apiKey.create({ data: { kind: "PROVIDER", name: label, prefix: apiKeyPrefix(secret), secretHash: apiKeyHash(secret), providerId: side.providerId, createdById: admin.id } });
    return { ...base, ids: { apiKeyId: key.id, providerId: side.providerId } };
  }
  const provider = await ownedProvider(db, side.unitId);
  const supervisor = await createSupervisor(db, { providerId: provider.id });
  return { ...base, providerId: provider.id, ids: { providerId: provider.id, organisationNumber: provider.organisationNumber, supervisorId: supervisor.id } };
}

/**
 * A pending sampled access in the unit's sample for the month before `day` (made if the unit has none): a fresh
 * participant of the unit read by a fresh officer of it, so it is nobody else's own access.
 */
async function sampledAccess(db: PrismaClient, unitId: string, day: string) {
  const month = new Date(`${monthToReview(day)}T00:00:00Z`);
  const sample = await db.accessReviewSample.upsert({
    where: { unitId_month: { unitId, month } },
    create: { unitId, month, seed: "matrisens-frö", population: 0 },
    update: {},
  });
  const participant = await createListedParticipant(db, { unitId });
  const reader = await createUser(db, { role: "HANDLAGGARE", unitId });
  const at = new Date(`${monthToReview(day)}T09:00:00Z`);
  return db.accessReviewItem.create({ data: { sampleId: sample.id, actorId: reader.id, participantId: participant.id, day: month, firstAt: at, lastAt: at, views: ["READ:participant-case"], relation: "UNIT" } });
}

/** A placement of a fresh participant of the side's unit at the side's provider, started five days before `day`, supervised by its host. */
async function runningPlacement(db: PrismaClient, side: Side, day: string) {
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
  const { supervisorId } = await hostOf(db, side.providerId);
  return supervisorId ? db.placement.update({ where: { id: placement.id }, data: { supervisorId } }) : placement;
}

/**
 * The provider's user who writes its follow-ups and proposals: its first supervisor with a login of their own
 * (who sees only the placements they supervise), else its first user, else a new one.
 */
async function hostOf(db: PrismaClient, providerId: string): Promise<{ userId: string; supervisorId: string | null }> {
  // The one whose login was made first, not the first by id: a later one (the matrix's beforeAll run again after a
  // failure) has a random id that may sort first.
  const supervisor = await db.supervisor.findFirst({ where: { providerId, userId: { not: null } }, orderBy: [{ user: { createdAt: "asc" } }, { id: "asc" }], select: { id: true, userId: true } });
  if (supervisor) return { userId: supervisor.userId!, supervisorId: supervisor.id };
  const existing = await db.user.findFirst({ where: { role: "ANORDNARE", providerId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return { userId: existing?.id ?? (await createUser(db, { role: "ANORDNARE", providerId })).id, supervisorId: null };
}

/** A follow-up of the placement: a draft of today, or one submitted (version 1, not yet reviewed). */
async function followUpOf(db: PrismaClient, placement: { id: string }, side: Side, day: string, submitted: boolean) {
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const content = submitted
    ? { plannedHours: 20, attendedHours: 20, attendance: "AS_AGREED" as const, tasks: "Plock och pack", participantView: "Trivs", status: "SUBMITTED" as const, submittedAt: new Date() }
    : {};
  const followUp = await db.followUp.create({
    data: {
      placementId: placement.id,
      authorId: (await hostOf(db, side.providerId)).userId,
      date: date(day),
      periodFrom: date(addDays(day, -5)),
      periodTo: date(day),
      abilityRatings: [{ area: "Passa tider", rating: submitted ? 3 : null, note: null }],
      ...content,
    },
  });
  if (submitted) await db.placement.update({ where: { id: placement.id }, data: { lastFollowUpOn: date(day) } });
  return followUp;
}

/** A well-formed id of no record (every kind at once). */
export function missingSubject(): Subject {
  const none = "00000000-0000-4000-8000-000000000000";
  return {
    label: "ett id som inte finns",
    unitId: null,
    providerId: null,
    missing: true,
    ids: {
      participantId: none,
      placementId: none,
      providerId: none,
      supervisorId: none,
      colleagueId: none,
      organisationNumber: "556000-0001",
      followUpId: none,
      proposalId: none,
      userId: none,
      placementVersion: "1",
      reviewItemId: none,
      apiKeyId: none,
      versionId: none,
    },
  };
}

/** A subject whose ids are placeholders ("@participantId"), for a form filled in later with a real record's ids. */
export function placeholderSubject(): Subject {
  const names = ["participantId", "placementId", "providerId", "supervisorId", "colleagueId", "organisationNumber", "followUpId", "proposalId", "userId", "placementVersion", "apiKeyId", "reviewItemId", "versionId"];
  return { label: "mall", unitId: null, providerId: null, ids: Object.fromEntries(names.map((n) => [n, `@${n}`])) };
}

/** An actor of the access table from a user row. */
export function actorOf(
  label: string,
  user: { role: Actor["role"]; unitId: string | null; providerId: string | null; reviewsAccess?: boolean; participantId?: string | null },
  session: Actor["session"] = "live",
): Actor {
  return {
    label,
    role: user.role,
    unitId: user.unitId,
    providerId: user.providerId,
    session,
    ...(user.reviewsAccess ? { reviewer: true as const } : {}),
    ...(user.participantId ? { participantId: user.participantId } : {}),
  };
}
