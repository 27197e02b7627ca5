import type { PlacementStatus } from "@/lib/domain/vocabulary";

/**
 * The status a placement has on `today`, for display. The stored status changes only by a command
 * (registered, ended, cancelled), so a planned placement whose start has come shows as running and
 * one whose end has passed shows as ended, without a nightly job rewriting rows.
 */
export function placementStatusOn(
  placement: { status: PlacementStatus; startDate: string; plannedEndDate: string; actualEndDate?: string | null },
  today: string,
): PlacementStatus {
  if (placement.status === "CANCELLED" || placement.status === "ENDED") return placement.status;
  if ((placement.actualEndDate ?? placement.plannedEndDate) < today) return "ENDED";
  return placement.startDate <= today ? "ACTIVE" : "PLANNED";
}
