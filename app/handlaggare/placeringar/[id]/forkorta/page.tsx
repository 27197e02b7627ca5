import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { ShortenPlacementForm } from "@/components/placements/shorten-placement-form";
import { today } from "@/lib/server/clock";
import { getPlacement } from "@/lib/server/placements/get-placement";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { shortenPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Förkorta placeringen" };

export default async function ShortenPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}/forkorta`);
  const placement = isUuid(id) ? await getPlacement(user, id) : null;
  if (!placement) notFound();
  return (
    <ChangePlacementPage placement={placement} today={today()} change="shorten" title="Förkorta placeringen" intro="Placeringen fortsätter men slutar tidigare än planerat.">
      <ShortenPlacementForm action={shortenPlacementAction} placementId={placement.id} version={placement.version} currentEnd={placement.plannedEndDate} />
    </ChangePlacementPage>
  );
}
