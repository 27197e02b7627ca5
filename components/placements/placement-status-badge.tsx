import { PLACEMENT_STATUS, type PlacementStatus } from "@/lib/domain/vocabulary";

const STYLE: Record<PlacementStatus, string> = {
  PLANNED: "bg-sky-100 text-sky-900",
  ACTIVE: "bg-green-100 text-green-900",
  ENDED: "bg-stone-200 text-stone-900",
  CANCELLED: "bg-red-100 text-red-900",
};

/** A placement's status as of today (see `placementStatusOn`). */
export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{PLACEMENT_STATUS.labels[status]}</span>;
}
