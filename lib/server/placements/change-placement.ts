import "server-only";
import { changeRefusal, type PlacementChange } from "@/lib/domain/placement-changes";
import { END_REASON } from "@/lib/domain/vocabulary";
import { dayToDate, isoDay } from "@/lib/format/date";
import { checkPlacement, maxPeriod, placementStatusOn, type CustomProgramme, type MaxPeriodInput, type MaxPeriodResult, type PlacementKind, type ViolationCode } from "@/lib/rules";
import type { PlacementCancellation, PlacementEnding, PlacementExtension, PlacementShortening } from "@/lib/validation/placement-change";
import { reviseAgreementIn } from "../agreements/revise";
import { recordAudit } from "../audit";
import { placementScope, policies } from "../authz";
import { today } from "../clock";
import { inTransaction, type DatabaseRefusal } from "../command";
import { db, type Tx } from "../db";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import { customProgrammes } from "../programmes";
import { conflict, fieldError, forbidden, invalid, notFound, ok, type Refusal, type Result } from "../result";
import type { SessionUser } from "../session-user";

export type Changed = { id: string };

/** The provider's proposal an accepted change comes from: linked from the history event. */
export type FromProposal = { proposalId: string } | undefined;

/** What the duration rules need to know about a placement's period: the decision as it was taken. */
type Period = {
  programme: string;
  kind: PlacementKind;
  startDate: string;
  decisionDate: string;
  participant: { jobCompensableDays: number | null };
};

/**
 * The limit an extension is judged by: the period's original start and decision, never the current
 * end, so a chain of extensions cannot stretch a period past what the rules allow.
 */
function periodRules(period: Period, custom: readonly CustomProgramme[]): MaxPeriodInput {
  return {
    programme: period.programme,
    kind: period.kind,
    startDate: period.startDate,
    decisionDate: period.decisionDate,
    jobCompensableDays: period.participant.jobCompensableDays ?? undefined,
    customProgrammes: custom,
  };
}

/** The latest end an extension may have, with the rule's sentence; the extend form's hint. */
export async function extensionLimit(period: Period): Promise<MaxPeriodResult> {
  return maxPeriod(periodRules(period, await customProgrammes(db())));
}

/** The placement if this user's scope holds it and they may change it; 404 when out of scope. */
export async function loadForChange(tx: Tx, user: SessionUser, placementId: string, formVersion: number) {
  const placement = await tx.placement.findFirst({
    where: { AND: [placementScope(user), { id: placementId }] },
    include: { participant: { select: { id: true, unitId: true, jobCompensableDays: true, ...CONSENT_COLUMNS } } },
  });
  if (!placement) return notFound();
  if (!policies.changePlacement(user, placement.participant)) return forbidden();
  // Said before any other refusal: whatever the state now, the form was filled in on an older one.
  if (placement.version !== formVersion) return conflict();
  return ok(placement);
}

export type Loaded = Extract<Awaited<ReturnType<typeof loadForChange>>, { ok: true }>["value"];

/** The change's refusal when the placement's status does not take it (it changed since the page was shown). */
export function notApplicable(placement: Loaded, change: PlacementChange): Refusal | null {
  const refusal = changeRefusal(placement, change);
  return refusal ? conflict(refusal) : null;
}

