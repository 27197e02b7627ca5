import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { checkPlacement, nextFollowUpDue, placementStatusOn, type ViolationCode } from "@/lib/rules";
import type { PlacementStartChange, PlacementTermsChange } from "@/lib/validation/placement-change";
import { reviseAgreementIn } from "../agreements/revise";
import { recordAudit } from "../audit";
import { inTransaction } from "../command";
import type { Tx } from "../db";
import { today } from "../clock";
import { customProgrammes } from "../programmes";
import { conflict, fieldError, invalid, ok, type Refusal, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { explainOverlap, loadForChange, notApplicable, updateAtVersion, withoutConsent, type Changed, type FromProposal, type Loaded } from "./change-placement";

/** Rules about the decision itself were judged when it was taken; moving the start does not retake it. */
const DECISION_RULES: readonly ViolationCode[] = ["MISSING_ASSESSMENT", "MISSING_AIO_REASON"];

/**
 * The rules' refusals of the period with its new start (longest period counted from the new start,
 * the start not after the end, no overlap with the participant's other placements), at the new-start field.
 */
async function startRefusal(tx: Tx, placement: Loaded, newStart: string): Promise<Refusal | null> {
  const others = await tx.placement.findMany({
    where: { participantId: placement.participantId, id: { not: placement.id }, status: { not: "CANCELLED" } },
    select: { startDate: true, plannedEndDate: true, actualEndDate: true, kind: true, programme: true },
  });
  const custom = await customProgrammes(tx);
  const violations = checkPlacement({
    programme: placement.programme,
    kind: placement.kind,
    startDate: newStart,
    plannedEndDate: isoDay(placement.plannedEndDate),
    decisionDate: isoDay(placement.decisionDate),
    jobCompensableDays: placement.participant.jobCompensableDays ?? undefined,
    customProgrammes: custom,
    aioReason: placement.aioReason,
    previousPlacements: others.map((o) => ({ startDate: isoDay(o.startDate), endDate: isoDay(o.actualEndDate ?? o.plannedEndDate), kind: o.kind, programme: o.programme })),
    assessments: [],
  }).filter((v) => !DECISION_RULES.includes(v.code));
  if (violations.length === 0) return null;
  return invalid(violations.map((v) => ({ field: "newStartDate", message: v.message })));
}

/** Moves the start, within the rules for the period; the next follow-up's due date follows the new start. */
export async function changePlacementStart(user: SessionUser, input: PlacementStartChange): Promise<Result<Changed>> {
  return inTransaction((tx) => changePlacementStartIn(tx, user, input), explainOverlap("newStartDate"));
}

/** `changePlacementStart` inside a transaction the caller owns (accepting a provider's proposal). */
export async function changePlacementStartIn(tx: Tx, user: SessionUser, input: PlacementStartChange, from?: FromProposal): Promise<Result<Changed>> {
  const loaded = await loadForChange(tx, user, input.placementId, input.version);
  if (!loaded.ok) return loaded;
  const placement = loaded.value;
  const refusal = notApplicable(placement, "changeStart") ?? withoutConsent(placement, "changeStart");
  if (refusal) return refusal;
  const [currentStart, newStart] = [isoDay(placement.startDate), input.newStartDate];
  if (newStart === currentStart) return fieldError("newStartDate", `Placeringen börjar redan ${currentStart}. Välj ett annat startdatum.`);
  if (placement.lastFollowUpOn && isoDay(placement.lastFollowUpOn) < newStart) {
    return fieldError("newStartDate", `Det finns en uppföljning daterad ${isoDay(placement.lastFollowUpOn)}, före det nya startdatumet ${newStart}. Startdatumet kan inte ligga efter en gjord uppföljning.`);
  }
  const ruleRefusal = await startRefusal(tx, placement, newStart);
  if (ruleRefusal) return ruleRefusal;

  const end = isoDay(placement.plannedEndDate);
  // Planned or running (an ended one was refused above): the calendar says which, with the new start.
  const status = placementStatusOn("PLANNED", newStart, end, today());
  const firstDue = placement.lastFollowUpOn
    ? placement.nextFollowUpDueOn
    : dayToDate(nextFollowUpDue({ startDate: newStart, kind: placement.kind, mode: placement.mode, decisionDate: isoDay(placement.decisionDate) }));
  if (!(await updateAtVersion(tx, placement, { startDate: dayToDate(newStart), status, nextFollowUpDueOn: firstDue }))) return conflict();
  await tx.placementEvent.create({
    data: {
      placementId: placement.id,
      kind: "START_CHANGED",
      date: dayToDate(newStart),
      byId: user.id,
      reason: input.reason ?? null,
      startBefore: placement.startDate,
      startAfter: dayToDate(newStart),
      proposalId: from?.proposalId,
    },
  });
  await recordAudit(tx, user, {
    action: "UPDATE",
    entity: "Placement",
    entityId: placement.id,
    changes: {
      change: "START_CHANGED",
      startDate: { before: currentStart, after: newStart },
      ...(status !== placement.status && { status: { before: placement.status, after: status } }),
      reason: input.reason ?? null,
      ...(from && { proposalId: from.proposalId }),
    },
  });
  await reviseAgreementIn(tx, user, placement.id, { kind: "START", reason: input.reason ?? null, effectiveFrom: newStart });
  return ok({ id: placement.id });
}

/** Changes the hours per week, the tasks or both; each must differ from what the placement has. */
export async function changePlacementTerms(user: SessionUser, input: PlacementTermsChange): Promise<Result<Changed>> {
  return inTransaction((tx) => changePlacementTermsIn(tx, user, input));
}

/** `changePlacementTerms` inside a transaction the caller owns (accepting a provider's proposal). */
export async function changePlacementTermsIn(tx: Tx, user: SessionUser, input: PlacementTermsChange, from?: FromProposal): Promise<Result<Changed>> {
  const loaded = await loadForChange(tx, user, input.placementId, input.version);
  if (!loaded.ok) return loaded;
  const placement = loaded.value;
  const refusal = notApplicable(placement, "changeTerms");
  if (refusal) return refusal;
  const hours = input.hoursPerWeek !== undefined && input.hoursPerWeek !== placement.hoursPerWeek ? input.hoursPerWeek : undefined;
  const tasks = input.tasks !== undefined && input.tasks !== placement.tasks ? input.tasks : undefined;
  if (hours === undefined && tasks === undefined) {
    return fieldError("hoursPerWeek", `Placeringen har redan ${placement.hoursPerWeek} timmar per vecka och de här arbetsuppgifterna. Ändra timmarna, arbetsuppgifterna eller båda.`);
  }
  if (!(await updateAtVersion(tx, placement, { ...(hours !== undefined && { hoursPerWeek: hours }), ...(tasks !== undefined && { tasks }) }))) return conflict();
  const what = [hours !== undefined && `Timmar per vecka ${placement.hoursPerWeek} → ${hours}`, tasks !== undefined && "Nya arbetsuppgifter"].filter(Boolean).join(". ");
  await tx.placementEvent.create({
    data: {
      placementId: placement.id,
      kind: "TERMS_CHANGED",
      date: dayToDate(today()),
      byId: user.id,
      reason: input.reason ? `${what}. ${input.reason}` : what,
      proposalId: from?.proposalId,
    },
  });
  await recordAudit(tx, user, {
    action: "UPDATE",
    entity: "Placement",
    entityId: placement.id,
    changes: {
      change: "TERMS_CHANGED",
      ...(hours !== undefined && { hoursPerWeek: { before: placement.hoursPerWeek, after: hours } }),
      ...(tasks !== undefined && { tasks: { before: placement.tasks, after: tasks } }),
      reason: input.reason ?? null,
      ...(from && { proposalId: from.proposalId }),
    },
  });
  await reviseAgreementIn(tx, user, placement.id, { kind: "TASKS_AND_HOURS", reason: input.reason ?? null });
  return ok({ id: placement.id });
}
