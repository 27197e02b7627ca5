import type { Metadata } from "next";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { ExtendPlacementForm } from "@/components/placements/extend-placement-form";
import { today } from "@/lib/server/clock";
import { placementForPage } from "../../placement-for-page";
import { extensionLimit } from "@/lib/server/placements/change-placement";
import { extendPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Förläng placeringen" };

export default async function ExtendPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const placement = await placementForPage(id, `/handlaggare/placeringar/${id}/forlang`);
  const limit = await extensionLimit(placement);
  return (
    <ChangePlacementPage
      placement={placement}
      today={today()}
      change="extend"
      title="Förläng placeringen"
      intro="Det nya slutdatumet prövas mot periodens längsta tillåtna tid, räknad från periodens startdatum, och mot deltagarens andra placeringar."
    >
      <ExtendPlacementForm action={extendPlacementAction} placementId={placement.id} version={placement.version} limit={limit.allowed ? `Senast ${limit.lastDay}. ${limit.explanation}` : limit.explanation} />
    </ChangePlacementPage>
  );
}