/** The version-checked write: nothing changes when someone else saved first. */
export async function updateAtVersion(tx: Tx, placement: Loaded, data: Parameters<Tx["placement"]["updateMany"]>[0]["data"]): Promise<boolean> {
  const { count } = await tx.placement.updateMany({ where: { id: placement.id, version: placement.version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** A change a withdrawn consent stops (lib/rules' consentRefusal), refused at the form. */
export function withoutConsent(placement: Loaded, change: "extend" | "changeStart"): Refusal | null {
  const refusal = consentRefusalFor(placement.participant, change);
  return refusal ? conflict(refusal) : null;
}

const OVERLAP_RACE =
  "Det nya slutdatumet gör att placeringen överlappar en annan placering för deltagaren, som någon har registrerat nyss. " +
  "En deltagare har en placering i taget (Stegvis regel). Ladda om sidan och se deltagarens placeringar.";

/** A placement registered for the same participant between our check and our write. */
export const explainOverlap =
  (field: string) =>
  (refusal: DatabaseRefusal): Refusal | null =>
    refusal.code === "23P01" && (refusal.constraint ?? "Placement_no_overlap") === "Placement_no_overlap" ? fieldError(field, OVERLAP_RACE) : null;

/** Rules about the decision itself (its assessment, its AIO reason) were judged when it was taken; an extension does not retake it. */
const DECISION_RULES: readonly ViolationCode[] = ["MISSING_ASSESSMENT", "MISSING_AIO_REASON"];
const END_RULES: readonly ViolationCode[] = ["EXCEEDS_MAX_DURATION", "OVERLAPS_EXISTING", "END_BEFORE_START"];

/** The rules' refusals of the period with its new end, at the new-end field (others go to the form). */
async function extensionRefusal(tx: Tx, placement: Loaded, newEnd: string): Promise<Refusal | null> {
  const [others, assessments, custom] = await Promise.all([
    tx.placement.findMany({
      where: { participantId: placement.participantId, id: { not: placement.id }, status: { not: "CANCELLED" } },
      select: { startDate: true, plannedEndDate: true, actualEndDate: true, kind: true, programme: true },
    }),
    tx.individualAssessment.findMany({ where: { participantId: placement.participantId }, select: { date: true } }),
    customProgrammes(tx),
  ]);
  const period = { ...placement, startDate: isoDay(placement.startDate), decisionDate: isoDay(placement.decisionDate) };
  const violations = checkPlacement({
    ...periodRules(period, custom),
    plannedEndDate: newEnd,
    decisionDate: period.decisionDate,
    aioReason: placement.aioReason,
    previousPlacements: others.map((o) => ({ startDate: isoDay(o.startDate), endDate: isoDay(o.actualEndDate ?? o.plannedEndDate), kind: o.kind, programme: o.programme })),
    assessments: assessments.map((a) => ({ date: isoDay(a.date) })),
  }).filter((v) => !DECISION_RULES.includes(v.code));
  if (violations.length === 0) return null;
  return invalid(violations.map((v) => ({ field: END_RULES.includes(v.code) ? "newPlannedEndDate" : v.field, message: v.message })));
}

/** Moves the planned end later, within the period's longest allowed length and before any next period. */
export async function extendPlacement(user: SessionUser, input: PlacementExtension): Promise<Result<Changed>> {
  return inTransaction((tx) => extendPlacementIn(tx, user, input), explainOverlap("newPlannedEndDate"));
}

/** `extendPlacement` inside a transaction the caller owns (accepting a provider's proposal). */
export async function extendPlacementIn(tx: Tx, user: SessionUser, input: PlacementExtension, from?: FromProposal): Promise<Result<Changed>> {
  const loaded = await loadForChange(tx, user, input.placementId, input.version);
  if (!loaded.ok) return loaded;
  const placement = loaded.value;
  const refusal = notApplicable(placement, "extend") ?? withoutConsent(placement, "extend");
  if (refusal) return refusal;
  const currentEnd = isoDay(placement.plannedEndDate);
  if (input.newPlannedEndDate <= currentEnd) {
    return fieldError("newPlannedEndDate", `Det nya slutdatumet ska vara senare än nuvarande slutdatum ${currentEnd}. Ska placeringen sluta tidigare, förkorta den i stället.`);
  }
  const ruleRefusal = await extensionRefusal(tx, placement, input.newPlannedEndDate);
  if (ruleRefusal) return ruleRefusal;

  return recordEndChange(tx, user, placement, { kind: "EXTENDED", newEnd: input.newPlannedEndDate, reason: input.reason ?? null }, from);
}

/** Moves the planned end earlier, for a reason; the end may not already have passed (that is ending it). */
export async function shortenPlacement(user: SessionUser, input: PlacementShortening): Promise<Result<Changed>> {
  return inTransaction((tx) => shortenPlacementIn(tx, user, input));
}

/** `shortenPlacement` inside a transaction the caller owns (accepting a provider's proposal). */
export async function shortenPlacementIn(tx: Tx, user: SessionUser, input: PlacementShortening, from?: FromProposal): Promise<Result<Changed>> {
  const loaded = await loadForChange(tx, user, input.placementId, input.version);
  if (!loaded.ok) return loaded;
  const placement = loaded.value;
  const refusal = notApplicable(placement, "shorten");
  if (refusal) return refusal;
  const [start, currentEnd, now] = [isoDay(placement.startDate), isoDay(placement.plannedEndDate), today()];
  const newEnd = input.newPlannedEndDate;
  if (newEnd >= currentEnd) {
    return fieldError("newPlannedEndDate", `Det nya slutdatumet ska vara tidigare än nuvarande slutdatum ${currentEnd}. Ska placeringen pågå längre, förläng den i stället.`);
  }
  if (newEnd < start) {
    return fieldError("newPlannedEndDate", `Det nya slutdatumet kan inte ligga före startdatumet ${start}. Registrerades placeringen av misstag, makulera den i stället.`);
  }
  if (newEnd < now) {
    return fieldError("newPlannedEndDate", `Det nya slutdatumet har redan passerat (i dag är det ${now}). Har placeringen slutat, avsluta den i stället, med skäl och resultat.`);
  }
  return recordEndChange(tx, user, placement, { kind: "SHORTENED", newEnd, reason: input.reason }, from);
}

/** Writes a new planned end with its event and audit, at the version the form was opened at. */
async function recordEndChange(
  tx: Tx,
  user: SessionUser,
  placement: Loaded,
  change: { kind: "EXTENDED" | "SHORTENED"; newEnd: string; reason: string | null },
  from: FromProposal,
): Promise<Result<Changed>> {
  const after = dayToDate(change.newEnd);
  // A placement the calendar had ended runs again when its new end has not passed.
  const status = placement.status === "ENDED" ? placementStatusOn("ACTIVE", isoDay(placement.startDate), change.newEnd, today()) : placement.status;
  if (!(await updateAtVersion(tx, placement, { plannedEndDate: after, status }))) return conflict();
  await tx.placementEvent.create({
    data: { placementId: placement.id, kind: change.kind, date: after, byId: user.id, reason: change.reason, endBefore: placement.plannedEndDate, endAfter: after, proposalId: from?.proposalId },
  });
  await recordAudit(tx, user, {
    action: "UPDATE",
    entity: "Placement",
    entityId: placement.id,
    changes: {
      change: change.kind,
      plannedEndDate: { before: isoDay(placement.plannedEndDate), after: change.newEnd },
      ...(status !== placement.status && { status: { before: placement.status, after: status } }),
      reason: change.reason,
      ...(from && { proposalId: from.proposalId }),
    },
  });
  await reviseAgreementIn(tx, user, placement.id, { kind: change.kind === "EXTENDED" ? "EXTEND" : "SHORTEN", reason: change.reason });
  return ok({ id: placement.id });
}

/**
 * Ends the placement on its last day, with a coded reason and the outcome it led to. The last day
 * lies within the period and not in the future: to end later, extend first or end when it has ended.
 */
export async function endPlacement(user: SessionUser, input: PlacementEnding): Promise<Result<Changed>> {
  return inTransaction(async (tx) => {
    const loaded = await loadForChange(tx, user, input.placementId, input.version);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    const refusal = notApplicable(placement, "end");
    if (refusal) return refusal;
    const [start, plannedEnd, now] = [isoDay(placement.startDate), isoDay(placement.plannedEndDate), today()];
    const lastDay = input.actualEndDate;
    if (lastDay < start) return fieldError("actualEndDate", `Sista dagen kan inte ligga före startdatumet ${start}. Registrerades placeringen av misstag, makulera den i stället.`);
    if (lastDay > plannedEnd) return fieldError("actualEndDate", `Sista dagen ligger efter planerat slutdatum ${plannedEnd}. Ska placeringen pågå längre, förläng den först.`);
    if (lastDay > now) return fieldError("actualEndDate", `Sista dagen kan inte ligga efter i dag (${now}). Ska placeringen sluta tidigare än planerat, förkorta den nu och avsluta den när den har slutat.`);

    const endDate = dayToDate(lastDay);
    const outcome = await tx.outcome.create({
      data: {
        participantId: placement.participantId,
        kind: input.outcomeKind,
        date: endDate,
        interruptReason: input.interruptReason ?? null,
        notes: input.notes ?? null,
        recordedById: user.id,
      },
      select: { id: true },
    });
    const written = await updateAtVersion(tx, placement, {
      status: "ENDED",
      actualEndDate: endDate,
      endReasonCode: input.endReasonCode,
      endReason: input.endReasonText ?? null,
      outcomeId: outcome.id,
    });
    if (!written) return conflict();
    const reason = END_REASON.labels[input.endReasonCode] + (input.endReasonText ? `: ${input.endReasonText}` : "");
    await tx.placementEvent.create({
      data: { placementId: placement.id, kind: "ENDED", date: endDate, byId: user.id, reason, endBefore: placement.plannedEndDate, endAfter: endDate },
    });
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "Placement",
      entityId: placement.id,
      changes: {
        change: "ENDED",
        status: { before: placement.status, after: "ENDED" },
        actualEndDate: { before: null, after: lastDay },
        endReasonCode: input.endReasonCode,
        endReason: input.endReasonText ?? null,
        outcome: { id: outcome.id, kind: input.outcomeKind, date: lastDay },
      },
    });
    return ok({ id: placement.id });
  });
}

/**
 * Marks a placement registered in error as cancelled (makulerad), with the reason. The row stays as
 * history and its dates stop blocking other placements. Its link to an earlier period is released,
 * so that period can get its real next period.
 */
export async function cancelPlacement(user: SessionUser, input: PlacementCancellation): Promise<Result<Changed>> {
  return inTransaction(async (tx) => {
    const loaded = await loadForChange(tx, user, input.placementId, input.version);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    const refusal = notApplicable(placement, "cancel");
    if (refusal) return refusal;
    const next = await tx.placement.findFirst({ where: { previousPlacementId: placement.id }, select: { startDate: true } });
    if (next) return conflict(`Placeringen har en senare period, som börjar ${isoDay(next.startDate)}. Makulera den perioden först.`);

    const written = await updateAtVersion(tx, placement, { status: "CANCELLED", endReason: input.reason, previousPlacementId: null });
    if (!written) return conflict();
    const end = placement.actualEndDate ?? placement.plannedEndDate;
    await tx.placementEvent.create({
      data: { placementId: placement.id, kind: "CANCELLED", date: dayToDate(today()), byId: user.id, reason: input.reason, endBefore: end, endAfter: null },
    });
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "Placement",
      entityId: placement.id,
      changes: {
        change: "CANCELLED",
        status: { before: placement.status, after: "CANCELLED" },
        reason: input.reason,
        previousPlacementId: { before: placement.previousPlacementId, after: null },
      },
    });
    return ok({ id: placement.id });
  });
}
