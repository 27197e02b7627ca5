import type { Metadata } from "next";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { ShortenPlacementForm } from "@/components/placements/shorten-placement-form";
import { today } from "@/lib/server/clock";
import { placementForPage } from "../../placement-for-page";
import { shortenPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Förkorta placeringen" };

export default async function ShortenPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const placement = await placementForPage(id, `/handlaggare/placeringar/${id}/forkorta`);
  return (
    <ChangePlacementPage placement={placement} today={today()} change="shorten" title="Förkorta placeringen" intro="Placeringen fortsätter men slutar tidigare än planerat.">
      <ShortenPlacementForm action={shortenPlacementAction} placementId={placement.id} version={placement.version} currentEnd={placement.plannedEndDate} />
    </ChangePlacementPage>
  );
}
