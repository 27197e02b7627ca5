import type { Metadata } from "next";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { EndPlacementForm } from "@/components/placements/end-placement-form";
import { today } from "@/lib/server/clock";
import { placementForPage } from "../../placement-for-page";
import { endPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Avsluta placeringen" };

export default async function EndPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const placement = await placementForPage(id, `/handlaggare/placeringar/${id}/avsluta`);
  return (
    <ChangePlacementPage
      placement={placement}
      today={today()}
      change="end"
      title="Avsluta placeringen"
      intro="Ange sista dagen, varför placeringen avslutas och vad den ledde till. Resultatet räknas in i uppföljningen av deltagarnas vägar."
    >
      <EndPlacementForm action={endPlacementAction} placementId={placement.id} version={placement.version} startDate={placement.startDate} plannedEndDate={placement.plannedEndDate} />
    </ChangePlacementPage>
  );
}
