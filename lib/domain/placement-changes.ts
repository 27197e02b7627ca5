import { PROPOSAL_KIND, type EndReason, type PlacementStatus, type ProposalKind } from "./vocabulary";

/** What a case officer can do to a registered placement (the last two also through a provider's accepted proposal). */
export type PlacementChange = "extend" | "shorten" | "end" | "cancel" | "changeStart" | "changeTerms";

/**
 * Why a placement does not take the change; null when it does. A planned or running placement
 * takes every change. One the calendar has ended (its end passed; the hourly status job set ENDED,
 * so no reason is recorded yet) is still to be ended with a reason and an outcome, or extended when
 * it goes on. One ended by a case officer takes only cancelling (it may have been registered in
 * error), a cancelled one nothing; the start and the terms of an ended one stay. The service refuses with this sentence; the page offers only
 * the changes it allows.
 */
export function changeRefusal(placement: { status: PlacementStatus; endReasonCode: EndReason | null }, change: PlacementChange): string | null {
  if (placement.status === "CANCELLED") return "Placeringen är makulerad och kan inte ändras.";
  if (placement.status !== "ENDED" || change === "cancel") return null;
  if (change === "changeStart") return "Placeringen har slutat, så startdatumet kan inte ändras.";
  if (change === "changeTerms") return "Placeringen har slutat, så timmar och arbetsuppgifter kan inte ändras.";
  if (placement.endReasonCode !== null) return "Placeringen är redan avslutad. Behöver deltagaren fortsätta, registrera en ny period.";
  if (change === "shorten") return "Slutdatumet har redan passerat. Avsluta placeringen med skäl och resultat, eller förläng den om den fortsätter.";
  return null;
}

/** The change each kind of provider proposal asks the case officer to make; the placement's status must take it. */
export const PROPOSED_CHANGE: Record<ProposalKind, PlacementChange> = {
  EXTEND: "extend",
  END_EARLY: "shorten",
  CHANGE_START: "changeStart",
  CHANGE_TERMS: "changeTerms",
};

/** The kinds of proposal a provider can still make on the placement. */
export const proposableKinds = (placement: { status: PlacementStatus; endReasonCode: EndReason | null }): ProposalKind[] =>
  PROPOSAL_KIND.codes.filter((kind) => changeRefusal(placement, PROPOSED_CHANGE[kind]) === null);
