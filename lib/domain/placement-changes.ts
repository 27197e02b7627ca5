import type { PlacementStatus } from "./vocabulary";

/** What a case officer can do to a registered placement. */
export type PlacementChange = "extend" | "shorten" | "end" | "cancel";

/**
 * Why a placement in this stored status does not take the change; null when it does. A planned or
 * running placement takes every change, an ended one only cancelling (it may have been registered
 * in error), a cancelled one none. The service refuses with this sentence; the page offers only
 * the changes it allows.
 */
export function changeRefusal(status: PlacementStatus, change: PlacementChange): string | null {
  if (status === "CANCELLED") return "Placeringen är makulerad och kan inte ändras.";
  if (status === "ENDED" && change !== "cancel") return "Placeringen är redan avslutad. Behöver deltagaren fortsätta, registrera en ny period.";
  return null;
}
