import { PlacementStatusBadge } from "@/components/placements/placement-status-badge";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { KIND_LABELS, placementStatusOn } from "@/lib/rules";
import type { PlacementView } from "@/lib/server/placements/get-placement";

/** Which placement a change form changes: who, where, when, and its status today. */
export function PlacementSummary({ placement, today }: { placement: PlacementView; today: string }) {
  const { participant } = placement;
  return (
    <dl className="mb-6 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
      <dt className="font-medium">Deltagare</dt>
      <dd>
        {participant.firstName} {participant.lastName}, {maskPersonalNumber(participant.personalIdentityNumber)}
      </dd>
      <dt className="font-medium">Placering</dt>
      <dd>
        {KIND_LABELS[placement.kind]} hos {placement.provider.name}
      </dd>
      <dt className="font-medium">Startdatum</dt>
      <dd>{placement.startDate}</dd>
      <dt className="font-medium">Planerat slutdatum</dt>
      <dd>{placement.plannedEndDate}</dd>
      <dt className="font-medium">Status</dt>
      <dd>
        <PlacementStatusBadge status={placementStatusOn(placement.status, placement.startDate, placement.actualEndDate ?? placement.plannedEndDate, today)} />
      </dd>
    </dl>
  );
}
