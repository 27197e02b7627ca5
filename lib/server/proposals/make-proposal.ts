import "server-only";
import { randomUUID } from "node:crypto";
import { changeRefusal, PROPOSED_CHANGE } from "@/lib/domain/placement-changes";
import type { ProposalKind } from "@/lib/domain/vocabulary";
import { dayToDate, isoDay } from "@/lib/format/date";
import type { ProposalInput } from "@/lib/validation/proposal";
import { recordAudit } from "../audit";
import { policies } from "../authz";
import { proposalPlacementScope } from "./scope";
import { inTransaction, type DatabaseRefusal } from "../command";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import { conflict, fieldError, forbidden, notFound, ok, type Refusal, type Result } from "../result";
import { lockPlacement } from "../row-locks";
import type { SessionUser } from "../session-user";

type Placement = { startDate: Date; plannedEndDate: Date; hoursPerWeek: number; tasks: string };
type Values = { newEndDate: string | null; newStartDate: string | null; hoursPerWeek: number | null; tasks: string | null };

/** Only the values the kind uses: a value typed in another kind's field is not part of the proposal. */
function valuesOf(input: ProposalInput): Values {
  const none: Values = { newEndDate: null, newStartDate: null, hoursPerWeek: null, tasks: null };
  switch (input.kind) {
    case "EXTEND":
    case "END_EARLY":
      return { ...none, newEndDate: input.newEndDate ?? null };
    case "CHANGE_START":
      return { ...none, newStartDate: input.newStartDate ?? null };
    case "CHANGE_TERMS":
      return { ...none, hoursPerWeek: input.hoursPerWeek ?? null, tasks: input.tasks ?? null };
  }
}

/**
 * What the provider can know before sending: the proposal changes something, in the right direction.
 * The programme rules (longest period, no overlap) are judged when the case officer accepts, by the
 * same code as the officer's own change; the form shows the limit as a hint.
 */
function senseRefusal(kind: ProposalKind, values: Values, placement: Placement): Refusal | null {
  const [start, end] = [isoDay(placement.startDate), isoDay(placement.plannedEndDate)];
  if (kind === "EXTEND" && values.newEndDate! <= end) {
    return fieldError("newEndDate", `Det nya slutdatumet ska vara senare än nuvarande slutdatum ${end}. Ska placeringen sluta tidigare, föreslå det i stället.`);
  }
  if (kind === "END_EARLY" && values.newEndDate! >= end) {
    return fieldError("newEndDate", `Den sista dagen ska vara tidigare än nuvarande slutdatum ${end}.`);
  }
  if (kind === "END_EARLY" && values.newEndDate! < start) {
    return fieldError("newEndDate", `Den sista dagen kan inte ligga före startdatumet ${start}.`);
  }
  if (kind === "CHANGE_START" && values.newStartDate === start) {
    return fieldError("newStartDate", `Placeringen börjar redan ${start}. Välj ett annat startdatum.`);
  }
  if (kind === "CHANGE_START" && values.newStartDate! > end) {
    return fieldError("newStartDate", `Startdatumet kan inte ligga efter slutdatumet ${end}.`);
  }
  if (kind === "CHANGE_TERMS" && (values.hoursPerWeek ?? placement.hoursPerWeek) === placement.hoursPerWeek && (values.tasks ?? placement.tasks) === placement.tasks) {
    return fieldError("hoursPerWeek", `Placeringen har redan ${placement.hoursPerWeek} timmar per vecka och de här arbetsuppgifterna. Ändra timmarna, arbetsuppgifterna eller båda.`);
  }
  return null;
}

/** The proposals a withdrawn consent stops: they would keep the participant at the workplace longer or later. */
const PROLONGS: ReadonlySet<ProposalKind> = new Set(["EXTEND", "CHANGE_START"]);

const sameDay = (date: Date | null, day: string | null) => (date ? isoDay(date) : null) === day;

const RACE = "Ett annat förslag av samma slag för placeringen skickades nyss. Ladda om sidan och se förslagen.";
const explainWaiting = (refusal: DatabaseRefusal): Refusal | null =>
  refusal.code === "23505" && refusal.constraint === "PlacementProposal_one_waiting_per_kind" ? conflict(RACE) : null;


/**
 * A provider's proposal to change one of its placements. A waiting proposal of the same kind is
 * replaced by the new one (and links to it); the same proposal sent twice (a double submit) is
 * registered once. The proposal, the replacement and their audit events land together.
 */
export async function makeProposal(user: SessionUser, input: ProposalInput): Promise<Result<{ id: string; placementId: string }>> {
  return inTransaction(async (tx) => {
    const placement = await tx.placement.findFirst({
      where: { AND: [proposalPlacementScope(user), { id: input.placementId }] },
      select: {
        id: true,
        providerId: true,
        status: true,
        endReasonCode: true,
        startDate: true,
        plannedEndDate: true,
        hoursPerWeek: true,
        tasks: true,
        participant: { select: CONSENT_COLUMNS },
      },
    });
    if (!placement) return notFound();
    if (!policies.proposeChange(user, placement)) return forbidden();
    await lockPlacement(tx, placement.id);
    const refusal = changeRefusal(placement, PROPOSED_CHANGE[input.kind]) ?? (PROLONGS.has(input.kind) ? consentRefusalFor(placement.participant, "propose") : null);
    if (refusal) return conflict(refusal);
    const values = valuesOf(input);
    const senseless = senseRefusal(input.kind, values, placement);
    if (senseless) return senseless;

    const waiting = await tx.placementProposal.findFirst({ where: { placementId: placement.id, kind: input.kind, status: "WAITING" } });
    const same =
      waiting &&
      sameDay(waiting.newEndDate, values.newEndDate) &&
      sameDay(waiting.newStartDate, values.newStartDate) &&
      waiting.hoursPerWeek === values.hoursPerWeek &&
      waiting.tasks === values.tasks &&
      waiting.reasonCode === input.reasonCode &&
      waiting.justification === input.justification;
    if (same) return ok({ id: waiting.id, placementId: placement.id });

    const id = randomUUID();
    if (waiting) {
      // Out of the way of the one-waiting index first; the link follows once the new one exists.
      const { count } = await tx.placementProposal.updateMany({ where: { id: waiting.id, version: waiting.version, status: "WAITING" }, data: { status: "REPLACED", version: { increment: 1 } } });
      if (count !== 1) return conflict(RACE);
    }
    await tx.placementProposal.create({
      data: {
        id,
        placementId: placement.id,
        kind: input.kind,
        newEndDate: values.newEndDate ? dayToDate(values.newEndDate) : null,
        newStartDate: values.newStartDate ? dayToDate(values.newStartDate) : null,
        hoursPerWeek: values.hoursPerWeek,
        tasks: values.tasks,
        reasonCode: input.reasonCode,
        justification: input.justification,
        authorId: user.id,
      },
    });
    await recordAudit(tx, user, {
      action: "CREATE",
      entity: "PlacementProposal",
      entityId: id,
      changes: { placementId: placement.id, kind: input.kind, ...values, reasonCode: input.reasonCode, justification: input.justification, replaces: waiting?.id ?? null },
    });
    if (waiting) {
      await tx.placementProposal.update({ where: { id: waiting.id }, data: { replacedById: id } });
      await recordAudit(tx, user, { action: "UPDATE", entity: "PlacementProposal", entityId: waiting.id, changes: { status: { before: "WAITING", after: "REPLACED" }, replacedBy: id } });
    }
    return ok({ id, placementId: placement.id });
  }, explainWaiting);
}
