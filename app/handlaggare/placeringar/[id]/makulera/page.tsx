import type { Metadata } from "next";
import { CancelPlacementForm } from "@/components/placements/cancel-placement-form";
import { ChangePlacementPage } from "@/components/placements/change-placement-page";
import { today } from "@/lib/server/clock";
import { placementForPage } from "../../placement-for-page";
import { cancelPlacementAction } from "../../actions";

export const metadata: Metadata = { title: "Makulera placeringen" };

export default async function CancelPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const placement = await placementForPage(id, `/handlaggare/placeringar/${id}/makulera`);
  return (
    <ChangePlacementPage
      placement={placement}
      today={today()}
      change="cancel"
      title="Makulera placeringen"
      intro="Makulera bara en placering som registrerades av misstag. Den finns kvar i historiken men räknas inte, och datumen blir lediga för en annan placering. Har placeringen pågått, avsluta den i stället."
    >
      <CancelPlacementForm action={cancelPlacementAction} placementId={placement.id} version={placement.version} />
    </ChangePlacementPage>
  );
}
