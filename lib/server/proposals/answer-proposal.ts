import "server-only";
import { PROPOSAL_REASON } from "@/lib/domain/vocabulary";
import { isoDay } from "@/lib/format/date";
import type { ProposalAnswer } from "@/lib/validation/proposal";
import { recordAudit } from "../audit";
import { placementScope, policies } from "../authz";
import { inTransaction, type DatabaseRefusal } from "../command";
import type { Tx } from "../db";
import type { PlacementProposal } from "../generated/prisma/client";
import { extendPlacementIn, explainOverlap, shortenPlacementIn, type Changed } from "../placements/change-placement";
import { changePlacementStartIn, changePlacementTermsIn } from "../placements/change-start-and-terms";
import { conflict, forbidden, invalid, notFound, ok, type Refusal, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { notWaiting } from "./proposal-state";

/** Where the officer's answer form shows a refusal of the change: at the decision. */
const DECISION = "decision";

/** The sentence the placement's history keeps for a change made on a proposal. */
function historyReason(proposal: PlacementProposal, author: string, note: string | undefined): string {
  const why = `Förslag från anordnaren (${author}): ${PROPOSAL_REASON.labels[proposal.reasonCode]}. ${proposal.justification}`;
  return note ? `${why} Handläggarens kommentar: ${note}` : why;
}

/**
 * Makes the proposed change with the same service code the officer's own change uses (its rules,
 * its version check on the placement, its history event and audit), inside the caller's transaction.
 */
function applyProposal(tx: Tx, user: SessionUser, proposal: PlacementProposal, placementVersion: number, reason: string): Promise<Result<Changed>> {
  const target = { placementId: proposal.placementId, version: placementVersion, reason };
  const from = { proposalId: proposal.id };
  switch (proposal.kind) {
    case "EXTEND":
      return extendPlacementIn(tx, user, { ...target, newPlannedEndDate: isoDay(proposal.newEndDate!) }, from);
    case "END_EARLY":
      return shortenPlacementIn(tx, user, { ...target, newPlannedEndDate: isoDay(proposal.newEndDate!) }, from);
    case "CHANGE_START":
      return changePlacementStartIn(tx, user, { ...target, newStartDate: isoDay(proposal.newStartDate!) }, from);
    case "CHANGE_TERMS":
      return changePlacementTermsIn(tx, user, { ...target, hoursPerWeek: proposal.hoursPerWeek ?? undefined, tasks: proposal.tasks ?? undefined }, from);
  }
}

/** The change's refusals, said at the decision as why the proposal cannot be accepted; others pass through. */
function atDecision(refusal: Refusal): Refusal {
  if (refusal.reason !== "invalid") return refusal;
  return invalid(refusal.errors.map((e) => ({ field: DECISION, message: `Förslaget kan inte godkännas: ${e.message}` })));
}

/**
 * The same answer already given by this officer from the same form (a double submit): its twin
 * landed, so this one answers as the twin did instead of reporting a conflict.
 */
const isTwin = (proposal: Pick<PlacementProposal, "status" | "answeredById" | "answerReason" | "version">, user: SessionUser, input: ProposalAnswer) =>
  proposal.status === (input.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED") &&
  proposal.answeredById === user.id &&
  proposal.answerReason === (input.answerReason ?? null) &&
  proposal.version === input.version + 1;

const overlapAtDecision = (refusal: DatabaseRefusal): Refusal | null => {
  const explained = explainOverlap(DECISION)(refusal);
  return explained && atDecision(explained);
};

/**
 * The case officer's answer to a provider's proposal: accept (the placement changes, judged by the
 * same rules as the officer's own change) or reject with a reason. A proposal withdrawn, replaced or
 * answered meanwhile is refused with what happened to it; a form opened at an older version of the
 * proposal or the placement is refused as stale; the same answer sent twice lands once. The answer,
 * the change, its history and the audit events land together or not at all.
 */
export async function answerProposal(user: SessionUser, input: ProposalAnswer): Promise<Result<{ id: string; placementId: string; accepted: boolean }>> {
  return inTransaction(async (tx) => {
    const proposal = await tx.placementProposal.findFirst({
      where: { id: input.proposalId, placement: placementScope(user) },
      include: { placement: { select: { participant: { select: { unitId: true } } } }, author: { select: { name: true } } },
    });
    if (!proposal) return notFound();
    if (!policies.answerProposal(user, proposal.placement.participant)) return forbidden();
    const done = { id: proposal.id, placementId: proposal.placementId, accepted: input.decision === "ACCEPT" };
    if (isTwin(proposal, user, input)) return ok(done);
    const answered = notWaiting(proposal);
    if (answered) return answered;
    if (proposal.version !== input.version) return conflict();

    const accept = input.decision === "ACCEPT";
    // Claimed first: of two answers sent at once, the second waits for this row and then finds it answered.
    const { count } = await tx.placementProposal.updateMany({
      where: { id: proposal.id, version: proposal.version, status: "WAITING" },
      data: { status: accept ? "ACCEPTED" : "REJECTED", answerReason: input.answerReason ?? null, answeredById: user.id, answeredAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) {
      // Lost to a parallel answer: its twin (a double submit) counts as this one; anything else is said as it is.
      const now = await tx.placementProposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, answeredById: true, answerReason: true, version: true } });
      return isTwin(now, user, input) ? ok(done) : (notWaiting(now) ?? conflict());
    }
    if (accept) {
      const changed = await applyProposal(tx, user, proposal, input.placementVersion, historyReason(proposal, proposal.author.name, input.answerReason));
      if (!changed.ok) return atDecision(changed);
    }
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "PlacementProposal",
      entityId: proposal.id,
      changes: { status: { before: "WAITING", after: accept ? "ACCEPTED" : "REJECTED" }, kind: proposal.kind, answerReason: input.answerReason ?? null },
    });
    return ok(done);
  }, overlapAtDecision);
}
