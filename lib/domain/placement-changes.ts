import type { EndReason, PlacementStatus } from "./vocabulary";

/** What a case officer can do to a registered placement. */
export type PlacementChange = "extend" | "shorten" | "end" | "cancel";

/**
 * Why a placement does not take the change; null when it does. A planned or running placement
 * takes every change. One the calendar has ended (its end passed; the hourly status job set ENDED,
 * so no reason is recorded yet) is still to be ended with a reason and an outcome, or extended when
 * it goes on. One ended by a case officer takes only cancelling (it may have been registered in
 * error), a cancelled one nothing. The service refuses with this sentence; the page offers only
 * the changes it allows.
 */
export function changeRefusal(placement: { status: PlacementStatus; endReasonCode: EndReason | null }, change: PlacementChange): string | null {
  if (placement.status === "CANCELLED") return "Placeringen är makulerad och kan inte ändras.";
  if (placement.status !== "ENDED" || change === "cancel") return null;
  if (placement.endReasonCode !== null) return "Placeringen är redan avslutad. Behöver deltagaren fortsätta, registrera en ny period.";
  if (change === "shorten") return "Slutdatumet har redan passerat. Avsluta placeringen med skäl och resultat, eller förläng den om den fortsätter.";
  return null;
}
