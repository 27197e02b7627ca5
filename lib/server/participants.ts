import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import type { ParticipantInput, ParticipantTransfer, ParticipantUpdate } from "@/lib/validation/participant";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { inTransaction } from "./command";
import { db, type Tx } from "./db";
import { recordElsewhereLookup, registrationIsPaused, REGISTRATION_PAUSED } from "./personal-number-lookups";
import { programmeRefusal } from "./programmes";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";

const ALREADY_ELSEWHERE =
  "Personnumret finns redan hos en annan enhet. Be den enheten flytta över ärendet till er i stället för att registrera deltagaren igen.";

/** The columns a registration or an edit writes, from the parsed input. */
function details(input: Omit<ParticipantInput, "personalIdentityNumber">) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    gender: input.gender,
    municipalityCode: input.municipalityCode,
    programme: input.programme,
    jobCompensableDays: input.jobCompensableDays ?? null,
    compensation: input.compensation ?? null,
    consentDate: input.consentDate ? dayToDate(input.consentDate) : null,
    protectedIdentity: input.protectedIdentity,
  };
}

/**
 * Registers a participant in the officer's unit with the officer as responsible. A personnummer that
 * is already registered in the unit leads to that participant (`existing: true`) instead of a duplicate.
 * Everything about the form is checked before the number is looked up, and a number found at another
 * unit is logged and counted (`personal-number-lookups.ts`), so the form is no free way to ask who is in
 * a measure elsewhere.
 */
export async function registerParticipant(user: SessionUser, input: ParticipantInput): Promise<Result<{ id: string; existing: boolean }>> {
  if (!policies.registerParticipant(user)) return forbidden();
  const unitId = user.unitId!;
  const number = input.personalIdentityNumber.twelveDigits;
  const refusal = await programmeRefusal(db(), input.programme);
  if (refusal) return fieldError("programme", refusal);
  if (await registrationIsPaused(user)) return fieldError("personalIdentityNumber", REGISTRATION_PAUSED);
  let foundElsewhere: string | null = null;
  const result = await inTransaction<{ id: string; existing: boolean }>(
    async (tx) => {
      const existing = await tx.participant.findUnique({ where: { personalIdentityNumber: number }, select: { id: true, unitId: true } });
      if (existing?.unitId === unitId) return ok({ id: existing.id, existing: true });
      if (existing) {
        foundElsewhere = existing.id;
        return fieldError("personalIdentityNumber", ALREADY_ELSEWHERE);
      }

      const created = await tx.participant.create({
        data: {
          ...details(input),
          personalIdentityNumber: number,
          isCoordinationNumber: input.personalIdentityNumber.isCoordinationNumber,
          unitId,
          responsibleOfficerId: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, user, { action: "CREATE", entity: "Participant", entityId: created.id, changes: { programme: input.programme, unitId } });
      return ok({ id: created.id, existing: false });
    },
    // Two officers registering the same number at once: the second finds the first's.
    (refusal) => (refusal.code === "23505" ? fieldError("personalIdentityNumber", "Personnumret registrerades nyss av någon annan. Sök fram deltagaren i listan.") : null),
  );
  // Logged outside the transaction, which the refusal rolled back.
  if (foundElsewhere) await recordElsewhereLookup(user, foundElsewhere);
  return result;
}

/** The participant if this user's scope holds it; the same answer whether it does not exist or is not theirs. */
async function loadInScope(tx: Tx, user: SessionUser, participantId: string) {
  return tx.participant.findFirst({ where: { AND: [participantScope(user), { id: participantId }] } });
}

/** Saves corrected details. A form opened at an older version is refused, so nobody's edit is overwritten. */
export async function updateParticipant(user: SessionUser, input: ParticipantUpdate): Promise<Result<{ id: string }>> {
  return inTransaction(async (tx) => {
    const participant = await loadInScope(tx, user, input.participantId);
    if (!participant) return notFound();
    if (!policies.manageParticipant(user, participant)) return forbidden();
    if (input.programme !== participant.programme) {
      const refusal = await programmeRefusal(tx, input.programme);
      if (refusal) return fieldError("programme", refusal);
    }
    const next = details(input);
    const { count } = await tx.participant.updateMany({
      where: { id: participant.id, version: input.version },
      data: { ...next, version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    // Calendar days as "YYYY-MM-DD", so the correction log reads the way the form was filled in.
    const shown = (value: unknown) => (value instanceof Date ? isoDay(value) : String(value));
    const changed = Object.fromEntries(
      Object.entries(next)
        .filter(([key, value]) => shown(value) !== shown(participant[key as keyof typeof next]))
        .map(([key, value]) => [key, { before: shown(participant[key as keyof typeof next]), after: shown(value) }]),
    );
    await recordAudit(tx, user, { action: "UPDATE", entity: "Participant", entityId: participant.id, changes: changed });
    return ok({ id: participant.id });
  });
}

/**
 * Hands the participant to another case officer; when that officer works at another unit, the
 * participant moves there too (and out of this officer's reach).
 */
export async function transferParticipant(user: SessionUser, input: ParticipantTransfer): Promise<Result<{ id: string; stillVisible: boolean }>> {
  return inTransaction(async (tx) => {
    const participant = await loadInScope(tx, user, input.participantId);
    if (!participant) return notFound();
    if (!policies.manageParticipant(user, participant)) return forbidden();
    const officer = await tx.user.findFirst({ where: { id: input.responsibleOfficerId, role: "HANDLAGGARE", active: true, unitId: { not: null } }, select: { id: true, unitId: true } });
    if (!officer) return fieldError("responsibleOfficerId", "Välj en aktiv handläggare i listan.");
    const { count } = await tx.participant.updateMany({
      where: { id: participant.id, version: input.version },
      data: { responsibleOfficerId: officer.id, unitId: officer.unitId!, version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "Participant",
      entityId: participant.id,
      changes: {
        transfer: { fromOfficer: participant.responsibleOfficerId, toOfficer: officer.id, fromUnit: participant.unitId, toUnit: officer.unitId },
        reason: input.reason ?? null,
      },
    });
    return ok({ id: participant.id, stillVisible: officer.unitId === participant.unitId });
  });
}

/**
 * The case officers a participant can be handed to: every active officer of every unit, labelled
 * "Namn – Enhet" and sorted by unit, with the current officer left out.
 */
export async function transferTargets(user: SessionUser, currentOfficerId: string | null) {
  if (!policies.viewCaseload(user)) return [];
  const officers = await db().user.findMany({
    where: { role: "HANDLAGGARE", active: true, unitId: { not: null }, ...(currentOfficerId ? { id: { not: currentOfficerId } } : {}) },
    orderBy: [{ unit: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, unit: { select: { name: true } } },
  });
  return officers.map((o) => ({ value: o.id, label: `${o.name} – ${o.unit?.name ?? ""}` }));
}
